import { isLocale, locales, type Locale } from '@/lib/i18n/locales';
import type { ContentProblem } from './problem';
import { ID_PATTERN, suggestSlug } from './ids';

type Found = Omit<ContentProblem, 'file' | 'severity'>;

const FILE_NAME = /^(?<slug>[^/]+)\.(?<locale>[^./]+)\.md$/;
const MAX_SLUG = 80;

export function isValidSlug(slug: string): boolean {
  return ID_PATTERN.test(slug) && slug.length <= MAX_SLUG;
}

export function describeInvalidSlug(slug: string): string {
  return `"${slug}" is not a valid slug — use lower-case a–z, 0–9 and single hyphens, at most ${MAX_SLUG} characters, e.g. ${suggestSlug(slug)}`;
}

/** Slug and locale from `<slug>.<locale>.md`, or what is wrong with the name. */
export function readFileName(file: string): { slug: string; locale?: Locale; problems: Found[] } {
  const base = file.split('/').pop() ?? '';
  const name = FILE_NAME.exec(base);
  if (!name?.groups) {
    return { slug: '', problems: [{ message: `file name is not <slug>.<locale>.md — rename it, e.g. ${suggestSlug(base.replace(/\.[^.]*$/, ''))}.${locales[0]}.md` }] };
  }
  const { slug = '', locale = '' } = name.groups;
  const problems: Found[] = [];
  if (!isValidSlug(slug)) problems.push({ field: 'slug', message: `${describeInvalidSlug(slug)}.${isLocale(locale) ? locale : locales[0]}.md (rename the file)` });
  if (!isLocale(locale)) problems.push({ field: 'locale', message: `"${locale}" in the file name is not a site locale — rename the file to ${slug}.<locale>.md with one of ${locales.join(', ')}` });
  return { slug, locale: isLocale(locale) ? locale : undefined, problems };
}
