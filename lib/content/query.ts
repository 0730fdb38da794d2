/**
 * What pages ask of the content: articles by language and slug, translations,
 * lists split into pages with what each card shows, neighbours and related
 * articles, and each registry entry's articles.
 */
import type { Locale } from '@/lib/i18n/locales';
import { renderMarkdown } from '@/lib/markdown/render-markdown';
import { articlePath } from '@/lib/routes';
import { entriesOf, nameOf, registryKinds, registryOf, type EntryOf, type Organisation, type RegistryKind, type Tag } from './registry';
import { getMarkdownBody, type Article } from './schema';
import { getSiteContent, readArticleHtml, readsSnapshot, type SiteContent } from './site-content';

/** Published articles in one language, newest first. */
export function getArticles(locale: Locale): Article[] {
  return getSiteContent().visible.filter((a) => a.locale === locale);
}

/** Every slug published in at least one language. */
export function getPublishedSlugs(): string[] {
  return [...getSiteContent().bySlug.keys()];
}

export function getArticle(locale: Locale, slug: string): Article | undefined {
  return getSiteContent().bySlug.get(slug)?.[locale];
}

/** Every published language version of a slug, keyed by locale. */
export function getTranslations(slug: string): Partial<Record<Locale, Article>> {
  return { ...getSiteContent().bySlug.get(slug) };
}

/** True when the article exists, but not in this language. */
export function isMissingTranslation(locale: Locale, slug: string): boolean {
  const versions = getTranslations(slug);
  return !versions[locale] && Object.keys(versions).length > 0;
}

/** The article's address in each language it was published in. */
export function getArticleAlternates(slug: string): Partial<Record<Locale, string>> {
  return Object.fromEntries(Object.values(getTranslations(slug)).map((a) => [a.locale, articlePath(a.locale, a.slug)]));
}

const rendered = new WeakMap<Article, string>();

/** The body as HTML: compiled once by the build in production, and read from its file; rendered on demand (and kept) on the development server. */
export function getArticleHtml(article: Article): string {
  if (readsSnapshot()) return readArticleHtml(article);
  let html = rendered.get(article);
  if (html === undefined) {
    html = renderMarkdown(getMarkdownBody(article), article.locale);
    rendered.set(article, html);
  }
  return html;
}

const DEFAULT_PAGE_SIZE = 20;

/**
 * Articles per list page: the one place it is set. `PAGE_SIZE` overrides the
 * default so test builds can exercise pagination with a handful of articles.
 */
export function getPageSize(): number {
  const raw = process.env.PAGE_SIZE;
  if (raw === undefined || raw === '') return DEFAULT_PAGE_SIZE;
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1) throw new Error(`PAGE_SIZE is "${raw}"; set it to a whole number of articles per page, 1 or more, or unset it for ${DEFAULT_PAGE_SIZE}`);
  return size;
}

export interface ListPage<T> {
  items: T[];
  /** 1-based. */
  number: number;
  count: number;
}

export function getPageCount(total: number, size = getPageSize()): number {
  return Math.max(1, Math.ceil(total / size));
}

/** One page of a list, or undefined past the end. */
export function slicePage<T>(items: readonly T[], number: number, size = getPageSize()): ListPage<T> | undefined {
  const count = getPageCount(items.length, size);
  if (!Number.isInteger(number) || number < 1 || number > count) return undefined;
  return { items: items.slice((number - 1) * size, number * size), number, count };
}

/** The first page always exists, even for an empty list. */
export function sliceFirstPage<T>(items: readonly T[], size = getPageSize()): ListPage<T> {
  return { items: items.slice(0, size), number: 1, count: getPageCount(items.length, size) };
}

/**
 * The page numbers past the first of a list this long, for generateStaticParams.
 * Page 1 is the list's own address: `/…/page/1` redirects there (proxy.ts, the
 * static hosts' configs), so a copy prerendered under it would never be served.
 */
export function getLaterPageNumbers(total: number): string[] {
  return Array.from({ length: getPageCount(total) - 1 }, (_, i) => String(i + 2));
}

/**
 * Workaround for vercel/next.js#95166 (docs/workarounds.md): a nested
 * generateStaticParams that returns [] for one language drops every language's
 * pages, and a static export refuses [] outright. A language whose lists all fit
 * on one page lists one page 1 instead, which is redirected and never served.
 */
function withFirstPageIfEmpty<T extends { n: string }>(params: T[], firstPage: T): T[] {
  return params.length > 0 ? params : [firstPage];
}

/** The home list's pages past the first in one language (page 1 if there are none: withFirstPageIfEmpty). */
export function getListPageParams(locale: Locale): { n: string }[] {
  return withFirstPageIfEmpty(getLaterPageNumbers(getArticles(locale).length).map((n) => ({ n })), { n: '1' });
}

/** An article with the registry entries its card shows. */
export interface ListedArticle {
  article: Article;
  organisations: Organisation[];
  tags: Tag[];
}

function toListedArticles(articles: readonly Article[]): ListedArticle[] {
  return articles.map((article) => ({ article, organisations: getRegistryEntries('organisations', article.organisations), tags: getRegistryEntries('tags', article.tags) }));
}

/** Page `n` of a list of articles, with what each card shows; undefined past the end. */
export function getArticleListPage(articles: readonly Article[], n: number): ListPage<ListedArticle> | undefined {
  const page = slicePage(articles, n);
  return page && { ...page, items: toListedArticles(page.items) };
}

export function getFirstArticleListPage(articles: readonly Article[]): ListPage<ListedArticle> {
  const page = sliceFirstPage(articles);
  return { ...page, items: toListedArticles(page.items) };
}

/**
 * One language's articles, newest first, filed by organisation and topic: built
 * once per content (so once per build process), because a build asks for a list
 * or an article's neighbours on every one of thousands of pages.
 */
interface LanguageIndex {
  articles: readonly Article[];
  /** Slug → position in `articles`. */
  positions: ReadonlyMap<string, number>;
  /** For each registry, entry id → positions of the articles naming it, ascending (newest first). */
  byEntry: Record<RegistryKind, ReadonlyMap<string, readonly number[]>>;
}

const indexes = new WeakMap<SiteContent, Map<Locale, LanguageIndex>>();

function buildLanguageIndex(articles: readonly Article[]): LanguageIndex {
  const positions = new Map<string, number>();
  const byEntry = Object.fromEntries(registryKinds.map((kind) => [kind, new Map<string, number[]>()])) as Record<RegistryKind, Map<string, number[]>>;
  // An article listing an id twice is filed once under it.
  const file = (index: Map<string, number[]>, ids: readonly string[], at: number) => {
    for (const id of new Set(ids)) {
      const list = index.get(id);
      if (list) list.push(at);
      else index.set(id, [at]);
    }
  };
  articles.forEach((article, at) => {
    positions.set(article.slug, at);
    for (const kind of registryKinds) file(byEntry[kind], article[registryOf(kind).articleField], at);
  });
  return { articles, positions, byEntry };
}

/** The index of the current content (the development server's changes with each edit). */
function getLanguageIndex(locale: Locale): LanguageIndex {
  const content = getSiteContent();
  let byLocale = indexes.get(content);
  if (!byLocale) indexes.set(content, (byLocale = new Map()));
  let index = byLocale.get(locale);
  if (!index) byLocale.set(locale, (index = buildLanguageIndex(getArticles(locale))));
  return index;
}

const slices = new WeakMap<readonly number[], readonly Article[]>();

function articlesAt(index: LanguageIndex, positions: readonly number[] | undefined): readonly Article[] {
  if (!positions) return [];
  let list = slices.get(positions);
  if (!list) slices.set(positions, (list = positions.map((at) => index.articles[at]!)));
  return list;
}

/** An entry of a registry, by id. */
export function getRegistryEntry<K extends RegistryKind>(kind: K, id: string): EntryOf<K> | undefined {
  return getSiteContent().registries[kind].get(id) as EntryOf<K> | undefined;
}

/** The entries an article names, in its order; an unknown id (reported by the check) is left out. */
export function getRegistryEntries<K extends RegistryKind>(kind: K, ids: readonly string[]): EntryOf<K>[] {
  return entriesOf(getSiteContent().registries, kind, ids);
}

export function getRegistryIds(kind: RegistryKind): string[] {
  return [...getSiteContent().registries[kind].keys()];
}

/** Published articles naming the entry, newest first (shared: do not modify). */
export function getEntryArticles(kind: RegistryKind, locale: Locale, id: string): readonly Article[] {
  const index = getLanguageIndex(locale);
  return articlesAt(index, index.byEntry[kind].get(id));
}

/** Every entry of a registry, alphabetical in the reader's language, with its article count there. */
export function getRegistryDirectory<K extends RegistryKind>(kind: K, locale: Locale): { entry: EntryOf<K>; count: number }[] {
  const compare = new Intl.Collator(locale).compare;
  return [...(getSiteContent().registries[kind].values() as Iterable<EntryOf<K>>)]
    .sort((a, b) => compare(nameOf(a, locale), nameOf(b, locale)))
    .map((entry) => ({ entry, count: getEntryArticles(kind, locale, entry.id).length }));
}

/** Page `n` of an entry's articles in one language. */
export interface EntryListing<K extends RegistryKind> {
  kind: K;
  entry: EntryOf<K>;
  page: ListPage<ListedArticle>;
}

/** Undefined for an unknown id or a page past the end. */
export function getEntryListing<K extends RegistryKind>(kind: K, locale: Locale, id: string, n: number): EntryListing<K> | undefined {
  const entry = getRegistryEntry(kind, id);
  const page = entry && getArticleListPage(getEntryArticles(kind, locale, id), n);
  return entry && page ? { kind, entry, page } : undefined;
}

/** Every entry's list pages past the first in one language (one entry's page 1 if there are none: withFirstPageIfEmpty). */
export function getEntryPageParams(kind: RegistryKind, locale: Locale): { id: string; n: string }[] {
  const ids = getRegistryIds(kind);
  const params = ids.flatMap((id) => getLaterPageNumbers(getEntryArticles(kind, locale, id).length).map((n) => ({ id, n })));
  return ids[0] === undefined ? params : withFirstPageIfEmpty(params, { id: ids[0], n: '1' });
}

/** The articles posted just before and just after this one, in the same language. */
export function getAdjacentArticles(locale: Locale, slug: string): { older?: Article; newer?: Article } {
  const { articles, positions } = getLanguageIndex(locale);
  const at = positions.get(slug);
  if (at === undefined) return {};
  return { newer: articles[at - 1], older: articles[at + 1] };
}

interface Candidate {
  at: number;
  shared: number;
}

/** More shared first, then newer (a smaller position): the order related articles are shown in. */
const ranksBefore = (a: Candidate, b: Candidate) => a.shared > b.shared || (a.shared === b.shared && a.at < b.at);

/**
 * Up to `limit` articles sharing organisations or topics with this one: most
 * shared first, then newest. Each organisation and topic the article names
 * counts once per other article that also names it. Only the articles filed
 * under those ids are visited (the language index above), and only the best `limit` are kept
 * in order, instead of scoring and sorting the whole language for every page.
 */
export function getRelatedArticles(locale: Locale, slug: string, limit = 3): Article[] {
  const index = getLanguageIndex(locale);
  const self = index.positions.get(slug);
  if (self === undefined || limit <= 0) return [];
  const article = index.articles[self]!;
  const shared = new Map<number, number>();
  const count = (filed: ReadonlyMap<string, readonly number[]>, ids: readonly string[]) => {
    for (const id of ids) for (const at of filed.get(id) ?? []) if (at !== self) shared.set(at, (shared.get(at) ?? 0) + 1);
  };
  for (const kind of registryKinds) count(index.byEntry[kind], article[registryOf(kind).articleField]);
  const best: Candidate[] = [];
  for (const [at, score] of shared) {
    const candidate = { at, shared: score };
    if (best.length === limit && !ranksBefore(candidate, best[limit - 1]!)) continue;
    let i = best.length;
    while (i > 0 && ranksBefore(candidate, best[i - 1]!)) i--;
    best.splice(i, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best.map(({ at }) => index.articles[at]!);
}

