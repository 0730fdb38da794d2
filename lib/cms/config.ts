import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseRegistry, type Organisation, type Tag } from '@/lib/content/registry';
import { frontmatterSchema, ID_PATTERN } from '@/lib/content/schema';
import { defaultLocale, localeFacts, locales } from '@/lib/i18n/locales';
import type { BackendSettings } from './backend';
import { ARTICLE_FORMAT, IMAGE_FOLDER, IMAGE_PATH, REGISTRY_FORMAT, SLUG_FIELD, SLUG_MAX } from './files';

/**
 * The Decap CMS configuration, generated from the content schema
 * (lib/content/schema.ts), the registries and the locale config, so the editor
 * in the browser and `npm run content:check` cannot drift apart: a field, a
 * limit, an organisation or a language added there appears here on the next
 * `npm run admin:prepare`.
 */

export type Field = Record<string, unknown> & { name: string; widget: string };

export interface Registries {
  organisations: Organisation[];
  tags: Tag[];
}

/** The registries as the content check reads them; an entry with errors is left out here and reported by the check. */
export function loadRegistries(contentRoot: string): Registries {
  const read = (file: string) => readFileSync(path.join(contentRoot, file), 'utf8');
  return {
    organisations: [...parseRegistry('organisations', 'organisations.yml', read('organisations.yml')).entries.values()],
    tags: [...parseRegistry('tags', 'tags.yml', read('tags.yml')).entries.values()],
  };
}

type JsonSchema = { type?: string; enum?: string[]; minLength?: number; maxLength?: number; minItems?: number; pattern?: string; format?: string; items?: JsonSchema; properties?: Record<string, JsonSchema>; required?: string[] };

/** The schema as editors' input (before transforms), in JSON Schema: required fields, lengths, patterns, enums. */
export function describeFrontmatter(): JsonSchema {
  return z.toJSONSchema(frontmatterSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

const localName = (names: Record<string, string>) => [names[defaultLocale], ...locales.filter((l) => l !== defaultLocale).map((l) => names[l])].filter(Boolean).join(' · ');

/** Decap's `pattern` takes one regex and a message: text rules become one pattern per field. */
function textRules(schema: JsonSchema, label: string): { pattern?: [string, string] } {
  if (schema.pattern) return { pattern: [schema.pattern, `${label}: a path starting with /, without spaces`] };
  if (schema.maxLength !== undefined) {
    return { pattern: [`^[\\s\\S]{${schema.minLength ?? 0},${schema.maxLength}}$`, `${label}: at most ${schema.maxLength} characters`] };
  }
  if (schema.format === 'uri') return { pattern: ['^https?://\\S+$', `${label}: the full address, starting with http:// or https://`] };
  return {};
}

/** How each frontmatter field is edited; the rules come from the schema, the widget choice from what the value means. */
function fieldFor(name: string, schema: JsonSchema, required: boolean, registries: Registries): Field {
  const label = LABELS[name] ?? name;
  const base = { name, label, required, hint: HINTS[name] };
  // A picker per registry: every id, shown by its names; the names per language also go to the preview (site_names).
  const picker = (entries: { id: string; names: Record<string, string> }[]) => ({
    options: entries.map(({ id, names }) => ({ value: id, label: `${localName(names)} (${id})` })),
    site_names: Object.fromEntries(entries.map(({ id, names }) => [id, names])),
  });
  switch (name) {
    case 'locale':
      // Each language's file names its language; the widget fills it in (lib/cms/admin.tsx).
      return { ...base, widget: 'site-locale', i18n: true, options: schema.enum };
    case 'postTime':
    case 'updated':
      // Stored with the editor's UTC offset, e.g. 2023-09-25T10:30:00+05:30: a date-time without one is refused by the check.
      return { ...base, widget: 'datetime', format: 'YYYY-MM-DDTHH:mm:ssZ', i18n: 'duplicate', ...(required ? { default: '{{now}}' } : { default: '' }) };
    case 'organisations':
      return { ...base, widget: 'select', multiple: true, min: schema.minItems, i18n: 'duplicate', ...picker(registries.organisations.map((o) => ({ id: o.id, names: o.name }))) };
    case 'tags':
      return { ...base, widget: 'select', multiple: true, i18n: 'duplicate', ...picker(registries.tags.map((t) => ({ id: t.id, names: t.name }))) };
    case 'image':
      return { ...base, widget: 'image', choose_url: false, i18n: 'duplicate', ...textRules(schema, label) };
    case 'draft':
      return { ...base, widget: 'boolean', default: false, i18n: 'duplicate' };
  }
  switch (schema.type) {
    case 'boolean':
      return { ...base, widget: 'boolean', i18n: true };
    case 'array':
      return { ...base, widget: 'list', i18n: true, field: { name: 'item', label, widget: 'string', ...textRules(schema.items ?? {}, label) } };
    case 'object': {
      const inner = Object.entries(schema.properties ?? {}).map(([key, value]) => ({ ...fieldFor(key, value, false, registries), i18n: true }));
      return { ...base, widget: 'object', collapsed: true, i18n: true, fields: inner };
    }
    default:
      return { ...base, widget: schema.maxLength !== undefined && schema.maxLength > 200 ? 'text' : 'string', i18n: true, ...textRules(schema, label) };
  }
}

const LABELS: Record<string, string> = {
  title: 'Title',
  summary: 'Summary',
  postTime: 'Posted at',
  locale: 'Language',
  organisations: 'Organisations',
  tags: 'Topics',
  updated: 'Updated at',
  image: 'Cover image',
  imageAlt: 'Cover image description (alt text)',
  source: 'Original publication',
  name: 'Name',
  url: 'Web address',
  draft: 'Draft (not published)',
  aliases: 'Earlier addresses',
};

const HINTS: Record<string, string> = {
  summary: 'One or two sentences; shown on lists, in search results and in link previews.',
  postTime: 'An article with a time in the future is published by the first build after that time.',
  organisations: 'At least one. Both languages name the same organisations. Missing one? Add it under Registries → Organisations first.',
  image: `Uploads go to public${IMAGE_PATH}. Required with it: the description below.`,
  imageAlt: 'Required when there is a cover image: what the picture shows, for readers who cannot see it.',
  draft: 'Drafts show on the development site only, never on the published site.',
  aliases: 'Old addresses of this article, e.g. /hi/articles/old-slug; each one redirects here.',
};

export interface CmsConfigOptions {
  registries: Registries;
  backend: BackendSettings;
  /** Folder holding articles/ and the registries, relative to the repository root the backend edits. */
  contentFolder?: string;
}

/** The whole Decap configuration, as plain data (written to public/admin/config.json). */
export function buildCmsConfig({ registries, backend, contentFolder = 'content' }: CmsConfigOptions): Record<string, unknown> {
  const schema = describeFrontmatter();
  const required = new Set(schema.required ?? []);
  const frontmatter = Object.entries(schema.properties ?? {}).map(([name, field]) => fieldFor(name, field, required.has(name), registries));
  const slugField: Field = {
    name: SLUG_FIELD,
    label: 'Article address',
    widget: 'site-slug',
    i18n: 'none',
    required: false,
    hint: `Lower-case English words joined by hyphens (a–z, 0–9), at most ${SLUG_MAX} characters, e.g. leather-fair-agra-2024. It becomes /${defaultLocale}/articles/<address> and cannot be changed after the first save.`,
    pattern: [ID_PATTERN.source, 'use lower-case a–z, 0–9 and single hyphens, e.g. leather-fair-agra-2024'],
  };
  const body: Field = { name: 'body', label: 'Text', widget: 'markdown', i18n: true, required: false, modes: ['raw'], hint: 'Markdown, as in the files: ## for a heading, - for a list, | a | b | rows for a table. The preview shows it as the site will.' };
  const names = (field: string) => ({ name: field, label: field === 'name' ? 'Name' : 'Label', widget: 'object', fields: locales.map((l) => ({ name: l, label: localeFacts[l].nativeName, widget: 'string' })) });
  const idField = { name: 'id', label: 'Id', widget: 'string', pattern: [ID_PATTERN.source, 'lower-case a–z, 0–9 and single hyphens, e.g. example-traders-guild'], hint: 'Used in articles; do not change an id articles already use.' };
  // The comment lines at the top of a registry file, carried through a save unchanged.
  const header = { name: 'header', widget: 'hidden', required: false };
  return {
    backend: {
      name: backend.name,
      repo: backend.repo,
      branch: backend.branch,
      ...(backend.baseUrl ? { base_url: backend.baseUrl } : {}),
      ...(backend.apiRoot ? { api_root: backend.apiRoot } : {}),
      ...(backend.appId ? { app_id: backend.appId, ...(backend.name === 'gitlab' ? { auth_type: 'pkce' } : {}) } : {}),
      // Gitea logs in with PKCE on the instance itself.
      ...(backend.name === 'gitea' && backend.baseUrl ? { auth_endpoint: `${backend.baseUrl.replace(/\/$/, '')}/login/oauth/authorize` } : {}),
    },
    local_backend: { url: `http://localhost:${backend.localPort}/api/v1` },
    ...(backend.editorialWorkflow ? { publish_mode: 'editorial_workflow' } : {}),
    media_folder: IMAGE_FOLDER,
    public_folder: IMAGE_PATH,
    site_url: '/',
    locale: 'en',
    // ASCII only: a slug is lower-case a–z, 0–9 and hyphens (lib/content/schema.ts).
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    i18n: { structure: 'multiple_files', locales: [...locales], default_locale: defaultLocale },
    collections: [
      {
        name: 'articles',
        label: 'Articles',
        label_singular: 'Article',
        folder: `${contentFolder}/articles`,
        extension: 'md',
        format: ARTICLE_FORMAT,
        create: true,
        identifier_field: 'title',
        slug: `{{fields.${SLUG_FIELD}}}`,
        summary: '{{title}}',
        sortable_fields: ['postTime', 'title'],
        i18n: true,
        fields: [frontmatter.find((f) => f.name === 'title'), slugField, ...frontmatter.filter((f) => f.name !== 'title'), body],
      },
      {
        name: 'registries',
        label: 'Registries',
        format: REGISTRY_FORMAT,
        files: [
          { name: 'organisations', label: 'Organisations', file: `${contentFolder}/organisations.yml`, fields: [header, { name: 'entries', label: 'Organisations', label_singular: 'Organisation', widget: 'list', summary: '{{fields.id}}', fields: [idField, names('name'), { name: 'country', label: 'Country (ISO code, e.g. IN)', widget: 'string', pattern: ['^[A-Z]{2}$', 'two capital letters, e.g. IN, CN, BY'] }, { name: 'website', label: 'Website', widget: 'string', required: false, pattern: ['^(https?://\\S+)?$', 'the full address, starting with https://'] }] }] },
          { name: 'tags', label: 'Topics', file: `${contentFolder}/tags.yml`, fields: [header, { name: 'entries', label: 'Topics', label_singular: 'Topic', widget: 'list', summary: '{{fields.id}}', fields: [idField, names('label')] }] },
        ],
      },
    ],
  };
}
