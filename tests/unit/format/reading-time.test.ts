import { describe, expect, it } from 'vitest';
import { countMarkdownWords, getArticleReadingMinutes, getReadingMinutes } from '@/lib/format/reading-time';
import { localeFacts, locales } from '@/lib/i18n/locales';

describe('countMarkdownWords', () => {
  it('keeps conjuncts, matras and viramas inside their words', () => {
    // क्षेत्र | में | ज्ञान | की | वृद्धि | हुई
    expect(countMarkdownWords('क्षेत्र में ज्ञान की वृद्धि हुई।')).toBe(6);
    // श्रीमती | त्रिपाठी | ने | द्विपक्षीय | व्यापार | पर | हस्ताक्षर | किए
    expect(countMarkdownWords('श्रीमती त्रिपाठी ने द्विपक्षीय व्यापार पर हस्ताक्षर किए॥')).toBe(8);
  });

  it('counts a word with a decomposed nukta and a half-letter joiner once', () => {
    // ज़रूरत typed as ज + ◌़ (NFD), and क्‍ष with a zero-width joiner after the virama.
    expect(countMarkdownWords('ज\u093Cरूरत')).toBe(1);
    expect(countMarkdownWords('क्\u200Dष')).toBe(1);
  });

  it('ends a word at a danda, not only at a space', () => {
    // व्यापार | बढ़ा | निर्यात | घटा
    expect(countMarkdownWords('व्यापार बढ़ा।निर्यात घटा॥')).toBe(4);
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
    expect(countMarkdownWords(body)).toBe(11);
  });

  it('counts English words and numbers', () => {
    // Exports | rose | 12 | in | 2023 | 24 | the | council | said
    expect(countMarkdownWords('Exports rose *12%* in 2023-24, the council said.')).toBe(9);
  });

  it('finds no words in an empty body', () => {
    expect(countMarkdownWords('')).toBe(0);
    expect(countMarkdownWords('---\n\n***')).toBe(0);
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
    expect(getArticleReadingMinutes({ body: hindi, locale: 'hi' })).toBe(3);
    const english = 'Trade deal signed. '.repeat(150);
    expect(getArticleReadingMinutes({ body: english, locale: 'en' })).toBe(2);
  });
});
