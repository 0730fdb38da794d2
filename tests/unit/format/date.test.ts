import { afterEach, describe, expect, it } from 'vitest';
import { parsePostTime, type PostTime } from '@/lib/content/schema';
import { formatPostDate } from '@/lib/format/date';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

function time(raw: string): PostTime {
  const result = parsePostTime(raw);
  if (!result.ok) throw new Error(result.problem);
  return result.value;
}

describe.each(['America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Kiritimati', 'UTC'])('formatPostDate with TZ=%s', (tz) => {
  it('shows a date-only post time as that calendar day', () => {
    process.env.TZ = tz;
    expect(formatPostDate(time('2023-09-25'), 'hi')).toBe('25 सितंबर 2023');
    expect(formatPostDate(time('2023-09-25'), 'en')).toBe('25 September 2023');
  });

  it('shows a date-time at its own offset, not the server zone', () => {
    process.env.TZ = tz;
    expect(formatPostDate(time('2023-09-25T23:30:00+05:30'), 'en')).toBe('25 September 2023, 23:30 (UTC+05:30)');
    expect(formatPostDate(time('2024-01-01T00:15:00-08:00'), 'hi')).toBe('1 जनवरी 2024, 00:15 (UTC-08:00)');
  });
});

it('really switches zones between runs (guards the test above)', () => {
  process.env.TZ = 'America/Los_Angeles';
  const west = new Date(2023, 8, 25).getTimezoneOffset();
  process.env.TZ = 'Asia/Kolkata';
  expect(new Date(2023, 8, 25).getTimezoneOffset()).not.toBe(west);
});

it('uses Latin digits throughout Hindi dates (date-fns PPP would mix scripts)', () => {
  expect(formatPostDate(time('2023-12-31'), 'hi')).toMatch(/^[0-9]+ \p{Script=Devanagari}+ [0-9]{4}$/u);
});
