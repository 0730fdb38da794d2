import { isMap, isNode, isScalar } from 'yaml';
import { z } from 'zod';
import { locales, type Locale } from '@/lib/i18n/locales';
import { ID_PATTERN, suggestSlug } from './ids';
import { normaliseText } from './parse-article';
import { describeRegistryIssue } from './registry-issues';
import type { ContentProblem } from './problem';
import { describeYamlError } from './yaml-errors';
import { isRefusedFeature, parseYamlWithLines, type ParsedYaml } from './yaml-lines';

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
