import path from 'node:path';
import type { Article } from './article';
import { loadContent, type Content } from './load-content';
import { ContentError } from './problem';

export interface Publication {
  /** Production output never contains drafts or scheduled posts; the dev server shows drafts, marked. */
  includeDrafts: boolean;
  includeScheduled: boolean;
  now: number;
}

export interface SiteContent extends Content {
  /** Articles readers may see under this publication policy. */
  visible: Article[];
}

export function getContentRoot(): string {
  // Read at run time from a configurable folder, so the tracer must not follow it.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CONTENT_DIR ?? 'content');
}

export function getPublication(): Publication {
  const dev = process.env.NODE_ENV === 'development';
  return { includeDrafts: dev, includeScheduled: dev, now: Date.now() };
}

export function isVisible(article: Article, publication: Publication): boolean {
  if (article.draft && !publication.includeDrafts) return false;
  return publication.includeScheduled || article.postTime.instant <= publication.now;
}

/** Newest first; a tie keeps a stable order by slug so builds are reproducible. */
function byNewest(a: Article, b: Article): number {
  return b.postTime.instant - a.postTime.instant || a.slug.localeCompare(b.slug);
}

export function buildSiteContent(content: Content, publication: Publication): SiteContent {
  if (content.problems.some((p) => p.severity === 'error')) throw new ContentError(content.problems);
  const visible = content.articles.filter((a) => isVisible(a, publication)).sort(byNewest);
  return { ...content, visible };
}

let cached: { key: string; value: SiteContent } | undefined;

/**
 * Parsed once per process (so once per build); the development server
 * re-reads on every request so edits show on reload.
 */
export function getSiteContent(): SiteContent {
  const root = getContentRoot();
  const publication = getPublication();
  if (cached && cached.key === root && !publication.includeDrafts) return cached.value;
  const value = buildSiteContent(loadContent(root), publication);
  cached = { key: root, value };
  return value;
}
