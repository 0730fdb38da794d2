import type { Locale } from '@/lib/i18n/locales';
import { articlePath, decodePath } from '@/lib/routes';
import type { Article } from './schema';

/**
 * An address as aliases compare it: decoded, in NFC and without trailing
 * slashes, so the content check and the proxy agree on what an alias matches.
 * A malformed escape cannot match any alias; it is compared as sent.
 */
export function normaliseAliasPath(path: string): string {
  return (decodePath(path) ?? path).normalize('NFC').replace(/\/+$/, '') || '/';
}

/**
 * What the proxy needs to answer a request, and nothing else. `npm run build`
 * writes it beside the snapshot and Next bundles it into the proxy, so the
 * proxy holds no article text, reads no file and imports no parser. This module
 * is imported by the proxy: it must stay free of fs, YAML, Markdown and zod.
 */
export interface RoutingManifest {
  /** Normalised old path → current article path (published articles only: an alias must not reveal a draft). */
  aliases: Record<string, string>;
  /** Slug → the languages it is published in. */
  languages: Record<string, Locale[]>;
}

export function compileRoutingManifest(visible: readonly Pick<Article, 'slug' | 'locale' | 'aliases'>[]): RoutingManifest {
  const aliases: Record<string, string> = {};
  const languages: Record<string, Locale[]> = {};
  for (const article of visible) {
    for (const alias of article.aliases) aliases[normaliseAliasPath(alias)] = articlePath(article.locale, article.slug);
    (languages[article.slug] ??= []).push(article.locale);
  }
  return { aliases, languages };
}

/** Where an earlier address of an article now lives, if `pathname` is one. */
export function findAliasTarget(manifest: RoutingManifest, pathname: string): string | undefined {
  const key = normaliseAliasPath(pathname);
  return Object.hasOwn(manifest.aliases, key) ? manifest.aliases[key] : undefined;
}

/** The languages an article exists in, when it exists in some but not in `locale`. */
export function findOtherLanguages(manifest: RoutingManifest, locale: string, slug: string): Locale[] | undefined {
  const published = Object.hasOwn(manifest.languages, slug) ? manifest.languages[slug] : undefined;
  return published && !(published as string[]).includes(locale) ? published : undefined;
}

/** Slugs missing in at least one of `locales`: the only ones that need a "not in this language" page. */
export function getSlugsMissingALanguage(manifest: RoutingManifest, locales: readonly Locale[]): string[] {
  return Object.entries(manifest.languages)
    .filter(([, published]) => locales.some((l) => !published.includes(l)))
    .map(([slug]) => slug);
}


/** A URL segment as a page number: digits only, no leading zero, so each page has one address. */
export function parsePageNumber(segment: string): number {
  return /^[1-9]\d*$/.test(segment) ? Number(segment) : NaN;
}
