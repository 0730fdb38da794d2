import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { getAdminCsp, readBackendSettings } from '@/lib/cms/backend';
import { buildCmsConfig, loadRegistries } from '@/lib/cms/config';
import { frontmatterSchema, isValidSlug } from '@/lib/content/schema';
import { defaultLocale, locales } from '@/lib/i18n/locales';

type Field = { name: string; widget: string; required?: boolean; pattern?: [string, string]; options?: { value: string }[]; i18n?: unknown; multiple?: boolean; min?: number; format?: string; field?: Field; fields?: Field[] };
type Collection = { name: string; folder?: string; fields?: Field[]; i18n?: boolean; files?: { name: string; file: string; fields: Field[] }[] };

const FIXTURE = 'tests/fixtures/site';
const config = buildCmsConfig({ registries: loadRegistries(FIXTURE), backend: readBackendSettings({}), contentFolder: FIXTURE }) as {
  i18n: { structure: string; locales: string[]; default_locale: string };
  media_folder: string;
  public_folder: string;
  local_backend: { url: string };
  backend: Record<string, unknown>;
  collections: Collection[];
};
const articles = config.collections.find((c) => c.name === 'articles')!;
const field = (name: string) => articles.fields!.find((f) => f.name === name)!;
const schemaKeys = Object.keys(frontmatterSchema.shape) as (keyof typeof frontmatterSchema.shape)[];
/** Read straight from the registry files, not through the code under test. */
const registryIds = (file: string) => Object.keys(parse(readFileSync(`${FIXTURE}/${file}`, 'utf8')) as object);

describe('the generated CMS config, against the content schema', () => {
  it('edits every frontmatter field, plus only the new article address and the body', () => {
    const names = articles.fields!.map((f) => f.name);
    for (const key of schemaKeys) expect(names).toContain(key);
    expect(names.filter((n) => !(schemaKeys as string[]).includes(n)).sort()).toEqual(['body', 'slug']);
  });

  it('requires exactly the fields the schema requires', () => {
    for (const key of schemaKeys) {
      const optional = frontmatterSchema.shape[key].safeParse(undefined).success;
      expect({ key, required: field(key).required }).toEqual({ key, required: !optional });
    }
  });

  it('limits title and summary to the lengths the schema accepts', () => {
    for (const key of ['title', 'summary'] as const) {
      const pattern = new RegExp(field(key).pattern![0]);
      let longest = 0;
      while (frontmatterSchema.shape[key].safeParse('क'.repeat(longest + 1)).success) longest += 1;
      expect(longest).toBeGreaterThan(10);
      expect(pattern.test('क'.repeat(longest))).toBe(true);
      expect(pattern.test('क'.repeat(longest + 1))).toBe(false);
    }
  });

  it('offers the registry ids, and nothing else, as organisations and topics', () => {
    expect(field('organisations').options!.map((o) => o.value)).toEqual(registryIds('organisations.yml'));
    expect(field('tags').options!.map((o) => o.value)).toEqual(registryIds('tags.yml'));
    expect(field('organisations')).toMatchObject({ widget: 'select', multiple: true, min: 1, required: true });
  });

  it('keeps Hindi and English side by side as <slug>.<locale>.md, in the locale config’s languages', () => {
    expect(config.i18n).toEqual({ structure: 'multiple_files', locales: [...locales], default_locale: defaultLocale });
    expect(articles).toMatchObject({ folder: `${FIXTURE}/articles`, extension: 'md', i18n: true });
    // Shared by both languages: a translation pair must name the same organisations.
    for (const shared of ['postTime', 'organisations', 'tags', 'image', 'draft']) expect(field(shared).i18n).toBe('duplicate');
    for (const own of ['title', 'summary', 'locale', 'body']) expect(field(own).i18n).toBe(true);
  });

  it('writes postTime as a date-time with its UTC offset, draft as a toggle, aliases as a list, the body as Markdown', () => {
    expect(field('postTime')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DDTHH:mm:ssZ' });
    expect(field('draft').widget).toBe('boolean');
    expect(field('aliases')).toMatchObject({ widget: 'list', field: { widget: 'string' } });
    expect(new RegExp(field('aliases').field!.pattern![0]).test('/hi/articles/old')).toBe(true);
    expect(new RegExp(field('aliases').field!.pattern![0]).test('hi/articles/old')).toBe(false);
    expect(field('body').widget).toBe('markdown');
  });

  it('accepts as a new article address only what the file-name rules accept', () => {
    const pattern = new RegExp(field('slug').pattern![0]);
    for (const slug of ['agra-fair-2024', 'a', 'Agra-Fair', 'agra--fair', '-agra', 'आगरा']) expect(pattern.test(slug)).toBe(isValidSlug(slug));
  });

  it('stores uploads under public/, at the path the site serves them from', () => {
    expect(config.media_folder).toBe(`public${config.public_folder}`);
  });

  it('edits both registries, with a name per language', () => {
    const registries = config.collections.find((c) => c.name === 'registries')!;
    expect(registries.files!.map((f) => f.file)).toEqual([`${FIXTURE}/organisations.yml`, `${FIXTURE}/tags.yml`]);
    const entryFields = (name: string) => registries.files!.find((f) => f.name === name)!.fields.find((f) => f.name === 'entries')!.fields!;
    expect(entryFields('organisations').find((f) => f.name === 'name')!.fields!.map((f) => f.name)).toEqual([...locales]);
    expect(entryFields('tags').find((f) => f.name === 'label')!.fields!.map((f) => f.name)).toEqual([...locales]);
  });
});

describe('backend settings', () => {
  it('points the local backend at its own port, and a production backend from the environment', () => {
    const settings = readBackendSettings({ CMS_BACKEND: 'gitlab', CMS_REPO: 'assoc/site', CMS_APP_ID: 'abc', CMS_LOCAL_PORT: '8090', CMS_EDITORIAL_WORKFLOW: 'true' });
    const generated = buildCmsConfig({ registries: { organisations: [], tags: [] }, backend: settings }) as Record<string, unknown>;
    expect(generated.backend).toEqual({ name: 'gitlab', repo: 'assoc/site', branch: 'main', app_id: 'abc', auth_type: 'pkce' });
    expect(generated.local_backend).toEqual({ url: 'http://localhost:8090/api/v1' });
    expect(generated.publish_mode).toBe('editorial_workflow');
    expect(getAdminCsp(settings)).toContain('connect-src \'self\' https://gitlab.com http://localhost:8090 http://127.0.0.1:8090');
  });

  it('refuses a backend it cannot configure, naming the ones it can', () => {
    expect(() => readBackendSettings({ CMS_BACKEND: 'bitbucket' })).toThrow('CMS_BACKEND=bitbucket is not supported — set it to github, gitlab or gitea (docs/editing.md)');
  });
});
