import type { Locale } from '@/lib/i18n/locales';
import { articlePath } from '@/lib/routes';
import type { Article } from './article';
import type { Organisation } from './registry';
import { getSiteContent } from './site-content';

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

export function getOrganisations(ids: readonly string[]): Organisation[] {
  const registry = getSiteContent().organisations;
  return ids.flatMap((id) => registry.get(id) ?? []);
}
