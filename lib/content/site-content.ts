import path from 'node:path';
import type { Locale } from '@/lib/i18n/locales';
import type { Article } from './article';
import { getPublicDir } from './check-images';
import { getContentFingerprint } from './content-fingerprint';
import { loadContent, type Content } from './load-content';
import { ContentError, type ContentProblem } from './problem';
import { byNewest, getSnapshotDir, readSnapshot, type SiteSnapshot } from './snapshot';

export interface Publication {
  /** Production output never contains drafts or scheduled posts; the dev server shows drafts, marked. */
  includeDrafts: boolean;
  includeScheduled: boolean;
  now: number;
  /** Development: pages render from the files that are fine and show the errors, instead of failing. */
  showErrorsInPage?: boolean;
}

export interface SiteContent extends Content {
  /** Articles readers may see under this publication policy. */
  visible: Article[];
  /** The visible articles by slug, then language: built once, because pages ask for one article at a time. */
  bySlug: Map<string, Partial<Record<Locale, Article>>>;
  /** The clock this content was published with: the build's in production, the request's on the development server. */
  now: number;
}

export function getContentRoot(): string {
  // Read at run time from a configurable folder, so the tracer must not follow it.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CONTENT_DIR ?? 'content');
}

export function getPublication(): Publication {
  const dev = process.env.NODE_ENV === 'development';
  return { includeDrafts: dev, includeScheduled: dev, now: Date.now(), showErrorsInPage: dev };
}

export function isVisible(article: Article, publication: Publication): boolean {
  if (article.draft && !publication.includeDrafts) return false;
  return publication.includeScheduled || article.postTime.instant <= publication.now;
}

export function buildSiteContent(content: Content, publication: Publication): SiteContent {
  if (!publication.showErrorsInPage && content.problems.some((p) => p.severity === 'error')) throw new ContentError(content.problems);
  const visible = content.articles.filter((a) => isVisible(a, publication)).sort(byNewest);
  return { ...content, visible, bySlug: indexBySlug(visible), now: publication.now };
}

function indexBySlug(visible: readonly Article[]): Map<string, Partial<Record<Locale, Article>>> {
  const bySlug = new Map<string, Partial<Record<Locale, Article>>>();
  for (const article of visible) bySlug.set(article.slug, { ...bySlug.get(article.slug), [article.locale]: article });
  return bySlug;
}

/** The compiled snapshot in the shape pages query; it holds published articles only, so `articles` and `visible` are one list. */
export function fromSnapshot(snapshot: SiteSnapshot): SiteContent {
  const articles = snapshot.articles;
  return {
    root: '',
    articles,
    visible: articles,
    bySlug: indexBySlug(articles),
    organisations: new Map(snapshot.organisations.map((o) => [o.id, o])),
    tags: new Map(snapshot.tags.map((t) => [t.id, t])),
    problems: [],
    now: snapshot.builtAt,
  };
}

/**
 * Production (`next build`, and `next start` should a page ever render at run
 * time) reads only what `npm run build` compiled, so every page of a build sees
 * one clock and the server needs no content folder. The development server,
 * the content check and unit tests read the files.
 */
function readsSnapshot(): boolean {
  return process.env.NODE_ENV === 'production';
}

let cached: { key: string; value: SiteContent } | undefined;

/**
 * Parsed once per process (so once per build); the development server
 * re-reads whenever a file under the content root changes, so edits show on reload.
 */
export function getSiteContent(): SiteContent {
  if (readsSnapshot()) {
    // Read once per process: a build's snapshot never changes under it.
    const dir = getSnapshotDir();
    if (!cached || cached.key !== dir) cached = { key: dir, value: fromSnapshot(readSnapshot(dir)) };
    return cached.value;
  }
  const root = getContentRoot();
  const publication = getPublication();
  // public/ too: an article's image: is checked against it, so adding the picture must clear that error on reload.
  const key = publication.showErrorsInPage ? `${root}\n${getContentFingerprint(root)}\n${getContentFingerprint(getPublicDir())}` : root;
  if (cached && cached.key === key) return cached.value;
  const value = buildSiteContent(loadContent(root, publication.now), publication);
  cached = { key, value };
  return value;
}

/** Errors to show on the page itself; only the development server renders content that has any. */
export function getPageErrors(): ContentProblem[] {
  return getSiteContent().problems.filter((p) => p.severity === 'error');
}
