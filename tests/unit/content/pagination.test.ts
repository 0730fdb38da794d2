import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getEntryPageParams, getLaterPageNumbers, getListPageParams, getPageSize, sliceFirstPage, slicePage } from '@/lib/content/query';
import { parsePageNumber } from '@/lib/content/routing';
import { makeTempFolder } from '../support/temp-folder';

const items = Array.from({ length: 45 }, (_, i) => i + 1);
beforeEach(() => {
  delete process.env.PAGE_SIZE;
});
afterEach(() => {
  delete process.env.PAGE_SIZE;
});

describe('pagination', () => {
  it('shows 20 per page unless PAGE_SIZE says otherwise', () => {
    expect(getPageSize()).toBe(20);
    process.env.PAGE_SIZE = '3';
    expect(getPageSize()).toBe(3);
  });

  it('refuses a PAGE_SIZE that is not a positive whole number, saying what to set', () => {
    for (const bad of ['0', '-2', '2.5', 'ten']) {
      process.env.PAGE_SIZE = bad;
      expect(() => getPageSize(), bad).toThrow(/PAGE_SIZE is ".*"; set it to a whole number/);
    }
  });

  it('cuts a list into pages and has nothing past the end', () => {
    expect(slicePage(items, 1)?.items).toEqual(items.slice(0, 20));
    expect(slicePage(items, 3)).toEqual({ items: [41, 42, 43, 44, 45], number: 3, count: 3 });
    expect(slicePage(items, 4)).toBeUndefined();
    expect(slicePage(items, 0)).toBeUndefined();
    expect(slicePage(items, Number.NaN)).toBeUndefined();
  });

  it('gives an empty list one empty first page', () => {
    expect(sliceFirstPage([])).toEqual({ items: [], number: 1, count: 1 });
  });

  it('numbers the pages past the first, which are all a list prerenders (page 1 is the list itself)', () => {
    expect(getLaterPageNumbers(0)).toEqual([]);
    expect(getLaterPageNumbers(20)).toEqual([]);
    expect(getLaterPageNumbers(21)).toEqual(['2']);
    expect(getLaterPageNumbers(41)).toEqual(['2', '3']);
  });

  it('accepts only the one spelling of a page number', () => {
    expect(parsePageNumber('2')).toBe(2);
    for (const bad of ['02', '0', '-1', '2.0', '2a', '']) expect(parsePageNumber(bad), bad).toBeNaN();
  });
});

const savedContentDir = process.env.CONTENT_DIR;
afterAll(() => {
  if (savedContentDir === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = savedContentDir;
});

/** A synthetic content root: `articles` are [slug, language, organisation, tags]. */
function useSite(articles: [string, 'hi' | 'en', string, string[]][]): void {
  const root = makeTempFolder('pages');
  mkdirSync(path.join(root, 'articles'));
  writeFileSync(path.join(root, 'organisations.yml'), ['org-a', 'org-b'].map((id) => `${id}:\n  name: { en: Org ${id}, hi: संघ ${id} }\n  country: IN\n`).join(''));
  writeFileSync(path.join(root, 'tags.yml'), ['topic-a', 'topic-b'].map((id) => `${id}:\n  label: { en: Topic ${id}, hi: विषय ${id} }\n`).join(''));
  articles.forEach(([slug, locale, organisation, tags], i) => {
    const front = [`title: Synthetic ${slug}`, 'summary: A synthetic article.', `postTime: 2024-03-${String(i + 1).padStart(2, '0')}`, `locale: ${locale}`, `organisations: [${organisation}]`, ...(tags.length ? [`tags: [${tags.join(', ')}]`] : [])];
    writeFileSync(path.join(root, 'articles', `${slug}.${locale}.md`), `---\n${front.join('\n')}\n---\n\nSynthetic body.\n`);
  });
  process.env.CONTENT_DIR = root;
}

describe('list page params', () => {
  it('lists each list\'s pages past the first, and one page 1 only for a language where no list has a second page', () => {
    process.env.PAGE_SIZE = '2';
    useSite([
      ['one', 'hi', 'org-b', ['topic-b']],
      ['two', 'hi', 'org-b', ['topic-b']],
      ['three', 'hi', 'org-b', ['topic-b']],
      ['four', 'hi', 'org-b', []],
      ['five', 'hi', 'org-b', []],
      ['six', 'en', 'org-b', ['topic-a']],
    ]);
    expect(getListPageParams('hi')).toEqual([{ n: '2' }, { n: '3' }]);
    expect(getEntryPageParams('organisations', 'hi')).toEqual([
      { id: 'org-b', n: '2' },
      { id: 'org-b', n: '3' },
    ]);
    expect(getEntryPageParams('tags', 'hi')).toEqual([{ id: 'topic-b', n: '2' }]);
    // English has one article: every list fits on its first page, and a nested generateStaticParams must not return [] (vercel/next.js#95166).
    expect(getListPageParams('en')).toEqual([{ n: '1' }]);
    expect(getEntryPageParams('organisations', 'en')).toEqual([{ id: 'org-a', n: '1' }]);
    expect(getEntryPageParams('tags', 'en')).toEqual([{ id: 'topic-a', n: '1' }]);
  });
});
