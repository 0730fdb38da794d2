import { parse, stringify } from 'yaml';
import { frontmatterKeys, frontmatterSchema, ID_PATTERN, isValidSlug, sourceKeys } from '@/lib/content/schema';
import { defaultLocale, locales } from '@/lib/i18n/locales';

/**
 * How the CMS reads and writes the site's files. Decap's own YAML writer
 * decides quoting and layout by itself; these formats write what the content
 * format expects (text in double quotes, dates and ids plain, fields in the
 * schema's order), and refuse, with the content check's own messages, an
 * article the check would reject. Runs in the browser (bundled into
 * public/admin/cms.js) and in the unit tests.
 */

export const ARTICLE_FORMAT = 'site-article';
export const REGISTRY_FORMAT = 'site-registry';
/** CMS-only field: the address of a new article, used for its file name and never written into the file. */
export const SLUG_FIELD = 'slug';
export const SLUG_MAX = 80;
/** Uploads: a folder of their own under public/, so the content check finds them and nothing else lands beside them. */
export const IMAGE_FOLDER = 'public/images/uploads';
export const IMAGE_PATH = '/images/uploads';

export type EntryData = Record<string, unknown> & { body?: string };

/** Text the editor left blank counts as not written: Decap keeps '' and [] for cleared fields. */
function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every(isBlank);
  return false;
}

/** The frontmatter the file will hold: schema keys only, in schema order, blanks and `draft: false` left out. */
export function frontmatterOf(data: EntryData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of frontmatterKeys) {
    let value = data[key];
    if (isBlank(value) || (key === 'draft' && value === false)) continue;
    if (typeof value === 'string') value = value.trim();
    if (key === 'source' && typeof value === 'object' && value !== null) {
      const source = value as Record<string, unknown>;
      value = Object.fromEntries(sourceKeys.filter((k) => !isBlank(source[k])).map((k) => [k, String(source[k]).trim()]));
    }
    out[key] = value;
  }
  return out;
}

/** Logged when a translation nobody wrote is left out of a save (lib/cms/admin.ts); the browser test waits for it. */
export const SKIPPED_TRANSLATION = 'not written: nothing was written in that language (decap-cms#6932)';

/** A language other than the default one is written only once something in it is: title, summary or text. */
export function isTranslated(data: EntryData): boolean {
  return data.locale === defaultLocale || !isBlank(data.title) || !isBlank(data.summary) || !isBlank(data.body);
}

/** Text in double quotes (JSON's escapes are YAML's), so a colon, # or leading quote in a headline is never misread. */
const quoted = (text: string) => JSON.stringify(text);
const PLAIN = /^[A-Za-z0-9/][\w./:+-]*$/;
const plain = (text: string) => (PLAIN.test(text) && !/^(true|false|null|yes|no|on|off|~)$/i.test(text) ? text : quoted(text));
const TEXT_KEYS = new Set(['title', 'summary', 'imageAlt', 'name']);

function scalar(key: string, value: unknown): string {
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  const text = String(value);
  return TEXT_KEYS.has(key) ? quoted(text) : plain(text);
}

/** `---` frontmatter `---`, a blank line, the body: the layout of the hand-written files. */
export function articleToFile(data: EntryData): string {
  if (!isTranslated(data)) return '';
  const lines = ['---'];
  for (const [key, value] of Object.entries(frontmatterOf(data))) {
    if (Array.isArray(value)) lines.push(`${key}:`, ...value.map((item) => `  - ${scalar(key, item)}`));
    else if (typeof value === 'object' && value !== null) lines.push(`${key}:`, ...Object.entries(value).map(([k, v]) => `  ${k}: ${scalar(k, v)}`));
    else lines.push(`${key}: ${scalar(key, value)}`);
  }
  lines.push('---');
  const body = (data.body ?? '').replace(/\r\n/g, '\n').trim();
  return `${lines.join('\n')}\n${body ? `\n${body}\n` : ''}`;
}

/** Reads an article file into the CMS's fields; the YAML 1.2 core schema keeps dates as text, as the site reads them. */
export function articleFromFile(text: string): EntryData {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const match = /^---\n([\s\S]*?)\n?---[ \t]*(?:\n|$)/.exec(normalised);
  if (!match) return { body: normalised };
  const data = (parse(match[1] ?? '') ?? {}) as EntryData;
  return { ...data, body: normalised.slice(match[0].length).replace(/^\n+/, '') };
}

export interface Refusal {
  locale: string;
  field: string;
  message: string;
}

/**
 * What the content check would say about this language's file, field by field:
 * the CMS refuses to save until the list is empty. Registry ids are not checked
 * here (the pickers offer only known ones); the site-wide checks run on the next build.
 */
export function checkArticle(data: EntryData, locale: string): Refusal[] {
  if (!isTranslated({ ...data, locale })) return [];
  const frontmatter = { ...frontmatterOf(data), locale };
  const result = frontmatterSchema.safeParse(frontmatter);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    // A cleared field is left out of the file, and the check's words for that speak of lines in a file: here it is a box on the form.
    const missing = issue.code === 'invalid_type' && issue.path.length === 1 && !(String(issue.path[0]) in frontmatter);
    return { locale, field: issue.path.join('.') || 'frontmatter', message: missing ? 'is required — fill it in' : issue.message };
  });
}

/** The address of a new article, or why it cannot be one. */
export function checkSlug(slug: unknown): string | undefined {
  if (typeof slug !== 'string' || slug.trim() === '') return `is empty — write the article's address in lower-case English words joined by hyphens, e.g. leather-fair-agra-2024`;
  if (!isValidSlug(slug)) return `"${slug}" is not a valid address — use lower-case a–z, 0–9 and single hyphens, at most ${SLUG_MAX} characters`;
  return undefined;
}

export function describeRefusals(refusals: Refusal[], names: Record<string, string>): string {
  return refusals.map((r) => `${names[r.locale] ?? r.locale}: ${r.field}: ${r.message}`).join('\n');
}

/* Registries: an id-keyed YAML map on disk, a list of entries with an id field in the CMS (Decap lists have no keys). */

export interface RegistryData {
  /** Comment lines at the top of the file, kept as they were. */
  header?: string;
  entries: (Record<string, unknown> & { id: string })[];
}

export function registryFromFile(text: string): RegistryData {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const header = /^(?:#.*\n)*/.exec(normalised)?.[0] ?? '';
  const map = (parse(normalised) ?? {}) as Record<string, Record<string, unknown>>;
  return { header: header.trimEnd(), entries: Object.entries(map).map(([id, fields]) => ({ id, ...fields })) };
}

/** Every entry keeps its fields in the CMS's order; per-language names in the locale config's order. */
export function registryToFile(data: RegistryData): string {
  const blocks = (data.entries ?? []).map(({ id, ...fields }) => {
    const clean = Object.fromEntries(
      Object.entries(fields)
        .filter(([, v]) => !isBlank(v))
        .map(([k, v]) => [k, typeof v === 'object' && v !== null ? Object.fromEntries(locales.filter((l) => !isBlank((v as Record<string, unknown>)[l])).map((l) => [l, String((v as Record<string, unknown>)[l]).trim()])) : String(v).trim()]),
    );
    return stringify({ [String(id).trim()]: clean }, { lineWidth: 0 }).trimEnd();
  });
  return `${data.header ? `${data.header}\n` : ''}${blocks.join('\n\n')}\n`;
}

/** Registry ids the CMS would write that the check would refuse. */
export function checkRegistry(data: RegistryData): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const { id } of data.entries ?? []) {
    if (!ID_PATTERN.test(String(id))) problems.push(`"${id}" is not a valid id — use lower-case a–z, 0–9 and single hyphens`);
    if (seen.has(id)) problems.push(`"${id}" is used twice — each id once`);
    seen.add(id);
  }
  return problems;
}
