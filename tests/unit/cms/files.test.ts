import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFromFile, articleToFile, checkArticle, checkRegistry, checkSlug, registryFromFile, registryToFile } from '@/lib/cms/files';
import { parseArticleFile } from '@/lib/content/parse';
import { parseRegistry } from '@/lib/content/registry';

const FIXTURE = 'tests/fixtures/site';
const organisations = parseRegistry('organisations', 'organisations.yml', readFileSync(`${FIXTURE}/organisations.yml`, 'utf8')).entries;
const tags = parseRegistry('tags', 'tags.yml', readFileSync(`${FIXTURE}/tags.yml`, 'utf8')).entries;
const readBack = (file: string, text: string) => parseArticleFile(file, text, { organisations, tags }, Date.UTC(2030, 0, 1));

/** Field values as the CMS holds them after an editor filled the form, including what it keeps for cleared fields. */
const saved = {
  title: 'Agra fair: "leather" #1 — क्या नया है?',
  slug: 'agra-fair',
  summary: '  Two sentences, with a colon: here. Second one.  ',
  postTime: '2024-03-10T18:30:00+05:30',
  locale: 'en',
  organisations: ['example-traders-guild', 'sample-export-council'],
  tags: [],
  updated: '',
  image: '',
  imageAlt: '',
  source: { name: 'Example source', url: 'https://example.org/a' },
  draft: false,
  aliases: ['/en/articles/old-agra'],
  body: '## Figures\r\n\r\n| Year | Exports |\r\n| --- | --- |\r\n| 2023 | 40 |\r\n',
};

describe('the article format the CMS writes', () => {
  it('is read back by the content check without a problem, every value intact', () => {
    const text = articleToFile(saved);
    const { article, problems } = readBack('articles/agra-fair.en.md', text);
    expect(problems).toEqual([]);
    expect(article).toMatchObject({
      title: saved.title,
      summary: 'Two sentences, with a colon: here. Second one.',
      locale: 'en',
      organisations: saved.organisations,
      source: saved.source,
      aliases: saved.aliases,
    });
    expect(article?.postTime.iso).toBe('2024-03-10T18:30:00+05:30');
  });

  it('writes the layout of a hand-written file: text quoted, dates and ids plain, blanks and draft: false left out', () => {
    expect(articleToFile(saved)).toBe(
      [
        '---',
        'title: "Agra fair: \\"leather\\" #1 — क्या नया है?"',
        'summary: "Two sentences, with a colon: here. Second one."',
        'postTime: 2024-03-10T18:30:00+05:30',
        'locale: en',
        'organisations:',
        '  - example-traders-guild',
        '  - sample-export-council',
        'source:',
        '  name: "Example source"',
        '  url: https://example.org/a',
        'aliases:',
        '  - /en/articles/old-agra',
        '---',
        '',
        '## Figures',
        '',
        '| Year | Exports |',
        '| --- | --- |',
        '| 2023 | 40 |',
        '',
      ].join('\n'),
    );
  });

  it('keeps a date-only postTime as the editor left it', () => {
    expect(articleToFile({ ...saved, postTime: '2023-09-25' })).toContain('\npostTime: 2023-09-25\n');
  });

  it('reads the fixture files into the same fields it writes back', () => {
    for (const name of ['synthetic-fair-pair.hi.md', 'synthetic-trade-figures.en.md']) {
      const original = readFileSync(`${FIXTURE}/articles/${name}`, 'utf8');
      const again = articleToFile(articleFromFile(original));
      expect(readBack(`articles/${name}`, again).problems).toEqual([]);
      expect(articleFromFile(again)).toEqual(articleFromFile(original));
    }
  });

  it('writes no file for a translation nobody started, and always writes the default language', () => {
    const duplicatedOnly = { locale: 'en', postTime: saved.postTime, organisations: saved.organisations };
    expect(articleToFile(duplicatedOnly)).toBe('');
    expect(articleToFile({ ...duplicatedOnly, locale: undefined })).toBe('');
    expect(articleToFile({ ...duplicatedOnly, locale: 'hi' })).not.toBe('');
  });
});

describe('what the CMS refuses to save', () => {
  it('refuses a missing title and an empty organisation list with the content check’s messages', () => {
    const refusals = checkArticle({ ...saved, title: '  ', organisations: [] }, 'hi');
    expect(refusals).toEqual([
      { locale: 'hi', field: 'title', message: 'is required — fill it in' },
      { locale: 'hi', field: 'organisations', message: 'is required — fill it in' },
    ]);
    // A value the check refuses keeps the check's own words.
    expect(checkArticle({ ...saved, title: 'क'.repeat(201) }, 'hi')).toEqual([{ locale: 'hi', field: 'title', message: 'is 201 characters long — shorten the headline to at most 200' }]);
  });

  it('refuses a cover image without its description, and a started translation without its summary', () => {
    expect(checkArticle({ ...saved, image: '/images/uploads/a.jpg' }, 'en')).toEqual([
      { locale: 'en', field: 'imageAlt', message: 'is required when image is given — add imageAlt: with a short description of what the image shows' },
    ]);
    expect(checkArticle({ locale: 'en', title: 'Only a title', postTime: saved.postTime, organisations: saved.organisations }, 'en').map((r) => r.field)).toEqual(['summary']);
    expect(checkArticle({ locale: 'en', postTime: saved.postTime, organisations: saved.organisations }, 'en')).toEqual([]);
  });

  it('checks the language of the pane, whatever the locale field holds', () => {
    expect(checkArticle(saved, 'hi')).toEqual([]);
    expect(readBack('articles/agra-fair.hi.md', articleToFile({ ...saved, locale: 'hi' })).problems).toEqual([]);
  });

  it('refuses a new article address the file-name rules refuse', () => {
    expect(checkSlug('agra-fair-2024')).toBeUndefined();
    expect(checkSlug('')).toMatch(/^is empty/);
    expect(checkSlug('Agra Fair')).toBe('"Agra Fair" is not a valid address — use lower-case a–z, 0–9 and single hyphens, at most 80 characters');
    expect(checkSlug('a'.repeat(81))).toMatch(/is not a valid address/);
  });
});

describe('the registry format the CMS writes', () => {
  it('round-trips both fixture registries, keeping the header comment, and the check reads them unchanged', () => {
    for (const [file, kind] of [
      ['organisations.yml', 'organisations'],
      ['tags.yml', 'tags'],
    ] as const) {
      const parser = (name: string, text: string) => parseRegistry(kind, name, text);
      const original = readFileSync(`${FIXTURE}/${file}`, 'utf8');
      const data = registryFromFile(original);
      expect(data.entries.length).toBeGreaterThan(1);
      const written = registryToFile(data);
      expect(written.split('\n')[0]).toBe(original.split('\n')[0]);
      const before = parser(file, original);
      const after = parser(file, written);
      expect(after.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(after.problems.map((p) => [p.severity, p.field, p.message])).toEqual(before.problems.map((p) => [p.severity, p.field, p.message]));
      expect([...after.entries]).toEqual([...before.entries]);
    }
  });

  it('writes a new entry added in the form, leaving out an empty website', () => {
    const written = registryToFile({ entries: [{ id: 'new-guild', name: { hi: 'नया संघ', en: 'New Guild' }, country: 'IN', website: '' }] });
    const entry = parseRegistry('organisations', 'organisations.yml', written).entries.get('new-guild');
    expect(entry).toMatchObject({ id: 'new-guild', name: { hi: 'नया संघ', en: 'New Guild' }, country: 'IN' });
    expect(entry).not.toHaveProperty('website');
    expect(checkRegistry({ entries: [{ id: 'Bad Id' }, { id: 'x' }, { id: 'x' }] })).toEqual([
      '"Bad Id" is not a valid id — use lower-case a–z, 0–9 and single hyphens',
      '"x" is used twice — each id once',
    ]);
  });
});
