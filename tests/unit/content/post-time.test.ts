import { describe, expect, it } from 'vitest';
import { parsePostTime } from '@/lib/content/schema';

describe('parsePostTime', () => {
  it('keeps a date as a calendar day in ISO form', () => {
    const result = parsePostTime('2023-09-25');
    expect(result).toMatchObject({ ok: true, value: { kind: 'date', year: 2023, month: 9, day: 25, iso: '2023-09-25' } });
  });

  it('keeps the offset of a date-time and computes the instant', () => {
    const result = parsePostTime('2023-09-25T10:30+05:30');
    expect(result.ok && result.value.iso).toBe('2023-09-25T10:30:00+05:30');
    expect(result.ok && result.value.instant).toBe(Date.parse('2023-09-25T05:00:00Z'));
  });

  it.each([
    ['2024-02-30', /not a real calendar day/],
    ['2023-02-29', /not a real calendar day/],
    ['2023-13-01', /not a real calendar day/],
    ['2023-09-25T10:30:00', /no UTC offset.*\+05:30/],
    ['2023-09-25T25:00:00+05:30', /not a real time/],
    ['25-09-2023', /YYYY-MM-DD/],
    ['सितंबर-25-2023', /YYYY-MM-DD/],
  ])('rejects %s', (raw, message) => {
    const result = parsePostTime(raw);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatch(message);
  });

  it('accepts 29 February in a leap year', () => {
    expect(parsePostTime('2024-02-29').ok).toBe(true);
  });
});
