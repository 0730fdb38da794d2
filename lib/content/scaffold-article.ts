import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isLocale, locales, type Locale } from '@/lib/i18n/locales';
import { buildArticleTemplate } from './article-template';
import { describeInvalidSlug, isValidSlug } from './file-name';
import { listFiles } from './list-files';
import { getDisplayPath } from './load-content';
import { formatHomeDate } from './post-time';

export type ScaffoldResult = { ok: true; created: string[] } | { ok: false; problem: string };

/** Parses `--locales hi,en`: every code must be a site locale; none given means every locale. */
export function readLocaleList(text: string | undefined): Locale[] | string {
  if (text === undefined) return [...locales];
  const codes = text.split(',').map((code) => code.trim()).filter(Boolean);
  const unknown = codes.find((code) => !isLocale(code));
  if (unknown !== undefined || !codes.length) return `"${unknown ?? text}" is not a site locale — write --locales with any of ${locales.join(', ')}, separated by commas, e.g. --locales ${locales.join(',')}`;
  return codes.filter(isLocale);
}

/**
 * `npm run new`: one draft file per locale from the template, dated today in
 * India. Refuses an invalid slug, and any file that already exists (wherever
 * under articles/ it sits), so nothing an editor wrote is overwritten.
 */
export function scaffoldArticle(root: string, slug: string, wanted: readonly Locale[], now = Date.now()): ScaffoldResult {
  if (!isValidSlug(slug)) return { ok: false, problem: `${describeInvalidSlug(slug)}` };
  const dir = path.join(root, 'articles');
  const taken = new Map(listFiles(dir).map((file) => [path.basename(file), file]));
  for (const locale of wanted) {
    const existing = taken.get(`${slug}.${locale}.md`);
    if (existing) return { ok: false, problem: `${getDisplayPath(existing)} already exists — choose another slug, or open that file to edit it` };
  }
  mkdirSync(dir, { recursive: true });
  const date = formatHomeDate(now);
  const created = wanted.map((locale) => {
    const file = path.join(dir, `${slug}.${locale}.md`);
    writeFileSync(file, buildArticleTemplate(locale, date), { flag: 'wx' });
    return getDisplayPath(file);
  });
  return { ok: true, created };
}
