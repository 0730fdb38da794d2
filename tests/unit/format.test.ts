import { afterEach, describe, expect, it } from 'vitest';
import { parsePostTime, type PostTime } from '@/lib/content/schema';
import { countArticleWords, formatIsoDateTime, formatPostDate, formatRfc822, getArticleReadingMinutes, getArticleText, getReadingMinutes } from '@/lib/format';
import { localeFacts, locales } from '@/lib/i18n/locales';

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

/** A body as the content holds it, counted the way reading time counts it. */
const countWords = (body: string) => countArticleWords({ body, file: 'articles/synthetic.hi.md' });

describe('countArticleWords', () => {
  it('keeps conjuncts, matras and viramas inside their words', () => {
    // क्षेत्र | में | ज्ञान | की | वृद्धि | हुई
    expect(countWords('क्षेत्र में ज्ञान की वृद्धि हुई।')).toBe(6);
    // श्रीमती | त्रिपाठी | ने | द्विपक्षीय | व्यापार | पर | हस्ताक्षर | किए
    expect(countWords('श्रीमती त्रिपाठी ने द्विपक्षीय व्यापार पर हस्ताक्षर किए॥')).toBe(8);
  });

  it('counts a word with a decomposed nukta and a half-letter joiner once', () => {
    // ज़रूरत typed as ज + ◌़ (NFD), and क्‍ष with a zero-width joiner after the virama.
    expect(countWords('ज\u093Cरूरत')).toBe(1);
    expect(countWords('क्\u200Dष')).toBe(1);
  });

  it('ends a word at a danda, not only at a space', () => {
    // व्यापार | बढ़ा | निर्यात | घटा
    expect(countWords('व्यापार बढ़ा।निर्यात घटा॥')).toBe(4);
  });

  it('leaves out Markdown syntax, link targets and footnote markers, but counts footnote text', () => {
    const body = [
      '## शीर्षक **मोटा**',
      '',
      'यह [लिंक](https://example.org/some-long-path "title-word") है[^1]।',
      '',
      '| क | ख |',
      '| --- | --- |',
      '| ग | घ |',
      '',
      '[^1]: टिप्पणी यहाँ।',
    ].join('\n');
    // शीर्षक मोटा | यह लिंक है | क ख | ग घ | टिप्पणी यहाँ
    expect(countWords(body)).toBe(11);
  });

  it('counts English words and numbers', () => {
    // Exports | rose | 12 | in | 2023 | 24 | the | council | said
    expect(countWords('Exports rose *12%* in 2023-24, the council said.')).toBe(9);
  });

  it('finds no words in an empty body', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('---\n\n***')).toBe(0);
  });
});

describe('getReadingMinutes', () => {
  it('reads Hindi more slowly than English', () => {
    expect(localeFacts.hi.wordsPerMinute).toBeLessThan(localeFacts.en.wordsPerMinute);
  });

  it.each(locales)('rounds %s up to whole minutes, never below one', (locale) => {
    const rate = localeFacts[locale].wordsPerMinute;
    expect(getReadingMinutes(0, locale)).toBe(1);
    expect(getReadingMinutes(rate, locale)).toBe(1);
    expect(getReadingMinutes(rate + 1, locale)).toBe(2);
    expect(getReadingMinutes(4 * rate, locale)).toBe(4);
  });

  it('times an article body in its own language', () => {
    // 3 words × 150 = 450 words: 450 / 200 wpm = 2.25 → 3 minutes in Hindi; 450 / 238 = 1.9 → 2 in English.
    const hindi = 'व्यापार समझौता हुआ। '.repeat(150);
    expect(getArticleReadingMinutes({ body: hindi, locale: 'hi', file: 'articles/synthetic.hi.md' })).toBe(3);
    const english = 'Trade deal signed. '.repeat(150);
    expect(getArticleReadingMinutes({ body: english, locale: 'en', file: 'articles/synthetic.en.md' })).toBe(2);
  });
});

describe('getArticleText', () => {
  it('is the body without Markdown syntax, link targets or footnote markers', () => {
    const article = { body: '## Council **meets**\n\nSee [the notice](/en/articles/notice) and `HS 4107`.[^1]\n\n[^1]: Footnote text.', file: 'articles/synthetic.en.md' };
    // Text nodes are joined with spaces; what matters is that no syntax, link target or footnote marker is left.
    expect(getArticleText(article).replace(/\s+/g, ' ')).toBe('Council meets See the notice and HS 4107 . Footnote text.');
  });
});
