import { isMap, isNode, isScalar } from 'yaml';
import { z } from 'zod';
import { isLocale, localeFacts, locales, type Locale } from '@/lib/i18n/locales';
import { normaliseText } from './folder';
import { suggest, type ContentProblem } from './report';
import { ID_PATTERN, suggestSlug } from './schema';
import { describeYamlError, isRefusedFeature, parseYamlWithLines, type ParsedYaml } from './yaml';

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

// An enum-keyed record is exhaustive in zod 4: every locale must have a name.
const perLocale = z.record(z.enum(locales), z.string().trim().min(1));

const organisationSchema = z.strictObject({
  name: perLocale,
  country: z.string().regex(/^[A-Z]{2}$/),
  website: z.url({ protocol: /^https?$/ }).optional(),
});
const tagSchema = z.strictObject({ label: perLocale });

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

/**
 * The entries of a registry as plain data, each converted on its own: an entry
 * holding an alias, anchor or tag (already reported) is left out, so one stray
 * `*` costs only that entry. Undefined when the file is not a mapping.
 */
function readEntries(yaml: ParsedYaml): [id: string, value: unknown][] | undefined {
  const { contents } = yaml.document;
  if (contents === null) return [];
  if (!isMap(contents)) return undefined;
  const starts = contents.items.map((pair) => (isScalar(pair.key) && pair.key.range ? yaml.lineOf([String(pair.key.value)]) : undefined) ?? 0);
  const refusedLines = yaml.errors.map((error) => error.line);
  return contents.items.flatMap((pair, index): [string, unknown][] => {
    const [from, to] = [starts[index] ?? 0, starts[index + 1] ?? Infinity];
    if (refusedLines.some((line) => line >= from && line < to)) return [];
    // A key that is not plain text (a list, an empty key) is kept, so the id check reports it.
    const id = isScalar(pair.key) ? String(pair.key.value ?? '') : String(pair.key);
    return [[id, isNode(pair.value) ? pair.value.toJS(yaml.document) : pair.value]];
  });
}

/** Every entry that fails is reported; the rest are kept so one typo does not hide other problems. */
function parseEntries<S extends z.ZodObject, T>(file: string, raw: string, schema: S, build: (id: string, data: z.infer<S>) => T): Registry<T> {
  const problems: ContentProblem[] = [];
  const entries = new Map<string, T>();
  const text = normaliseText(raw);
  const yaml = parseYamlWithLines(text);
  for (const error of yaml.errors) problems.push({ severity: 'error', file, ...describeYamlError(error, text) });
  if (!yaml.errors.every(isRefusedFeature)) return { entries, problems };
  const data = readEntries(yaml);
  if (!data) {
    problems.push({ severity: 'error', file, line: 1, message: 'is not a list of entries — write each id at the start of a line followed by a colon, with its fields indented under it (see docs/editing.md)' });
    return { entries, problems };
  }
  const fields = Object.keys(schema.shape);
  for (const [id, value] of data) {
    if (!ID_PATTERN.test(id)) {
      problems.push({ severity: 'error', file, line: yaml.lineOf([id]), field: id, message: `is not a valid id — use lower-case a–z, 0–9 and single hyphens, e.g. ${suggestSlug(id)}` });
      continue;
    }
    const result = schema.safeParse(value);
    if (result.success) {
      entries.set(id, build(id, result.data));
      continue;
    }
    for (const issue of result.error.issues) {
      const found = describeRegistryIssue(issue, fields, value);
      problems.push({ severity: 'error', file, line: yaml.lineOf([id, ...found.path]) ?? yaml.lineOf([id]), field: [id, ...found.path].join('.'), message: found.message });
    }
  }
  return { entries, problems };
}

const EVERY_LOCALE = locales.map((l) => `${l}: …`).join(', ');

/** What to write for each registry field, completing "add …" or "write …". */
const FIELD_HINTS: Record<string, string> = {
  name: `name: on its own line, then one indented line per language: ${EVERY_LOCALE}`,
  label: `label: on its own line, then one indented line per language: ${EVERY_LOCALE}`,
  country: 'a two-letter ISO country code in capitals, e.g. country: CN',
  website: 'a full http:// or https:// address, e.g. website: https://example.org',
};

function valueAt(entry: unknown, path: readonly string[]): unknown {
  let node = entry;
  for (const key of path) node = typeof node === 'object' && node !== null ? Object.entries(node).find(([k]) => k === key)?.[1] : undefined;
  return node;
}

/** A registry entry's schema issue as the field path under the entry and a message saying what to write. */
export function describeRegistryIssue(issue: z.core.$ZodIssue, fields: readonly string[], entry: unknown): { path: string[]; message: string } {
  const path = issue.path.map(String);
  const [field = '', locale] = path;
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    if (path.length) return { path: [...path, key], message: `"${key}" is not a site locale — use only ${locales.join(', ')}, or remove the line` };
    const near = suggest(key, fields);
    return { path: [key], message: near ? `unknown field — did you mean "${near}"? Rename it to ${near}:` : `unknown field — remove it; an entry may only have ${fields.join(', ')}` };
  }
  const missing = valueAt(entry, path) == null;
  if (locale && isLocale(locale)) {
    const what = field === 'label' ? 'label' : 'name';
    return { path, message: `${missing ? 'is missing' : 'is empty'} — add the ${what} in ${localeFacts[locale].nativeName} as "${locale}: …" indented under ${field}:` };
  }
  const hint = FIELD_HINTS[field] ?? 'see docs/editing.md';
  return { path, message: missing ? `is missing — add ${hint}` : `is not valid — write ${hint}` };
}

