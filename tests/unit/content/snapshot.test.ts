import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadContent } from '@/lib/content/check';
import { getArticle, getArticleHtml } from '@/lib/content/query';
import { compileRoutingManifest } from '@/lib/content/routing';
import { buildSiteContent, compileSnapshot, getPublishedArticles, getSiteContent, getSnapshotDir, MissingSnapshotError, readSnapshot, writeSnapshot } from '@/lib/content/site-content';

const content = loadContent('tests/fixtures/site');
const folders: string[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/**
 * What `npm run build` does before `next build`: compile with one clock and
 * write the files pages read, into `<dist dir>-content`. Returns that folder.
 */
function buildWith(now: number): string {
  const site = buildSiteContent(content, { includeDrafts: false, includeScheduled: false, now });
  const distDir = path.join(mkdtempSync(path.join(tmpdir(), 'vyapar-build-')), '.next');
  folders.push(path.dirname(distDir));
  writeSnapshot(getSnapshotDir(distDir), compileSnapshot(content, site.visible, now), compileRoutingManifest(site.visible));
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
    expect('html' in article!).toBe(true);
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
