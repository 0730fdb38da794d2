import { z } from 'zod';
import { locales, type Locale } from '@/lib/i18n/locales';
import type { ContentProblem } from './problem';
import { parseYamlWithLines } from './yaml-lines';

export interface Organisation {
  id: string;
  name: Record<Locale, string>;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  website?: string;
}

export interface Tag {
  id: string;
  label: Record<Locale, string>;
}

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

// An enum-keyed record is exhaustive in zod 4: every locale must have a name.
const perLocale = z.record(z.enum(locales), z.string().trim().min(1));
const httpUrl = z.url({ protocol: /^https?$/ });

const organisationSchema = z.strictObject({
  name: perLocale,
  country: z.string().regex(/^[A-Z]{2}$/),
  website: httpUrl.optional(),
});
const tagSchema = z.strictObject({ label: perLocale });

const hints: Record<string, string> = {
  name: `give a name for every locale: ${locales.map((l) => `${l}: …`).join(', ')}`,
  label: `give a label for every locale: ${locales.map((l) => `${l}: …`).join(', ')}`,
  country: 'write a two-letter ISO country code in capitals, e.g. CN, BY, IN',
  website: 'write a full http(s) address, e.g. https://example.org',
};

export interface Registry<T> {
  entries: Map<string, T>;
  problems: ContentProblem[];
}

export function parseOrganisations(file: string, text: string): Registry<Organisation> {
  return parseEntries(file, text, organisationSchema, (id, data) => ({ id, ...data }));
}

export function parseTags(file: string, text: string): Registry<Tag> {
  return parseEntries(file, text, tagSchema, (id, data) => ({ id, ...data }));
}

/** Every entry that fails is reported; the rest are kept so one typo does not hide other problems. */
function parseEntries<S extends z.ZodObject, T>(
  file: string,
  text: string,
  schema: S,
  build: (id: string, data: z.infer<S>) => T,
): Registry<T> {
  const problems: ContentProblem[] = [];
  const entries = new Map<string, T>();
  const yaml = parseYamlWithLines(text.replace(/^\uFEFF/, '').normalize('NFC'));
  for (const error of yaml.errors) {
    problems.push({ severity: 'error', file, line: error.line, message: `YAML syntax error: ${error.message}` });
  }
  if (yaml.errors.length) return { entries, problems };
  const data: unknown = yaml.document.toJS() ?? {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    problems.push({ severity: 'error', file, line: 1, message: 'expected a mapping of ids to entries (id: then indented fields)' });
    return { entries, problems };
  }
  for (const [id, value] of Object.entries(data)) {
    if (!ID_PATTERN.test(id)) {
      problems.push({ severity: 'error', file, line: yaml.lineOf([id]), field: id, message: 'ids are lower-case ASCII words joined by hyphens, e.g. china-leather-association' });
      continue;
    }
    const result = schema.safeParse(value);
    if (result.success) {
      entries.set(id, build(id, result.data));
      continue;
    }
    for (const issue of result.error.issues) {
      const path = [id, ...issue.path.map(String)];
      const key = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : String(issue.path[0] ?? '');
      const hint = hints[key] ?? `remove it; an entry may only have ${Object.keys(schema.shape).join(', ')}`;
      problems.push({ severity: 'error', file, line: yaml.lineOf(path) ?? yaml.lineOf([id]), field: path.join('.'), message: `${issue.message} — ${hint}` });
    }
  }
  return { entries, problems };
}
