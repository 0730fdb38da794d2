/**
 * The whole content folder read and checked: every file parsed, then the rules
 * that need more than one file (duplicates, translations, aliases against every
 * live address, pictures under public/). Never throws for bad content: it reports it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { defaultLocale, locales, type Locale } from '@/lib/i18n/locales';
import { getImagePath } from '@/lib/markdown/inspect-body';
import { articlePath, getReservedAddresses, parseListPagePath, type AddressSources, type ReservedAddresses } from '@/lib/routes';
import { describeReadError, getDisplayPath, isPresent, readContentFile, walkFolder } from './folder';
import { parseArticleFile } from './parse';
import { emptyRegistries, parseRegistry, registryIdsOf, registryKinds, registryOf, type Registry, type RegistryEntry, type RegistryKind, type RegistryMaps } from './registry';
import type { ContentProblem } from './report';
import { normaliseAliasPath, parsePageNumber } from './routing';
import type { Article, ArticleFile } from './schema';

/** Every file of the content folder, read and checked: the articles and registry entries that parsed, and every problem found. */
export interface LoadedContent {
  root: string;
  articles: ArticleFile[];
  registries: RegistryMaps;
  problems: ContentProblem[];
}

function readRegistry(root: string, kind: RegistryKind): Registry<RegistryEntry> {
  const { file, required, noun } = registryOf(kind);
  const full = path.join(root, file);
  const shown = getDisplayPath(full);
  if (!isPresent(full)) {
    const problems: ContentProblem[] = required ? [{ severity: 'error', file: shown, message: `is missing — create it with one entry per ${noun} (see docs/editing.md)` }] : [];
    return { entries: new Map(), problems };
  }
  const read = readContentFile(full);
  if (!read.ok) return { entries: new Map(), problems: read.problems.map((p) => ({ severity: 'error', file: shown, ...p })) };
  return withoutCrashing<Registry<RegistryEntry>>(shown, () => parseRegistry(kind, shown, read.text), { entries: new Map(), problems: [] });
}

/**
 * Last resort: a file the check itself fails on is one problem in the report,
 * never a stack trace that loses the report of every other file.
 */
function withoutCrashing<T extends { problems: ContentProblem[] }>(file: string, run: () => T, empty: T): T {
  try {
    return run();
  } catch (error) {
    const message = `the check could not read this file (${error instanceof Error ? error.message : String(error)}) — this is a fault in the site's check, not in your file's rules: tell the developers, with this line`;
    return { ...empty, problems: [{ severity: 'error', file, message }] };
  }
}

/** Articles are files; a folder named like one (x.hi.md/) is most likely a slip when creating a file. */
const ARTICLE_LIKE_FOLDER = /\.md$/;

/** Reads and validates the whole content folder; never throws for bad content, it reports it. */
export function loadContent(root: string, now = Date.now(), publicDir = getPublicDir()): LoadedContent {
  if (!existsSync(root)) {
    const problem: ContentProblem = { severity: 'error', file: getDisplayPath(root), message: 'the content folder does not exist — run the command from the project folder, or set CONTENT_DIR to the folder that holds articles/' };
    return { root, articles: [], registries: emptyRegistries(), problems: [problem] };
  }
  const loaded = registryKinds.map((kind) => [kind, readRegistry(root, kind)] as const);
  const problems: ContentProblem[] = loaded.flatMap(([, registry]) => registry.problems);
  const articles: ArticleFile[] = [];
  const registries = Object.fromEntries(loaded.map(([kind, registry]) => [kind, registry.entries])) as RegistryMaps;
  // Sub-folders are read too, so editors may group articles by year.
  const listing = walkFolder(path.join(root, 'articles'));
  for (const { path: folder, error } of listing.unlisted) problems.push({ severity: 'error', file: getDisplayPath(folder), message: describeReadError(error) });
  for (const folder of listing.folders.filter((f) => ARTICLE_LIKE_FOLDER.test(f))) {
    problems.push({
      severity: 'error',
      file: getDisplayPath(folder),
      message: 'is a folder, not an article file — an article is a file named <slug>.<locale>.md: move anything inside the folder out of it, delete the folder, and create the article as a file',
    });
  }
  for (const full of listing.files) {
    const file = getDisplayPath(full);
    const read = readContentFile(full, true);
    if (!read.ok) {
      problems.push(...read.problems.map((p): ContentProblem => ({ severity: 'error', file, ...p })));
      continue;
    }
    const parsed = withoutCrashing(file, () => parseArticleFile(file, read.text, registries, now), { problems: [], bodyImages: [] });
    problems.push(...parsed.problems, ...checkBodyImages(file, parsed.bodyImages, publicDir));
    if (parsed.article) articles.push(parsed.article);
  }
  problems.push(...checkSite(articles, { locales, registryIds: registryIdsOf(registries) }));
  problems.push(...checkImages(articles, publicDir));
  return { root, articles, registries, problems };
}

/** Rules that need more than one file: duplicates, translation pairs, aliases. */
function checkSite(articles: readonly Article[], site: Omit<SiteShape, 'articles'>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const live = new Map<string, Article>();
  for (const article of articles) {
    const key = articlePath(article.locale, article.slug);
    const earlier = live.get(key);
    if (earlier) problems.push({ severity: 'error', file: article.file, field: 'slug', message: `${earlier.file} has the same slug and language — rename one of the two files (the slug is the part of the name before .${article.locale}.md)` });
    else live.set(key, article);
  }
  problems.push(...checkAliases({ ...site, articles }));
  const bySlug = new Map<string, Article[]>();
  for (const article of articles) bySlug.set(article.slug, [...(bySlug.get(article.slug) ?? []), article]);
  for (const group of bySlug.values()) {
    // Translations are checked against the original, taken to be the default-language version.
    const first = group.find((a) => a.locale === defaultLocale) ?? group[0];
    if (!first) continue;
    const rest = group.filter((a) => a !== first);
    const expected = [...first.organisations].sort().join(', ');
    for (const other of rest) {
      if ([...other.organisations].sort().join(', ') !== expected) {
        problems.push({
          severity: 'error',
          file: other.file,
          line: other.fieldLines?.organisations,
          field: 'organisations',
          message: `names [${other.organisations.join(', ')}] but its translation ${first.file} names [${first.organisations.join(', ')}] — list the same organisations in both files`,
        });
      }
    }
  }
  return problems;
}

/**
 * An alias must be an address nothing else answers (the proxy would redirect
 * that page, feed or file away) and may belong to one article only.
 */
export function checkAliases(site: SiteShape): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const live = getLivePaths(site);
  const aliasOwner = new Map<string, Article>();
  for (const article of site.articles) {
    const place: Omit<ContentProblem, 'message'> = { severity: 'error', file: article.file, line: article.fieldLines?.aliases, field: 'aliases' };
    for (const alias of article.aliases) {
      const clean = normaliseAliasPath(alias);
      const what = describeLivePath(clean, live);
      if (what) problems.push({ ...place, message: `${alias} is the address of a live page (${what}) — an alias must be an old address that no page uses now; remove it from aliases` });
      const owner = aliasOwner.get(clean);
      if (owner && owner !== article) {
        problems.push({ ...place, message: `${alias} is also an alias of ${owner.file} — one old address can redirect to only one article; remove it from one of the two files` });
      }
      aliasOwner.set(clean, article);
    }
  }
  return problems;
}

/** Where pictures live: the project's public/ folder, which Next serves from the site root. */
export function getPublicDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'public');
}

/** A picture of this site is a file under public/; `..` cannot climb out of it. */
function isPublicFile(src: string, publicDir: string): boolean {
  const at = getImagePath(src);
  if (at === undefined) return false;
  const file = path.join(publicDir, at);
  return file.startsWith(publicDir + path.sep) && existsSync(file);
}

const missing = (src: string) => `${src} is not a file under public/ — put the picture at public${getImagePath(src) ?? src}, or correct the path`;

/** A cover image must be a file under public/; otherwise the published page shows a broken picture. */
export function checkImages(articles: readonly Article[], publicDir = getPublicDir()): ContentProblem[] {
  return articles.flatMap((article): ContentProblem[] => {
    if (!article.image || isPublicFile(article.image.src, publicDir)) return [];
    return [{ severity: 'error', file: article.file, line: article.fieldLines?.image, field: 'image', message: missing(article.image.src) }];
  });
}

/** The same for the pictures in an article's body (paths of this site only: parseArticleFile has refused the others), by file line. */
export function checkBodyImages(file: string, images: readonly { src: string; line: number }[], publicDir = getPublicDir()): ContentProblem[] {
  return images
    .filter((image) => !isPublicFile(image.src, publicDir))
    .map((image) => ({ severity: 'error', file, line: image.line, field: 'body', message: missing(image.src) }));
}

/** What the site is built from: enough to know every address it answers (articles include drafts and scheduled posts: they go live later). */
export type SiteShape = AddressSources & { articles: readonly Article[] };

/** Every address the site answers or will: the route table's (lib/routes.ts), filled from the content, plus each article's cover picture. */
export function getLivePaths(site: SiteShape): ReservedAddresses {
  const live = getReservedAddresses(site);
  for (const article of site.articles) if (article.image) live.pages.set(article.image.src, `the image of ${article.file}`);
  return live;
}

/** What lives at `path` (already normalised as aliases are), or undefined when nothing does. */
export function describeLivePath(path: string, live: ReservedAddresses): string | undefined {
  for (const [folder, what] of live.folders) if (path.startsWith(folder) || `${path}/` === folder) return what;
  const exact = live.pages.get(path);
  if (exact) return exact;
  const paged = parseListPagePath(path);
  const list = paged && live.lists.get(paged.listPath);
  return list && Number.isInteger(parsePageNumber(paged.page)) ? `page ${paged.page} of ${list}` : undefined;
}

