import type { Locale } from '@/lib/i18n/locales';
import { articlePath } from '@/lib/routes';
import type { Article } from './article';
import { renderMarkdown } from '@/lib/markdown/render-markdown';
import type { Organisation } from './registry';
import { getSiteContent } from './site-content';
import type { CompiledArticle } from './snapshot';

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

const rendered = new WeakMap<Article, string>();

/** The body as HTML: compiled once by the build in production; rendered on demand (and kept) on the development server. */
export function getArticleHtml(article: Article | CompiledArticle): string {
  if ('html' in article) return article.html;
  let html = rendered.get(article);
  if (html === undefined) {
    html = renderMarkdown(article.body, article.locale);
    rendered.set(article, html);
  }
  return html;
}
