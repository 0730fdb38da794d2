import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadContent } from '@/lib/content/check';
import { getArticle, getArticleHtml } from '@/lib/content/query';
import { entriesOf, nameOf } from '@/lib/content/registry';
import { compileRoutingManifest } from '@/lib/content/routing';
import { getMarkdownBody } from '@/lib/content/schema';
import { buildSiteContent, compileSnapshot, getPublishedArticles, getSiteContent, MissingSnapshotError, readSnapshot, writeSnapshot } from '@/lib/content/site-content';
import { getSnapshotDir } from '@/lib/deploy/build-folders';
import { getArticleReadingMinutes } from '@/lib/format';
import { buildSearchIndex, getSearchIndex, getSearchLanguage, indexFileResponse, toSearchDocument, writeSearchIndexes } from '@/lib/search/build-search-index';
import { makeTempFolder } from '../support/temp-folder';

const content = loadContent('tests/fixtures/site');
afterEach(() => {
  vi.unstubAllEnvs();
});

/**
 * What `npm run build` does before `next build`: compile with one clock and
 * write the files pages read, into `<dist dir>-content`. Returns that folder.
 */
function buildWith(now: number): string {
  const site = buildSiteContent(content, { includeDrafts: false, includeScheduled: false, now });
  const distDir = path.join(makeTempFolder('build'), '.next');
  writeSnapshot(getSnapshotDir(distDir), compileSnapshot(content, site.visible, now), compileRoutingManifest(site.visible));
  writeSearchIndexes(getSnapshotDir(distDir), site);
  return distDir;
}

/** A production process (next build's workers, next start) of that build, on a machine without the content folder. */
function asProduction(distDir: string): void {
  vi.stubEnv('NODE_ENV', 'production');
  vi.stubEnv('NEXT_DIST_DIR', distDir);
  vi.stubEnv('CONTENT_DIR', path.join(tmpdir(), 'no-such-content-folder'));
}

describe('the compiled snapshot', () => {
  it('is what production reads: no content folder needed, bodies already rendered', () => {
    asProduction(buildWith(Date.parse('2026-01-01T00:00:00Z')));
    const article = getArticle('en', 'synthetic-fair-pair');
    expect(article?.title).toBeTruthy();
    expect(getArticleHtml(article!)).toMatch(/<p>/);
  });

  it('keeps each body in a file of its own, read when its page renders, not in the snapshot every worker holds', () => {
    const distDir = buildWith(Date.parse('2026-01-01T00:00:00Z'));
    const dir = getSnapshotDir(distDir);
    expect(readFileSync(path.join(dir, 'site.json'), 'utf8')).not.toContain('<p>');
    const file = path.join(dir, 'html', 'hi', 'synthetic-fair-pair.html');
    writeFileSync(file, '<p>the build wrote this</p>');
    asProduction(distDir);
    expect(getArticleHtml(getArticle('hi', 'synthetic-fair-pair')!)).toBe('<p>the build wrote this</p>');
    rmSync(file);
    expect(() => getArticleHtml(getArticle('hi', 'synthetic-fair-pair')!)).toThrow(MissingSnapshotError);
  });

  it('leaves the Markdown behind, and a production caller that asks for it is told what to read instead', () => {
    const distDir = buildWith(Date.parse('2026-01-01T00:00:00Z'));
    const source = content.articles.find((a) => a.slug === 'synthetic-fair-pair' && a.locale === 'hi')!;
    // A run of the body's own words, long enough to be that body and no other field.
    const words = 'यह एक कृत्रिम अनुच्छेद है';
    expect(source.body).toContain(words);
    const json = readFileSync(path.join(getSnapshotDir(distDir), 'site.json'), 'utf8');
    expect(json).not.toContain(words);
    expect(readSnapshot(getSnapshotDir(distDir)).articles.every((a) => !('body' in a))).toBe(true);
    asProduction(distDir);
    const compiled = getArticle('hi', 'synthetic-fair-pair')!;
    expect(() => getMarkdownBody(compiled)).toThrow(`${source.file}: this article came from the compiled snapshot, which holds no Markdown`);
    // What pages do read still works: the HTML and the reading time the build stored.
    expect(getArticleHtml(compiled)).toMatch(/<p>/);
    expect(getArticleReadingMinutes(compiled)).toBe(getArticleReadingMinutes(source));
  });

  it('publishes with the build clock: a post scheduled after the build stays out of pages and feeds alike', () => {
    // synthetic-scheduled.en.md is due 2999-01-01; one build is just before, one just after.
    const before = readSnapshot(getSnapshotDir(buildWith(Date.parse('2998-12-31T00:00:00Z'))));
    const after = readSnapshot(getSnapshotDir(buildWith(Date.parse('2999-01-02T00:00:00Z'))));
    expect(before.articles.map((a) => a.slug)).not.toContain('synthetic-scheduled');
    expect(after.articles.map((a) => a.slug)).toContain('synthetic-scheduled');
    expect(after.builtAt).toBe(Date.parse('2999-01-02T00:00:00Z'));
  });

  it('keeps the feed on the clock of the content it was built from, not the clock of the moment it is asked', () => {
    asProduction(buildWith(Date.parse('2999-01-02T00:00:00Z')));
    // Today is long before 2999, yet the build that published the post lists it.
    expect(getSiteContent().now).toBe(Date.parse('2999-01-02T00:00:00Z'));
    expect(getPublishedArticles('en').map((a) => a.slug)).toContain('synthetic-scheduled');
  });

  it('never holds drafts', () => {
    const snapshot = readSnapshot(getSnapshotDir(buildWith(Date.parse('2999-01-02T00:00:00Z'))));
    expect(snapshot.articles.some((a) => a.draft)).toBe(false);
    expect(snapshot.articles.map((a) => a.slug)).not.toContain('synthetic-hindi-draft');
  });

  it('says how to build when a production process finds none', () => {
    const missing = path.join(tmpdir(), `vyapar-never-built-${process.pid}`);
    expect(() => readSnapshot(missing)).toThrow(MissingSnapshotError);
    expect(() => readSnapshot(missing)).toThrow(/npm run build/);
  });
});

describe('what npm run build works out once, instead of every prerender worker', () => {
  it('stores each reading time, and production pages show the stored one without counting the Markdown again', () => {
    const distDir = buildWith(Date.parse('2026-01-01T00:00:00Z'));
    const source = content.articles.find((a) => a.slug === 'synthetic-fair-pair' && a.locale === 'hi')!;
    const file = path.join(getSnapshotDir(distDir), 'site.json');
    const snapshot = JSON.parse(readFileSync(file, 'utf8')) as ReturnType<typeof readSnapshot>;
    const compiled = snapshot.articles.find((a) => a.slug === source.slug && a.locale === 'hi')!;
    expect(compiled.readingMinutes).toBe(getArticleReadingMinutes(source));
    // A count no body of the fixture gives: if the page counted again, it would show 1.
    compiled.readingMinutes = 7;
    writeFileSync(file, JSON.stringify(snapshot));
    asProduction(distDir);
    expect(getArticleReadingMinutes(getArticle('hi', source.slug)!)).toBe(7);
  });

  it("gives production the search index the build wrote, the one the published files make", () => {
    const now = Date.parse('2999-01-02T00:00:00Z');
    const published = buildSiteContent(content, { includeDrafts: false, includeScheduled: false, now }).visible;
    const distDir = buildWith(now);
    asProduction(distDir);
    for (const locale of ['hi', 'en'] as const) {
      // Built here from the files and their registry names, the way a reader would list them.
      const names = (a: (typeof published)[number]) => (['organisations', 'tags'] as const).flatMap((kind) => entriesOf(content.registries, kind, a[kind]).map((entry) => nameOf(entry, locale)));
      const documents = published.filter((a) => a.locale === locale).map((a) => toSearchDocument(a, names(a)));
      expect(getSearchIndex(locale)).toEqual(buildSearchIndex(documents, getSearchLanguage(locale)));
    }
    expect(getSearchIndex('en').results.join()).toContain('/en/articles/synthetic-scheduled');
    expect(indexFileResponse('en', 'results', '0.json').status).toBe(200);
  });

  it('says how to build when the search index is missing, instead of building one in each worker', () => {
    const distDir = buildWith(Date.parse('2026-01-01T00:00:00Z'));
    rmSync(path.join(getSnapshotDir(distDir), 'search-hi.json'));
    asProduction(distDir);
    expect(() => getSearchIndex('hi')).toThrow(MissingSnapshotError);
  });
});
