import type { z } from 'zod';
import { isLocale, localeFacts, locales } from '@/lib/i18n/locales';
import { suggest } from './problem';

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
