import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getAdjacentArticles, getArticles, getEntryArticles, getRegistryDirectory, getRelatedArticles } from '@/lib/content/query';
import type { Article } from '@/lib/content/schema';
import { locales } from '@/lib/i18n/locales';
import { makeTempFolder } from '../support/temp-folder';

/** The definition related articles had before the index: score every article of the language, sort, cut. */
function relatedBySortingAll(articles: readonly Article[], slug: string, limit: number): Article[] {
  const article = articles.find((a) => a.slug === slug)!;
  const shared = (x: readonly string[], y: readonly string[]) => x.filter((id) => y.includes(id)).length;
  return articles
    .filter((other) => other !== article)
    .map((other, order) => ({ other, order, shared: shared(article.organisations, other.organisations) + shared(article.tags, other.tags) }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || a.order - b.order)
    .slice(0, limit)
    .map(({ other }) => other);
}

/** A synthetic content root; `articles` are [slug, day of March 2024, organisations, tags] in both languages. */
function writeSite(articles: [string, number, string[], string[]][]): string {
  const root = makeTempFolder('neighbours');
  mkdirSync(path.join(root, 'articles'));
  const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);
  writeFileSync(path.join(root, 'organisations.yml'), ids('org', 6).map((id) => `${id}:\n  name: { en: Org ${id}, hi: संघ ${id} }\n  country: IN\n`).join(''));
  writeFileSync(path.join(root, 'tags.yml'), ids('topic', 5).map((id) => `${id}:\n  label: { en: Topic ${id}, hi: विषय ${id} }\n`).join(''));
  for (const [slug, day, organisations, tags] of articles) {
    for (const locale of locales) {
      const front = [`title: Synthetic ${slug}`, `summary: A synthetic article.`, `postTime: 2024-03-${String(day).padStart(2, '0')}`, `locale: ${locale}`, `organisations: [${organisations.join(', ')}]`, ...(tags.length ? [`tags: [${tags.join(', ')}]`] : [])];
      writeFileSync(path.join(root, 'articles', `${slug}.${locale}.md`), `---\n${front.join('\n')}\n---\n\nSynthetic body.\n`);
    }
  }
  return root;
}

const savedContentDir = process.env.CONTENT_DIR;
afterAll(() => {
  if (savedContentDir === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = savedContentDir;
});
function useSite(articles: [string, number, string[], string[]][]): void {
  process.env.CONTENT_DIR = writeSite(articles);
}

describe('getRelatedArticles', () => {
  it('ranks by organisations and topics shared, then newest, leaving out unrelated articles', () => {
    useSite([
      ['a-subject', 10, ['org-0'], ['topic-0', 'topic-1']],
      ['b-two-shared-older', 5, ['org-0'], ['topic-0']],
      ['c-two-shared-newer', 20, ['org-1'], ['topic-0', 'topic-1']],
      ['d-one-shared', 25, ['org-1'], ['topic-1']],
      ['e-unrelated', 26, ['org-2'], ['topic-2']],
      ['f-three-shared', 1, ['org-0'], ['topic-0', 'topic-1']],
    ]);
    const slugs = (limit?: number) => getRelatedArticles('en', 'a-subject', limit).map((a) => a.slug);
    expect(slugs(10)).toEqual(['f-three-shared', 'c-two-shared-newer', 'b-two-shared-older', 'd-one-shared']);
    expect(slugs()).toEqual(['f-three-shared', 'c-two-shared-newer', 'b-two-shared-older']);
    expect(slugs(0)).toEqual([]);
    expect(getRelatedArticles('hi', 'e-unrelated')).toEqual([]);
    expect(getRelatedArticles('hi', 'no-such-slug')).toEqual([]);
  });

  it('gives the order sorting the whole language gave, for every article and limit', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = (prefix: string, n: number, count: number) => [...new Set(Array.from({ length: count }, () => `${prefix}-${Math.floor(n * random() ** 2)}`))];
    // Few ids and many articles, so scores tie often and the newest-first tie-break matters.
    useSite(Array.from({ length: 90 }, (_, i) => [`synthetic-${i}`, 1 + (i % 28), pick('org', 6, 1 + Math.floor(random() * 3)), pick('topic', 5, Math.floor(random() * 4))]));
    for (const locale of locales) {
      const articles = getArticles(locale);
      expect(articles.length).toBe(90);
      for (const { slug } of articles) {
        for (const limit of [1, 3, 7, 100]) expect(getRelatedArticles(locale, slug, limit), `${locale} ${slug} ${limit}`).toEqual(relatedBySortingAll(articles, slug, limit));
      }
    }
  });
});

describe('lists from the language index', () => {
  it('lists an organisation or topic newest first, and neighbours by post time', () => {
    useSite([
      ['older', 1, ['org-0'], ['topic-0']],
      ['middle', 2, ['org-1'], ['topic-0']],
      ['newer', 3, ['org-0', 'org-1'], []],
    ]);
    expect(getEntryArticles('organisations', 'hi', 'org-0').map((a) => a.slug)).toEqual(['newer', 'older']);
    expect(getEntryArticles('tags', 'en', 'topic-0').map((a) => a.slug)).toEqual(['middle', 'older']);
    expect(getEntryArticles('tags', 'en', 'topic-4')).toEqual([]);
    expect(getRegistryDirectory('organisations', 'en').filter((e) => e.count).map((e) => [e.entry.id, e.count])).toEqual([['org-0', 2], ['org-1', 2]]);
    expect(getAdjacentArticles('hi', 'middle')).toMatchObject({ newer: { slug: 'newer' }, older: { slug: 'older' } });
    expect(getAdjacentArticles('hi', 'newer')).toMatchObject({ newer: undefined, older: { slug: 'middle' } });
    expect(getAdjacentArticles('hi', 'missing')).toEqual({});
  });
});
