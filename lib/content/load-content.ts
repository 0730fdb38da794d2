import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { locales } from '@/lib/i18n/locales';
import type { Article } from './article';
import { checkBodyImages, checkImages, getPublicDir } from './check-images';
import { checkSite } from './check-site';
import { walkFolder } from './list-files';
import { parseArticleFile } from './parse-article';
import type { ContentProblem } from './problem';
import { parseOrganisations, parseTags, type Organisation, type Registry, type Tag } from './registry';

export interface Content {
  root: string;
  articles: Article[];
  organisations: Map<string, Organisation>;
  tags: Map<string, Tag>;
  problems: ContentProblem[];
}

type Found = Omit<ContentProblem, 'file' | 'severity'>;

/** How messages name a file: relative to the working folder (the repo) when inside it, e.g. content/articles/x.hi.md. */
export function getDisplayPath(full: string): string {
  const relative = path.relative(process.cwd(), full);
  const shown = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : full;
  return shown.split(path.sep).join('/');
}

/** Why a file or folder could not be read, in editors' words; the system's own code stays at the end for whoever helps them. */
export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: permission denied — give your user permission to read it (on Linux or macOS: chmod a+r, and a+rx for a folder), then run the check again';
    case 'EISDIR':
      return 'is a folder (or a link to one), not a file — put the file itself here, and move anything in the folder elsewhere';
    case 'ELOOP':
      return 'is a link that leads back to itself — replace it with the file itself';
    case 'ENOENT':
      return 'is a link to a file that does not exist — replace it with the file itself, or delete it';
    case 'ENOTDIR':
      return 'is a file, but must be a folder — rename the file, create a folder of this name and put the articles in it';
    default:
      return `cannot be read (${code ?? String(error)}) — check that it exists and can be opened, then run the check again`;
  }
}

const KEY_AT_LINE_START = /^\s*([A-Za-z][\w-]*)\s*:/;
const MAX_ENCODING_LINES = 5;

/** Where a line sits in an article: the frontmatter field it holds, or the body. */
function fieldOfLine(lines: readonly string[], line: number): string | undefined {
  if (lines[0]?.trim() !== '---') return undefined;
  const close = lines.findIndex((text, index) => index > 0 && /^---\s*$/.test(text));
  if (close === -1 || line - 1 < close) return line > 1 ? KEY_AT_LINE_START.exec(lines[line - 1] ?? '')?.[1] : undefined;
  return line - 1 > close ? 'body' : undefined;
}

/**
 * Strict UTF-8: a file saved in another encoding would otherwise be published
 * with U+FFFD (�) in place of its letters, unseen. Each line that does not
 * decode is named; a newline byte never occurs inside a UTF-8 sequence, so
 * lines can be checked one by one.
 */
function decodeUtf8(bytes: Uint8Array, isArticle: boolean): { ok: true; text: string } | { ok: false; problems: Found[] } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Not UTF-8: fall through to find the lines.
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, problems: [{ line: 1, message: 'is saved as UTF-16, not UTF-8 — save the file again as UTF-8 (in most editors: Save with Encoding → UTF-8)' }] };
  }
  const lines = new TextDecoder('utf-8').decode(bytes).split('\n');
  const bad: number[] = [];
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end === -1 ? bytes.length : end;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, stop));
    } catch {
      bad.push(line);
    }
    start = stop + 1;
  }
  const problems = bad.slice(0, MAX_ENCODING_LINES).map((line, index): Found => {
    const more = index === MAX_ENCODING_LINES - 1 && bad.length > MAX_ENCODING_LINES ? ` (and on ${bad.length - MAX_ENCODING_LINES} more lines)` : '';
    const field = isArticle ? fieldOfLine(lines, line) : undefined;
    return {
      line,
      ...(field ? { field } : {}),
      message: `has bytes that are not UTF-8 text${more}, so letters would show as � — save the file as UTF-8 (in most editors: Save with Encoding → UTF-8), then check this line's letters and retype any that look wrong`,
    };
  });
  return { ok: false, problems };
}

/** A content file as text, or why it cannot be: a folder, a broken link, no permission, not UTF-8. Never throws, never blocks on a pipe. */
export function readContentFile(full: string, isArticle = false): { ok: true; text: string } | { ok: false; problems: Found[] } {
  let bytes: Uint8Array;
  try {
    const stat = statSync(full);
    if (stat.isDirectory()) return { ok: false, problems: [{ message: describeReadError({ code: 'EISDIR' }) }] };
    if (!stat.isFile()) return { ok: false, problems: [{ message: 'is not an ordinary file (it is a pipe, socket or device) — replace it with a text file, or delete it' }] };
    bytes = readFileSync(full);
  } catch (error) {
    // Gone since the folder was listed (some editors save by deleting and renaming): nothing to read, nothing wrong.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !isPresent(full)) return { ok: false, problems: [] };
    return { ok: false, problems: [{ message: describeReadError(error) }] };
  }
  return decodeUtf8(bytes, isArticle);
}

/** Whether anything, a broken link included, is at the path (existsSync follows links, so a broken one looks absent); when unsure, yes, and reading says why. */
function isPresent(full: string): boolean {
  try {
    return lstatSync(full, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return true;
  }
}

function readRegistry<T>(root: string, file: string, parse: (file: string, text: string) => Registry<T>, required: boolean): Registry<T> {
  const full = path.join(root, file);
  const shown = getDisplayPath(full);
  if (!isPresent(full)) {
    const problems: ContentProblem[] = required ? [{ severity: 'error', file: shown, message: 'is missing — create it with one entry per organisation (see docs/editing.md)' }] : [];
    return { entries: new Map(), problems };
  }
  const read = readContentFile(full);
  if (!read.ok) return { entries: new Map(), problems: read.problems.map((p) => ({ severity: 'error', file: shown, ...p })) };
  return withoutCrashing(shown, () => parse(shown, read.text), { entries: new Map(), problems: [] });
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
export function loadContent(root: string, now = Date.now(), publicDir = getPublicDir()): Content {
  if (!existsSync(root)) {
    const problem: ContentProblem = { severity: 'error', file: getDisplayPath(root), message: 'the content folder does not exist — run the command from the project folder, or set CONTENT_DIR to the folder that holds articles/' };
    return { root, articles: [], organisations: new Map(), tags: new Map(), problems: [problem] };
  }
  const organisations = readRegistry(root, 'organisations.yml', parseOrganisations, true);
  const tags = readRegistry(root, 'tags.yml', parseTags, false);
  const problems: ContentProblem[] = [...organisations.problems, ...tags.problems];
  const articles: Article[] = [];
  const registries = { organisations: organisations.entries, tags: tags.entries };
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
  problems.push(...checkSite(articles, { locales, organisationIds: [...organisations.entries.keys()], tagIds: [...tags.entries.keys()] }));
  problems.push(...checkImages(articles, publicDir));
  return { root, articles, organisations: organisations.entries, tags: tags.entries, problems };
}
