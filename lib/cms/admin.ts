/**
 * The browser side of /admin, bundled by `npm run admin:prepare` into
 * public/admin/cms.js and loaded before Decap CMS (public/admin/index.html).
 * It teaches the CMS the site's file formats, a language and an address
 * widget, the site's article preview, and to refuse a save the content check
 * would reject; then starts it with the generated public/admin/config.json.
 */
import { isValidSlug, parsePostTime } from '@/lib/content/schema';
import { formatPostDate } from '@/lib/format';
import { dictionaries } from '@/lib/i18n/dictionaries';
import { defaultLocale, isLocale, localeFacts, locales, type Locale } from '@/lib/i18n/locales';
import { renderMarkdown } from '@/lib/markdown/render-markdown';
import {
  ARTICLE_FORMAT,
  REGISTRY_FORMAT,
  SKIPPED_TRANSLATION,
  SLUG_FIELD,
  articleFromFile,
  articleToFile,
  checkArticle,
  checkRegistry,
  checkSlug,
  describeRefusals,
  registryFromFile,
  registryToFile,
  type EntryData,
  type RegistryData,
} from './files';

/** The parts of Decap's immutable Map this file reads. */
interface Immutable {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  toJS(): unknown;
}

type Element = unknown;
type CreateElement = (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => Element;

interface WidgetProps {
  value?: unknown;
  onChange(value: unknown): void;
  forID: string;
  classNameWrapper: string;
  setActiveStyle(): void;
  setInactiveStyle(): void;
  locale?: string;
  entry: Immutable;
}

interface PreviewProps {
  entry: Immutable;
  collection: Immutable;
  locale?: string;
  getAsset(path: string): { toString(): string } | undefined;
}

interface DecapCms {
  registerCustomFormat(name: string, extension: string, formatter: { fromFile(text: string): unknown; toFile(data: never): string }): void;
  registerWidget(name: string, control: unknown, preview?: unknown): void;
  registerPreviewStyle(url: string): void;
  registerPreviewTemplate(collection: string, component: unknown): void;
  registerEventListener(listener: { name: string; handler(payload: { entry: Immutable }): unknown }): void;
  init(options: { config: Record<string, unknown> }): void;
  /** The registry entry of a backend: init() makes its implementation. */
  getBackend(name: string): { init(...args: unknown[]): BackendImplementation } | undefined;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS: DecapCms;
    /** React.createElement and create-react-class, as Decap CMS exposes them for custom widgets. */
    h: CreateElement;
    createClass(spec: Record<string, unknown>): unknown;
  }
}

const names: Record<string, string> = Object.fromEntries(locales.map((l) => [l, localeFacts[l].nativeName]));
const asLocale = (value: unknown): Locale => (typeof value === 'string' && isLocale(value) ? value : defaultLocale);

/** Every language's file says which language it is in: the field fills itself in with the pane's language and shows it. */
function createLocaleWidget() {
  return window.createClass({
    componentDidMount(this: { props: WidgetProps }) {
      const { locale, value, onChange } = this.props;
      if (locale && value !== locale) onChange(locale);
    },
    render(this: { props: WidgetProps }) {
      const locale = asLocale(this.props.locale);
      return window.h('p', { id: this.props.forID, className: this.props.classNameWrapper, lang: locale }, `${names[locale]} (${locale})`);
    },
  });
}

/** A new article's address (its file name); fixed once saved, because links and feeds already use it. */
function createSlugWidget() {
  return window.createClass({
    isValid(this: { props: WidgetProps }) {
      if (!this.props.entry.get('newRecord')) return true;
      const problem = checkSlug(this.props.value);
      return problem ? { error: { message: `Address ${problem}` } } : true;
    },
    render(this: { props: WidgetProps }) {
      const { entry, value, onChange, forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
      if (!entry.get('newRecord')) {
        return window.h('p', { id: forID, className: classNameWrapper }, `/${defaultLocale}/articles/${String(entry.get('slug'))}`);
      }
      return window.h('input', {
        id: forID,
        type: 'text',
        className: classNameWrapper,
        value: typeof value === 'string' ? value : '',
        placeholder: 'e.g. leather-fair-agra-2024',
        onChange: (event: { target: { value: string } }) => onChange(event.target.value.toLowerCase()),
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
      });
    },
  });
}

/** Refuses what `npm run content:check` would refuse, with its messages, before anything is written. */
function refuseWhatTheCheckWould({ entry }: { entry: Immutable }): undefined {
  const collection = entry.get('collection');
  if (collection === 'registries') {
    const problems = checkRegistry((entry.get('data') as Immutable).toJS() as RegistryData);
    if (problems.length) throw new Error(`Not saved:\n${problems.join('\n')}`);
    return undefined;
  }
  if (collection !== 'articles') return undefined;
  const data = (entry.get('data') as Immutable).toJS() as EntryData;
  const refusals = checkArticle(data, defaultLocale);
  const slug = String(entry.get('slug') ?? '');
  if (!entry.get('newRecord') && !isValidSlug(slug)) {
    // Decap groups translations under the default language's file; without one it names the entry after the other file.
    throw new Error(`Not saved — "${slug}" has no ${names[defaultLocale]} file, and the editor would write a file the site cannot read. Edit ${slug}.md as a file (docs/editing.md).`);
  }
  if (entry.get('newRecord')) {
    const problem = checkSlug(data[SLUG_FIELD]);
    if (problem) refusals.unshift({ locale: defaultLocale, field: 'Address', message: problem });
  }
  for (const locale of locales.filter((l) => l !== defaultLocale)) {
    const translation = entry.getIn(['i18n', locale, 'data']) as Immutable | undefined;
    if (translation) refusals.push(...checkArticle(translation.toJS() as EntryData, locale));
  }
  if (refusals.length) throw new Error(`Not saved — the content check would refuse this article:\n${describeRefusals(refusals, names)}`);
  return undefined;
}

/** The article as the site shows it: the same classes, date format, Markdown renderer and labels. */
function ArticlePreview({ entry, collection, locale: paneLocale, getAsset }: PreviewProps): Element {
  const h = window.h;
  const data = (entry.get('data') as Immutable).toJS() as EntryData;
  const locale = asLocale(data.locale ?? paneLocale);
  const t = dictionaries[locale];
  const fields = (collection.get('fields') as Immutable).toJS() as { name: string; site_names?: Record<string, Record<string, string>> }[];
  const nameOf = (field: string, id: string) => fields.find((f) => f.name === field)?.site_names?.[id]?.[locale] ?? id;
  const time = (value: unknown) => {
    const parsed = typeof value === 'string' ? parsePostTime(value) : undefined;
    return parsed?.ok ? h('time', { dateTime: parsed.value.iso }, formatPostDate(parsed.value, locale)) : String(value ?? '');
  };
  const list = (field: string) => (Array.isArray(data[field]) ? (data[field] as string[]) : []);
  const meta: Element[] = [h('dt', { key: 'p' }, t.postedOn), h('dd', { key: 'pd' }, time(data.postTime))];
  if (data.updated) meta.push(h('dt', { key: 'u' }, t.updatedOn), h('dd', { key: 'ud' }, time(data.updated)));
  meta.push(h('dt', { key: 'o' }, t.organisations), h('dd', { key: 'od' }, list('organisations').map((id) => nameOf('organisations', id)).join(', ')));
  if (list('tags').length) meta.push(h('dt', { key: 't' }, t.tags), h('dd', { key: 'td' }, list('tags').map((id) => nameOf('tags', id)).join(', ')));
  const image = typeof data.image === 'string' && data.image ? getAsset(data.image)?.toString() : undefined;
  const source = data.source as { name?: string; url?: string } | undefined;
  return h(
    'main',
    { lang: localeFacts[locale].tag, 'data-script': localeFacts[locale].script },
    h(
      'article',
      { className: 'article' },
      h(
        'header',
        { className: 'article-header' },
        data.draft ? h('p', { className: 'draft-badge' }, t.draft) : null,
        h('h1', null, String(data.title ?? '')),
        h('p', { className: 'article-summary' }, String(data.summary ?? '')),
        h('dl', { className: 'article-meta' }, ...meta),
      ),
      image ? h('img', { className: 'article-image', src: image, alt: String(data.imageAlt ?? '') }) : null,
      // Safe: the site's renderer sanitises with its allow-list.
      h('div', { className: 'prose', dangerouslySetInnerHTML: { __html: renderMarkdown(String(data.body ?? ''), locale) } }),
      source?.url ? h('p', { className: 'article-source' }, `${t.source}: `, h('a', { href: source.url }, t.readOriginal.replace('{{name}}', source.name ?? ''))) : null,
    ),
  );
}

interface BackendImplementation {
  persistEntry(entry: { dataFiles: { path: string; raw: string }[] }, options: unknown): Promise<unknown>;
}

/**
 * Workaround for decaporg/decap-cms#6932 (seen in decap-cms 3.16.3): Decap
 * writes a file for every language, even one nobody wrote in, so a Hindi-only
 * article would get a <slug>.en.md the content check rejects. The article
 * format writes nothing for such a translation, Decap appends a newline, and
 * here every backend drops files that hold only that before committing.
 * tests/e2e/cms.test.ts fails once Decap stops sending them.
 */
function skipUnwrittenTranslations(cms: DecapCms): void {
  for (const name of ['proxy', 'github', 'gitlab', 'gitea']) {
    const backend = cms.getBackend(name);
    if (!backend) continue;
    const init = backend.init;
    backend.init = (...args: unknown[]) => {
      const implementation = init(...args);
      const persist = implementation.persistEntry.bind(implementation);
      implementation.persistEntry = (entry, options) => {
        const dataFiles = entry.dataFiles.filter((file) => {
          if (file.raw.trim() !== '') return true;
          console.info(`${file.path} ${SKIPPED_TRANSLATION}`);
          return false;
        });
        return persist({ ...entry, dataFiles }, options);
      };
      return implementation;
    };
  }
}

async function start(): Promise<void> {
  const response = await fetch('/admin/config.json', { cache: 'no-store' });
  const config = (await response.json()) as Record<string, unknown>;
  const cms = window.CMS;
  cms.registerCustomFormat(ARTICLE_FORMAT, 'md', { fromFile: articleFromFile, toFile: (data: EntryData) => articleToFile(data) });
  cms.registerCustomFormat(REGISTRY_FORMAT, 'yml', { fromFile: registryFromFile, toFile: (data: RegistryData) => registryToFile(data) });
  cms.registerWidget('site-locale', createLocaleWidget());
  cms.registerWidget('site-slug', createSlugWidget());
  cms.registerPreviewStyle('/admin/preview.css');
  cms.registerPreviewTemplate('articles', ArticlePreview);
  cms.registerEventListener({ name: 'preSave', handler: refuseWhatTheCheckWould });
  skipUnwrittenTranslations(cms);
  cms.init({ config: { ...config, load_config_file: false } });
}

// Set before decap-cms.js runs (this script comes first), so the CMS waits for the registrations above.
window.CMS_MANUAL_INIT = true;
document.addEventListener('DOMContentLoaded', () => void start());
