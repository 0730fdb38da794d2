import type { Locale } from '@/lib/i18n/locales';
import type { Article } from './article';
import { getFirstListPage, getListPage, type ListPage } from './pagination';
import { getArticles, getOrganisations } from './queries';
import type { Organisation, Tag } from './registry';
import { getSiteContent } from './site-content';

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

/** Published articles naming the organisation, newest first. */
export function getOrganisationArticles(locale: Locale, id: string): Article[] {
  return getArticles(locale).filter((a) => a.organisations.includes(id));
}

export function getTagArticles(locale: Locale, id: string): Article[] {
  return getArticles(locale).filter((a) => a.tags.includes(id));
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
