/**
 * The content as pages read it: what a publication policy lets readers see,
 * compiled once by `npm run build` into a snapshot (and a routing manifest for
 * the proxy) that production reads instead of the content folder; the
 * development server reads the files and re-reads them after each edit.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getArticleReadingMinutes } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { renderMarkdown } from '@/lib/markdown/render-markdown';
import { getPublicDir, loadContent, type LoadedContent } from './check';
import { getContentFingerprint } from './folder';
import { registryKinds, type EntryOf, type RegistryKind, type RegistryMaps } from './registry';
import { ContentError, type ContentProblem } from './report';
import { getSnapshotDir, writeFolder } from '@/lib/deploy/build-folders';
import type { RoutingManifest } from './routing';
import type { Article, ArticleFile } from './schema';

export interface Publication {
  /** Production output never contains drafts or scheduled posts; the dev server shows drafts, marked. */
  includeDrafts: boolean;
  includeScheduled: boolean;
  now: number;
  /** Development: pages render from the files that are fine and show the errors, instead of failing. */
  showErrorsInPage?: boolean;
}

/** `A` is what the articles are read from: their files (`ArticleFile`, with Markdown), or, in production, the snapshot (without). */
export interface SiteContent<A extends Article = Article> extends Omit<LoadedContent, 'articles'> {
  /** Every article read: from the files on the development server, from the snapshot (so published only) in production. */
  articles: A[];
  /** Articles readers may see under this publication policy. */
  visible: A[];
  /** The visible articles by slug, then language: built once, because pages ask for one article at a time. */
  bySlug: Map<string, Partial<Record<Locale, A>>>;
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

export function buildSiteContent(content: LoadedContent, publication: Publication): SiteContent<ArticleFile> {
  if (!publication.showErrorsInPage && content.problems.some((p) => p.severity === 'error')) throw new ContentError(content.problems);
  const visible = content.articles.filter((a) => isVisible(a, publication)).sort(byNewest);
  return { ...content, visible, bySlug: indexBySlug(visible), now: publication.now };
}

function indexBySlug<A extends Article>(visible: readonly A[]): Map<string, Partial<Record<Locale, A>>> {
  const bySlug = new Map<string, Partial<Record<Locale, A>>>();
  for (const article of visible) bySlug.set(article.slug, { ...bySlug.get(article.slug), [article.locale]: article });
  return bySlug;
}

/** The compiled snapshot in the shape pages query; it holds published articles only, so `articles` and `visible` are one list. */
function fromSnapshot(snapshot: SiteSnapshot): SiteContent {
  const articles = snapshot.articles;
  return {
    root: '',
    articles,
    visible: articles,
    bySlug: indexBySlug(articles),
    registries: Object.fromEntries(registryKinds.map((kind) => [kind, new Map(snapshot.registries[kind].map((entry) => [entry.id, entry]))])) as RegistryMaps,
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
export function readsSnapshot(): boolean {
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

/**
 * Articles as a production build publishes them, newest first, whichever
 * server runs: feeds and the sitemap never list drafts or scheduled posts,
 * even on the development server that shows drafts on pages.
 */
export function getPublishedArticles(locale?: Locale): Article[] {
  const content = getSiteContent();
  // The content's own clock: a build publishes with the instant it started, so feeds agree with its pages.
  const strict = { includeDrafts: false, includeScheduled: false, now: content.now };
  return content.visible.filter((a) => isVisible(a, strict) && (!locale || a.locale === locale));
}

/**
 * The site as one build compiles it: what pages, route handlers and the proxy
 * read in production instead of the content folder. `npm run build` writes it
 * once, with one clock, before `next build`; the running server never reads
 * content/ (it may not exist there: a standalone folder or a static export).
 */
export interface SiteSnapshot {
  /** The build clock: an article is published when its post time is at or before this instant. */
  builtAt: number;
  /** Visible articles, newest first, without their Markdown: each body's HTML is a file of its own (readArticleHtml). */
  articles: CompiledArticle[];
  /** Each registry's entries. */
  registries: { [K in RegistryKind]: EntryOf<K>[] };
}

export interface CompiledArticle extends Article {
  /** Counted here, once: counting parses the Markdown, which every prerender worker would otherwise do again for each article. */
  readingMinutes: number;
}

/** What `npm run build` compiles: the snapshot, and each of its articles' body rendered once, as HTML. */
export interface CompiledSite {
  snapshot: SiteSnapshot;
  html: Map<CompiledArticle, string>;
}

/** Newest first; a tie keeps a stable order by slug so builds are reproducible. */
function byNewest(a: Article, b: Article): number {
  return b.postTime.instant - a.postTime.instant || a.slug.localeCompare(b.slug);
}

/**
 * The snapshot of already-validated, already-filtered articles; bodies rendered
 * once here, not once per page. The Markdown stays behind: every prerender
 * worker holds the snapshot, and nothing in production reads Markdown.
 */
export function compileSnapshot(content: Pick<LoadedContent, 'registries'>, visible: readonly ArticleFile[], builtAt: number): CompiledSite {
  const html = new Map<CompiledArticle, string>();
  const articles = visible.map((article): CompiledArticle => {
    // Line numbers only matter to the content check, which reads the files itself.
    const { fieldLines: _lines, body: _body, ...rest } = article;
    const compiled = { ...rest, readingMinutes: getArticleReadingMinutes(article) };
    html.set(compiled, renderMarkdown(article.body, article.locale));
    return compiled;
  });
  return {
    snapshot: { builtAt, articles, registries: Object.fromEntries(registryKinds.map((kind) => [kind, [...content.registries[kind].values()]])) as SiteSnapshot['registries'] },
    html,
  };
}

const SNAPSHOT_FILE = 'site.json';
export const ROUTING_FILE = 'routing.json';

/** Written to a temporary name first, so a reader never sees half a file. */
export function writeJson(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(value));
  renameSync(temporary, file);
}

/**
 * Each body's HTML goes into a file of its own, read when its page renders:
 * every prerender worker holds the snapshot, and the bodies were most of it
 * (about 9 KB an article, against a few hundred bytes of what lists show).
 */
const HTML_DIR = 'html';

/** A compiled body's file under the snapshot's HTML_DIR. */
function articleHtmlName({ locale, slug }: Pick<Article, 'locale' | 'slug'>): string {
  return `/${locale}/${slug}.html`;
}

export function writeSnapshot(dir: string, { snapshot, html }: CompiledSite, routing: RoutingManifest): void {
  // Only the bodies that changed are written: a rebuild after one new article pair writes two.
  writeFolder(path.join(dir, HTML_DIR), Array.from(html, ([article, text]) => ({ file: articleHtmlName(article), text })));
  writeJson(path.join(dir, SNAPSHOT_FILE), snapshot);
  writeJson(path.join(dir, ROUTING_FILE), routing);
}

/** One compiled article's body as HTML, from the build that wrote the snapshot. */
export function readArticleHtml(article: Pick<Article, 'locale' | 'slug'>, dir = getSnapshotDir()): string {
  return readCompiledFile(path.join(dir, HTML_DIR, articleHtmlName(article)));
}

/** A file `npm run build` compiled; a production process without it gets told how to build, not a stack trace. */
export function readCompiledFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new MissingSnapshotError(file);
  }
}

/** The routing manifest alone, e.g. for the development server's proxy after an edit; unchanged files are left alone so nothing recompiles for nothing. */
export function writeRoutingManifest(dir: string, routing: RoutingManifest): boolean {
  const file = path.join(dir, ROUTING_FILE);
  const text = JSON.stringify(routing);
  let current: string | undefined;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === text) return false;
  writeJson(file, routing);
  return true;
}

export class MissingSnapshotError extends Error {
  constructor(file: string) {
    super(`${file} does not exist: production pages read the content compiled by \`npm run build\` (scripts/build.ts), not content/. Build with npm run build, not next build alone.`);
    this.name = 'MissingSnapshotError';
  }
}

export function readSnapshot(dir = getSnapshotDir()): SiteSnapshot {
  return JSON.parse(readCompiledFile(path.join(dir, SNAPSHOT_FILE))) as SiteSnapshot;
}

