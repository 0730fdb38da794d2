/**
 * The content folder on disk: listing it, reading its files as editors' text
 * (whatever went wrong: links, permissions, encodings), its fingerprint for the
 * development server, and the draft files `npm run new` writes into it.
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isLocale, locales, type Locale } from '@/lib/i18n/locales';
import type { Finding } from './report';
import { describeInvalidSlug, formatHomeDate, isValidSlug } from './schema';

export interface FolderListing {
  /** Everything that is not a folder (files, links, anything else), sub-folders included, in a stable order: reading each says what it is. */
  files: string[];
  /** Every sub-folder that was listed, so a folder named like a file can be reported. */
  folders: string[];
  /** Folders that exist but could not be listed (no permission, or a file where a folder belongs). */
  unlisted: { path: string; error: unknown }[];
}

/** Hidden files and folders (.git, .DS_Store) are skipped; a folder missing altogether lists as empty. */
export function walkFolder(dir: string): FolderListing {
  const listing: FolderListing = { files: [], folders: [], unlisted: [] };
  const visit = (folder: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || folder !== dir) listing.unlisted.push({ path: folder, error });
      return;
    }
    for (const entry of entries.filter((e) => !e.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(folder, entry.name);
      // A link is not followed here: reading it reports a link to a folder or to nowhere.
      if (entry.isDirectory()) {
        listing.folders.push(full);
        visit(full);
      } else {
        listing.files.push(full);
      }
    }
  };
  visit(dir);
  listing.files.sort();
  return listing;
}

/** Every file under `dir`, sub-folders included, in a stable order; never throws (a folder that cannot be listed adds nothing). */
function listFiles(dir: string): string[] {
  return walkFolder(dir).files;
}

/** Editors' text arrives in many shapes; compare and store one. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}

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
function decodeUtf8(bytes: Uint8Array, isArticle: boolean): { ok: true; text: string } | { ok: false; problems: Finding[] } {
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
  const problems = bad.slice(0, MAX_ENCODING_LINES).map((line, index): Finding => {
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
export function readContentFile(full: string, isArticle = false): { ok: true; text: string } | { ok: false; problems: Finding[] } {
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
export function isPresent(full: string): boolean {
  try {
    return lstatSync(full, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return true;
  }
}

/**
 * Names, sizes and change times of every file and folder under the content
 * root: far cheaper than parsing, and it changes whenever an editor saves,
 * adds, deletes or chmods a file, or adds a folder (one named like an article
 * is an error), so the development server re-reads only then. A file that
 * cannot be looked at (a link to itself) counts by its name; reading it
 * reports what is wrong.
 */
export function getContentFingerprint(root: string): string {
  const { files, folders } = walkFolder(root);
  const stamps = files.map((file) => {
    try {
      const stat = statSync(file, { throwIfNoEntry: false });
      return stat ? `${file}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}` : file;
    } catch {
      return file;
    }
  });
  return [...stamps, ...folders.map((folder) => `${folder}/`)].join('\n');
}

/** Marks every value `npm run new` leaves for the editor to fill in; content:check reports each one until replaced. */
export const PLACEHOLDER = 'TODO';

/** What each placeholder should become, in the words content:check uses. */
export const PLACEHOLDER_HINTS: Record<string, string> = {
  title: 'write the headline',
  summary: 'write one or two sentences for the index and share previews',
  organisations: 'write the id of each organisation from organisations.yml, e.g. [china-leather-association]',
  body: 'write the article text in its place',
};

/** A YAML comment lined up after the value, so the notes read as one column. */
const withNote = (line: string, note: string) => `${line.padEnd(30)}# ${note}`;

/** A new article file: today's date, a draft, and a marked placeholder for everything only the editor can write. */
export function buildArticleTemplate(locale: Locale, date: string): string {
  return [
    '---',
    `title: "${PLACEHOLDER}: headline"`,
    `summary: "${PLACEHOLDER}: one or two sentences"`,
    `postTime: ${date}`,
    `locale: ${locale}`,
    withNote(`organisations: [${PLACEHOLDER}]`, 'ids from organisations.yml, e.g. [china-leather-association]'),
    withNote('tags: []', 'ids from tags.yml, e.g. [leather-industry]; may stay empty'),
    withNote('draft: true', 'delete this line when the article is ready to publish'),
    '---',
    '',
    `${PLACEHOLDER}: write the article here in Markdown.`,
    '',
  ].join('\n');
}

export type ScaffoldResult = { ok: true; created: string[] } | { ok: false; problem: string };

/** Parses `--locales hi,en`: every code must be a site locale; none given means every locale. */
export function readLocaleList(text: string | undefined): Locale[] | string {
  if (text === undefined) return [...locales];
  const codes = text.split(',').map((code) => code.trim()).filter(Boolean);
  const unknown = codes.find((code) => !isLocale(code));
  if (unknown !== undefined || !codes.length) return `"${unknown ?? text}" is not a site locale — write --locales with any of ${locales.join(', ')}, separated by commas, e.g. --locales ${locales.join(',')}`;
  return codes.filter(isLocale);
}

/**
 * `npm run new`: one draft file per locale from the template, dated today in
 * India. Refuses an invalid slug, and any file that already exists (wherever
 * under articles/ it sits), so nothing an editor wrote is overwritten.
 */
export function scaffoldArticle(root: string, slug: string, wanted: readonly Locale[], now = Date.now()): ScaffoldResult {
  if (!isValidSlug(slug)) return { ok: false, problem: `${describeInvalidSlug(slug)}` };
  const dir = path.join(root, 'articles');
  const taken = new Map(listFiles(dir).map((file) => [path.basename(file), file]));
  for (const locale of wanted) {
    const existing = taken.get(`${slug}.${locale}.md`);
    if (existing) return { ok: false, problem: `${getDisplayPath(existing)} already exists — choose another slug, or open that file to edit it` };
  }
  mkdirSync(dir, { recursive: true });
  const date = formatHomeDate(now);
  const created = wanted.map((locale) => {
    const file = path.join(dir, `${slug}.${locale}.md`);
    writeFileSync(file, buildArticleTemplate(locale, date), { flag: 'wx' });
    return getDisplayPath(file);
  });
  return { ok: true, created };
}

