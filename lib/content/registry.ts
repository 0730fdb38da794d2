/**
 * Registries: the files of named things articles refer to by id
 * (organisations.yml, tags.yml). Each kind is described once below (its file,
 * its fields besides the name, the article field listing its ids, its pages);
 * parsing, validation, names, lists, pages and metadata are one implementation
 * for every kind, so a new registry is one more description.
 */
import { isMap, isNode, isScalar } from 'yaml';
import { z } from 'zod';
import { formatCountry } from '@/lib/format';
import { defaultLocale, isLocale, localeFacts, locales, type Locale } from '@/lib/i18n/locales';
import type { Translate } from '@/lib/i18n/translator';
import { organisationPath, organisationsPath, tagPath, tagsPath, type RegistryName } from '@/lib/routes';
import { normaliseText } from './folder';
import { suggest, type ContentProblem } from './report';
import { ID_PATTERN, suggestSlug } from './schema';
import { describeYamlError, isRefusedFeature, parseYamlWithLines, type ParsedYaml } from './yaml';

/** What every registry entry has: an id, and a name in each language (read it with nameOf). */
export interface RegistryEntry {
  id: string;
  name: Record<Locale, string>;
}

export interface Organisation extends RegistryEntry {
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  website?: string;
}

/** A topic. */
export type Tag = RegistryEntry;

type MessageKey = Parameters<Translate>[0];

/** One kind of registry, described once; everything else about registries is shared. */
export interface RegistryDescription<E extends RegistryEntry = RegistryEntry> {
  /** The file under the content root. */
  file: string;
  /** Whether a missing file is an error; otherwise the registry is empty. */
  required: boolean;
  /** One entry, in the content check's messages. */
  noun: string;
  /** The field holding the name in each language, as editors write it in the file. */
  nameField: string;
  /** The entry's other fields, and what to write for each when it is wrong. */
  fields: z.ZodRawShape;
  fieldHints: Record<string, string>;
  /** The article field that lists this registry's ids. */
  articleField: RegistryName;
  /** The entry's list of articles, and the directory of every entry (lib/routes.ts). */
  entryPath: (locale: Locale, id: string) => string;
  directoryPath: (locale: Locale) => string;
  /** The directory's heading and description, from the dictionaries. */
  directoryTitle: MessageKey;
  directoryDescription: MessageKey;
  /** The entry page's description for search engines and share previews. */
  describe: (t: Translate, entry: E, locale: Locale) => string;
  /** Shown beside the entry's name in the directory. */
  noteOf?: (entry: E, locale: Locale) => string;
}

const organisations: RegistryDescription<Organisation> = {
  file: 'organisations.yml',
  required: true,
  noun: 'organisation',
  nameField: 'name',
  fields: { country: z.string().regex(/^[A-Z]{2}$/), website: z.url({ protocol: /^https?$/ }).optional() },
  fieldHints: { country: 'a two-letter ISO country code in capitals, e.g. country: CN', website: 'a full http:// or https:// address, e.g. website: https://example.org' },
  articleField: 'organisations',
  entryPath: organisationPath,
  directoryPath: organisationsPath,
  directoryTitle: 'organisations',
  directoryDescription: 'organisationsDescription',
  describe: (t, entry, locale) => t('organisationDescription', { name: nameOf(entry, locale), country: formatCountry(entry.country, locale) }),
  noteOf: (entry, locale) => formatCountry(entry.country, locale),
};

const tags: RegistryDescription<Tag> = {
  file: 'tags.yml',
  required: false,
  noun: 'topic',
  nameField: 'label',
  fields: {},
  fieldHints: {},
  articleField: 'tags',
  entryPath: tagPath,
  directoryPath: tagsPath,
  directoryTitle: 'tags',
  directoryDescription: 'tagsDescription',
  describe: (t, entry, locale) => t('tagDescription', { label: nameOf(entry, locale) }),
};

/** Every registry, in the order the site lists them (sitemap, checks). */
export const registries = { organisations, tags } satisfies { [K in RegistryName]: unknown };
export type RegistryKind = keyof typeof registries;
export const registryKinds = Object.keys(registries) as RegistryKind[];
export type EntryOf<K extends RegistryKind> = (typeof registries)[K] extends RegistryDescription<infer E> ? E : never;
/** Each registry's entries by id. */
export type RegistryMaps = { [K in RegistryKind]: Map<string, EntryOf<K>> };

/** Any kind's description, where only what every kind shares is read. */
type AnyRegistryDescription = RegistryDescription<never>;

/** Every registry with no entries yet. */
export function emptyRegistries(): RegistryMaps {
  return Object.fromEntries(registryKinds.map((kind) => [kind, new Map()])) as RegistryMaps;
}

/** Each registry's ids, as the route table fills `:id` with them. */
export function registryIdsOf(registries: RegistryMaps): Record<RegistryKind, string[]> {
  return Object.fromEntries(registryKinds.map((kind) => [kind, [...registries[kind].keys()]])) as Record<RegistryKind, string[]>;
}

/** The entries `ids` name, in their order; an unknown id (the check reports it) is left out. */
export function entriesOf<K extends RegistryKind>(registries: RegistryMaps, kind: K, ids: readonly string[]): EntryOf<K>[] {
  return ids.flatMap((id) => registries[kind].get(id) ?? []);
}

/** One kind's description, typed for its own entries. */
export function registryOf<K extends RegistryKind>(kind: K): RegistryDescription<EntryOf<K>> {
  return registries[kind] as unknown as RegistryDescription<EntryOf<K>>;
}

/** An entry's name in a language: the one place names are read (a name left out in a language already holds the default language's, with a warning). */
export function nameOf(entry: RegistryEntry, locale: Locale): string {
  return entry.name[locale];
}

// The default language's name is required; another language's may be left out (fillMissingNames).
const name = z.string().trim().min(1);
const perLocale = z.strictObject(Object.fromEntries(locales.map((l) => [l, l === defaultLocale ? name : name.optional()])) as Record<Locale, typeof name>);

export interface Registry<T> {
  entries: Map<string, T>;
  problems: ContentProblem[];
}

/** A registry file's entries; every entry that fails is reported, and the rest are kept so one typo does not hide other problems. */
export function parseRegistry<K extends RegistryKind>(kind: K, file: string, text: string): Registry<EntryOf<K>> {
  const description = registryOf(kind);
  const schema = z.strictObject({ [description.nameField]: perLocale, ...description.fields });
  return parseEntries(file, text, schema, description, (id, data) => {
    const { [description.nameField]: name, ...rest } = data as Record<string, unknown>;
    return { id, name, ...rest } as EntryOf<K>;
  });
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

function parseEntries<S extends z.ZodObject, T>(file: string, raw: string, schema: S, description: AnyRegistryDescription, build: (id: string, data: z.infer<S>) => T): Registry<T> {
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
      const names = (result.data as Record<string, unknown>)[description.nameField] as Partial<Record<Locale, string>>;
      problems.push(...fillMissingNames(names, { file, line: yaml.lineOf([id, description.nameField]) ?? yaml.lineOf([id]), id, nameField: description.nameField }));
      entries.set(id, build(id, result.data));
      continue;
    }
    for (const issue of result.error.issues) {
      const found = describeRegistryIssue(issue, description, fields, value);
      problems.push({ severity: 'error', file, line: yaml.lineOf([id, ...found.path]) ?? yaml.lineOf([id]), field: [id, ...found.path].join('.'), message: found.message });
    }
  }
  return { entries, problems };
}

/**
 * A name missing in a language other than the default one: that language's pages show the
 * default language's name, and the report warns (the build goes on), so adding a language
 * never breaks a build over names nobody has translated yet.
 */
function fillMissingNames(names: Partial<Record<Locale, string>>, { file, line, id, nameField }: { file: string; line?: number; id: string; nameField: string }): ContentProblem[] {
  const fallback = names[defaultLocale]!;
  return locales.flatMap((locale): ContentProblem[] => {
    if (names[locale] !== undefined) return [];
    names[locale] = fallback;
    const language = localeFacts[locale].nativeName;
    const message = `is missing — ${language} pages show "${fallback}" (${localeFacts[defaultLocale].nativeName}) until you add the ${nameField} in ${language} as "${locale}: …" indented under ${nameField}:`;
    return [{ severity: 'warning', file, line, field: `${id}.${nameField}.${locale}`, message }];
  });
}

const EVERY_LOCALE = locales.map((l) => `${l}: …`).join(', ');

/** What to write for a registry field, completing "add …" or "write …". */
function hintFor(field: string, description: AnyRegistryDescription): string | undefined {
  if (field === description.nameField) return `${field}: on its own line, then one indented line per language: ${EVERY_LOCALE}`;
  return description.fieldHints[field];
}

function valueAt(entry: unknown, path: readonly string[]): unknown {
  let node = entry;
  for (const key of path) node = typeof node === 'object' && node !== null ? Object.entries(node).find(([k]) => k === key)?.[1] : undefined;
  return node;
}

/** A registry entry's schema issue as the field path under the entry and a message saying what to write. */
function describeRegistryIssue(issue: z.core.$ZodIssue, description: AnyRegistryDescription, fields: readonly string[], entry: unknown): { path: string[]; message: string } {
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
    return { path, message: `${missing ? 'is missing' : 'is empty'} — add the ${field} in ${localeFacts[locale].nativeName} as "${locale}: …" indented under ${field}:` };
  }
  const hint = hintFor(field, description) ?? 'see docs/editing.md';
  return { path, message: missing ? `is missing — add ${hint}` : `is not valid — write ${hint}` };
}

