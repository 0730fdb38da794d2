import { describe, expect, it } from 'vitest';
import { parsePostTime, type PostTime } from '@/lib/content/schema';
import { formatIsoDateTime, formatRfc822 } from '@/lib/seo/iso-time';

function time(raw: string): PostTime {
  const result = parsePostTime(raw);
  if (!result.ok) throw new Error(result.problem);
  return result.value;
}

describe('formatIsoDateTime', () => {
  it('gives a date-only post midnight at the home offset (IST)', () => {
    expect(formatIsoDateTime(time('2023-09-25'))).toBe('2023-09-25T00:00:00+05:30');
  });

  it('keeps a date-time with its own offset', () => {
    expect(formatIsoDateTime(time('2024-03-10T18:30:00-04:00'))).toBe('2024-03-10T18:30:00-04:00');
  });
});

describe('formatRfc822', () => {
  it('gives the same instant in GMT, as RSS readers expect', () => {
    expect(formatRfc822(time('2023-09-25'))).toBe('Sun, 24 Sep 2023 18:30:00 GMT');
    expect(formatRfc822(time('2024-03-10T18:30:00+05:30'))).toBe('Sun, 10 Mar 2024 13:00:00 GMT');
  });
});
