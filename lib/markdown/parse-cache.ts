import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { walkFolder } from '@/lib/content/folder';
import type { ParseMemo } from './parse-memo';

/**
 * What parsing article bodies gave earlier builds, kept on disk (installed by
 * scripts/prepare-build.ts through lib/markdown/parse-memo.ts): the content
 * check's look at each body (with its plain text) and its HTML. Parsing was
 * most of the prepare step's CPU (about 5 s at 600 article files), and a
 * rebuild after one new article needs only that article's.
 *
 * An entry is named by a hash of its kind and input, in a folder named by
 * everything else a result depends on (getParserVersion); CI keeps `.cache/`
 * between builds (docs/deploy.md, docs/benchmarks.md). Deleting the folder is always safe: the
 * next build parses again.
 */
export const PARSE_CACHE_DIR = '.cache/markdown';

export function getParseCacheDir(): string {
  return path.resolve(process.cwd(), process.env.PARSE_CACHE_DIR || PARSE_CACHE_DIR);
}

/**
 * What a stored result depends on besides its input: the site's own code
 * (every file under lib/: the parsers, their plugins, the dictionaries that
 * label footnotes), every installed package (package-lock.json) and Node (its
 * Unicode tables normalise the text). A change to any of them is a new folder.
 */
export function getParserVersion(root = process.cwd()): string {
  const hash = createHash('sha256').update(process.version);
  for (const file of [...walkFolder(path.join(root, 'lib')).files, path.join(root, 'package-lock.json')]) {
    hash.update(`\0${path.relative(root, file)}\0`).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

export interface ParseCache extends ParseMemo {
  /** Entries computed in this process, and entries earlier builds left that this one read; each counted once. */
  readonly counts: { parsed: number; stored: number };
  /** Deletes what this process did not use: other versions' folders, and entries for texts no longer in the content. */
  prune(): void;
}

export function openParseCache(dir = getParseCacheDir(), version = getParserVersion()): ParseCache {
  const folder = path.join(dir, version);
  // Every entry this process touched, and where it came from: an entry the check wrote is read back for the plain text.
  const used = new Map<string, 'parsed' | 'stored'>();
  const nameOf = (kind: string, input: string) => `${createHash('sha256').update(kind).update('\0').update(input).digest('hex').slice(0, 32)}.json`;
  return {
    get counts() {
      const values = [...used.values()];
      return { parsed: values.filter((v) => v === 'parsed').length, stored: values.filter((v) => v === 'stored').length };
    },
    get(kind, input) {
      const name = nameOf(kind, input);
      try {
        const value: unknown = JSON.parse(readFileSync(path.join(folder, name), 'utf8'));
        if (!used.has(name)) used.set(name, 'stored');
        return value;
      } catch {
        // Not there, or not whole (another build deleting it): parse again.
        return undefined;
      }
    },
    set(kind, input, value) {
      const name = nameOf(kind, input);
      used.set(name, 'parsed');
      mkdirSync(folder, { recursive: true });
      const file = path.join(folder, name);
      // Under a temporary name first, so a parallel build never reads half an entry.
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        writeFileSync(temporary, JSON.stringify(value));
        renameSync(temporary, file);
      } catch {
        // Kept or not, the result is right: another build pruning this folder only costs the next build a parse.
      }
    },
    prune() {
      let entries: string[];
      try {
        entries = readdirSync(dir);
      } catch {
        return;
      }
      for (const name of entries) if (name !== version) rmSync(path.join(dir, name), { recursive: true, force: true });
      for (const name of entries.includes(version) ? readdirSync(folder) : []) {
        // A parallel build's entry being written is not this build's to delete.
        if (!used.has(name) && !name.endsWith('.tmp')) rmSync(path.join(folder, name), { force: true });
      }
    },
  };
}
