import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { getBuildDistDir } from 'next/dist/export/utils';
import type { NextConfigComplete } from 'next/dist/server/config-shared';

/**
 * Where `next build` writes, by Next's own rules: the folder it compiles into
 * and the folder a static export lands in. scripts/build.ts clears both before
 * a build (lib/deploy/previous-build.ts), the offline worker reads its precache
 * list from the first (lib/offline/worker-route.ts), and `npm run build:static`
 * finishes the second (static-site.ts).
 */

/**
 * The folder `next build` compiles into: NEXT_DIST_DIR (as next.config.ts
 * reads it), except for a static export with a custom one, which Next builds
 * in .next and only exports into NEXT_DIST_DIR. Next's own rule decides:
 * getBuildDistDir, from the internal module next/dist/export/utils (Next
 * 16.4.6; docs/workarounds.md). If Next moves it, the typecheck fails;
 * tests/unit/offline/worker-build.test.ts pins the rule.
 */
export function getBuildDir(env: Record<string, string | undefined> = process.env): string {
  const config = { output: env.NEXT_OUTPUT === 'export' ? 'export' : 'standalone', distDir: env.NEXT_DIST_DIR ?? '.next' };
  return getBuildDistDir(config as NextConfigComplete);
}

/** Where Next writes an export: `out/`, or the dist folder itself when NEXT_DIST_DIR names another one (Next's hasCustomExportOutput). */
export function getExportDir(distDir = process.env.NEXT_DIST_DIR || '.next'): string {
  return path.resolve(distDir === '.next' ? 'out' : distDir);
}

/**
 * Where a build keeps its compiled content (lib/content/site-content.ts) and
 * the files its server answers as they are (built-files.ts): beside its Next
 * output folder (NEXT_DIST_DIR, default .next), not inside it, because
 * `next build` empties that folder first. Two builds with different dist
 * folders never share it.
 */
export function getSnapshotDir(distDir = process.env.NEXT_DIST_DIR || '.next'): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), `${distDir}-content`);
}

/** Every file under a build folder, as a path from it with a leading slash (`/hi/articles/x.html`). */
export function* walkBuildFiles(dir: string, prefix = ''): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) yield* walkBuildFiles(path.join(dir, entry.name), rel);
    else if (entry.isFile()) yield rel;
  }
}

/** A file for writeFolder: its path from the folder (`/hi/x.html`) and its text, or a file to hard-link there. */
export type FolderFile = { file: string; text: string } | { file: string; linkTo: string };

/**
 * Makes `dir` hold exactly `files`, touching only what changed. The content
 * step writes two such folders (the compiled bodies; the share images and
 * search index files): about 9,150 files at 3,000 article pages, of which a
 * rebuild after one new article pair wrote 3,151 (the pair's two bodies and
 * two cards, and every search index file); emptying the folders and
 * writing every file again made the step take 8.0–8.5 s there, against
 * 5.5–5.8 s now (4 Dec, docs/benchmarks.md "What changed for speed").
 * A file that changes is written under another name and renamed into place,
 * so a folder holding hard links to the old one (the standalone server's,
 * built-files.ts) keeps it whole; a file to link where links are refused is
 * copied.
 */
export function writeFolder(dir: string, files: Iterable<FolderFile>): { written: number; kept: number; removed: number } {
  const wanted = new Map<string, FolderFile>();
  for (const file of files) wanted.set(file.file, file);
  const stale = existsSync(dir) ? [...walkBuildFiles(dir)].filter((file) => !wanted.has(file)) : [];
  // Stale files go first: a file may stand where a folder is now wanted, or a folder of stale files where a file is.
  for (const file of stale) {
    unlinkSync(path.join(dir, file));
    for (let folder = path.dirname(file); folder !== '/'; folder = path.dirname(folder)) {
      try {
        rmdirSync(path.join(dir, folder));
      } catch {
        break; // not empty
      }
    }
  }
  const folders = new Set<string>();
  let written = 0;
  for (const entry of wanted.values()) {
    const target = path.join(dir, entry.file);
    if (isUnchanged(target, entry)) continue;
    const folder = path.dirname(target);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    const temporary = `${target}.${process.pid}.tmp`;
    if ('text' in entry) writeFileSync(temporary, entry.text);
    else linkOrCopy(entry.linkTo, temporary);
    renameSync(temporary, target);
    written++;
  }
  return { written, kept: wanted.size - written, removed: stale.length };
}

/** A hard link where the file system allows one, else a copy. */
export function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** True when `target` is already the file wanted: the same text, or a link to the same file. */
function isUnchanged(target: string, entry: FolderFile): boolean {
  try {
    if ('text' in entry) return readFileSync(target).equals(Buffer.from(entry.text));
    const [have, want] = [statSync(target), statSync(entry.linkTo)];
    return have.ino === want.ino && have.dev === want.dev;
  } catch {
    return false; // not there yet
  }
}

/**
 * Writes the files the build rewrote after `next build` (page-documents.ts,
 * payload-stylesheets.ts), and the same file in each folder that holds a byte
 * copy of `dir` (the standalone server's), without making the caller wait for
 * the disk: the writes run on Node's I/O threads while the caller reads and
 * rewrites the next file, at most MAX_PENDING files at a time. At 3,000 article
 * pages that is about 8,000 files written twice: one after another, the writes
 * alone took 1.15 s in the build folder and 1.2 s in the copy, and the whole
 * pass 5.4–5.8 s against 3.4 s now.
 *
 * Next's copy is the same bytes: one of the same size is taken as that and
 * written without being read again; one of another size is rewritten from its
 * own bytes by `rewrite`.
 */
export interface RewrittenFileWriter {
  /** Starts writing `after`; resolves once there is room for another file, rejects once any write has failed. */
  write(dir: string, file: string, before: Buffer, after: Buffer, copies: readonly string[], rewrite: (bytes: Buffer) => Buffer | null): Promise<void>;
  /** Resolves once every file is written; rejects with the first write that failed. */
  finished(): Promise<void>;
}

const MAX_PENDING = 32;

export function createRewrittenFileWriter(): RewrittenFileWriter {
  const pending = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  const check = () => {
    if (failure) throw failure.error;
  };
  const writeAll = async (dir: string, file: string, before: Buffer, after: Buffer, copies: readonly string[], rewrite: (bytes: Buffer) => Buffer | null) => {
    await writeFile(path.join(dir, file), after);
    for (const copy of copies) {
      const full = path.join(copy, file);
      const size = (await stat(full).catch(() => undefined))?.size;
      if (size === undefined) continue;
      const copied = size === before.length ? after : rewrite(await readFile(full));
      if (copied) await writeFile(full, copied);
    }
  };
  return {
    async write(...args) {
      check();
      const task: Promise<void> = writeAll(...args)
        .catch((error: unknown) => {
          failure ??= { error };
        })
        .finally(() => pending.delete(task));
      pending.add(task);
      while (pending.size >= MAX_PENDING) await Promise.race(pending);
      check();
    },
    async finished() {
      await Promise.all(pending);
      check();
    },
  };
}
