import type { Locale } from '@/lib/i18n/locales';
import type { Article } from './article';
import { getFirstListPage, getListPage, type ListPage } from './pagination';
import { getArticles, getOrganisations } from './queries';
import type { Organisation, Tag } from './registry';
import { getSiteContent, type SiteContent } from './site-content';

/** An article with the registry entries its card shows. */
export interface ListedArticle {
  article: Article;
  organisations: Organisation[];
  tags: Tag[];
}

export function getTags(ids: readonly string[]): Tag[] {
  const registry = getSiteContent().tags;
  return ids.flatMap((id) => registry.get(id) ?? []);
}

export function getOrganisation(id: string): Organisation | undefined {
  return getSiteContent().organisations.get(id);
}

export function getTag(id: string): Tag | undefined {
  return getSiteContent().tags.get(id);
}

export function toListedArticles(articles: readonly Article[]): ListedArticle[] {
  return articles.map((article) => ({ article, organisations: getOrganisations(article.organisations), tags: getTags(article.tags) }));
}

/**
 * One language's articles, newest first, filed by organisation and topic: built
 * once per content (so once per build process), because a build asks for a list
 * or an article's neighbours on every one of thousands of pages.
 */
export interface LanguageIndex {
  articles: readonly Article[];
  /** Slug → position in `articles`. */
  positions: ReadonlyMap<string, number>;
  /** Organisation id → positions of the articles naming it, ascending (newest first). */
  byOrganisation: ReadonlyMap<string, readonly number[]>;
  byTag: ReadonlyMap<string, readonly number[]>;
}

const indexes = new WeakMap<SiteContent, Map<Locale, LanguageIndex>>();

function buildLanguageIndex(articles: readonly Article[]): LanguageIndex {
  const positions = new Map<string, number>();
  const byOrganisation = new Map<string, number[]>();
  const byTag = new Map<string, number[]>();
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
    file(byOrganisation, article.organisations, at);
    file(byTag, article.tags, at);
  });
  return { articles, positions, byOrganisation, byTag };
}

/** The index of the current content (the development server's changes with each edit). */
export function getLanguageIndex(locale: Locale): LanguageIndex {
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

/** Published articles naming the organisation, newest first (shared: do not modify). */
export function getOrganisationArticles(locale: Locale, id: string): readonly Article[] {
  const index = getLanguageIndex(locale);
  return articlesAt(index, index.byOrganisation.get(id));
}

export function getTagArticles(locale: Locale, id: string): readonly Article[] {
  const index = getLanguageIndex(locale);
  return articlesAt(index, index.byTag.get(id));
}

const byName = (locale: Locale) => new Intl.Collator(locale).compare;

/** Every registered organisation, alphabetical in the reader's language, with its article count there. */
export function getOrganisationDirectory(locale: Locale): { organisation: Organisation; count: number }[] {
  const compare = byName(locale);
  return [...getSiteContent().organisations.values()]
    .sort((a, b) => compare(a.name[locale], b.name[locale]))
    .map((organisation) => ({ organisation, count: getOrganisationArticles(locale, organisation.id).length }));
}

export function getTagDirectory(locale: Locale): { tag: Tag; count: number }[] {
  const compare = byName(locale);
  return [...getSiteContent().tags.values()]
    .sort((a, b) => compare(a.label[locale], b.label[locale]))
    .map((tag) => ({ tag, count: getTagArticles(locale, tag.id).length }));
}

/** Page `n` of a list of articles, with what each card shows; undefined past the end. */
export function getListedPage(articles: readonly Article[], n: number): ListPage<ListedArticle> | undefined {
  const page = getListPage(articles, n);
  return page && { ...page, items: toListedArticles(page.items) };
}

export function getFirstListedPage(articles: readonly Article[]): ListPage<ListedArticle> {
  const page = getFirstListPage(articles);
  return { ...page, items: toListedArticles(page.items) };
}

export interface Listing<T> {
  subject: T;
  page: ListPage<ListedArticle>;
}

/** Page `n` of an organisation's articles in one language; undefined for an unknown id or a page past the end. */
export function getOrganisationListing(locale: Locale, id: string, n: number): Listing<Organisation> | undefined {
  const subject = getOrganisation(id);
  const page = subject && getListedPage(getOrganisationArticles(locale, id), n);
  return subject && page ? { subject, page } : undefined;
}

export function getTagListing(locale: Locale, id: string, n: number): Listing<Tag> | undefined {
  const subject = getTag(id);
  const page = subject && getListedPage(getTagArticles(locale, id), n);
  return subject && page ? { subject, page } : undefined;
}

export function getOrganisationIds(): string[] {
  return [...getSiteContent().organisations.keys()];
}

export function getTagIds(): string[] {
  return [...getSiteContent().tags.keys()];
}
