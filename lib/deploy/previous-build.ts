import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * The previous build's output, moved out of the way at once and deleted once
 * the next build is written (a fenced workaround: docs/workarounds.md, "Next deletes
 * the previous build before it starts"); files the new build does not want go
 * the same way.
 *
 * `next build` begins by deleting everything in its dist folder but a few
 * entries, one file at a time and synchronously, before it compiles anything
 * (`recursiveDeleteSyncWithAsyncRetries` in next/dist/build/index.js, Next
 * 16.4.6). That is tens of thousands of files at a few thousand articles, and
 * the time goes to waiting on the disk, not to the CPU: deleting the output of
 * a 1,000-page build took 10.6 s here with 1.2 s of CPU. Moving the folders
 * aside is one rename each; they are deleted once the new build is written.
 */

/** What scripts/prepare-build.ts tells scripts/build.ts once the content has passed its check: the previous build is no longer the one to keep. */
export const CONTENT_CHECKED = 'content-checked';

/** What Next's clean leaves in the dist folder (the same list in its build/index.js; tests/unit/deploy/previous-build.test.ts compares them). */
export const KEPT_BY_NEXT = ['cache', 'dev', 'diagnostics', 'lock', 'trace'] as const;

/** Beside the dist folder, hidden (a dot name: TypeScript's and the test runner's globs skip it) and git-ignored (`.next-*`). */
const DISCARDED_PREFIX = '.next-discarded-';

export interface OutputToDiscard {
  /** A folder a build rewrites. */
  dir: string;
  /** Entries of it that stay where they are. */
  keep?: readonly string[];
}

/** This build's discard folders (one beside each parent folder), and those of stopped builds found beside them. */
const toDelete = new Set<string>();
/** Entries are numbered in the discard folder: many share a name (every page has a `__next._tree.txt`). */
let moved = 0;

/**
 * Moves each path into this build's discard folder beside `parent`, one
 * rename each. A path that cannot be renamed there (another file system:
 * EXDEV) is handed to `stuck` with the reason.
 */
function moveAside(parent: string, paths: readonly string[], stuck: (file: string, error: NodeJS.ErrnoException) => void): void {
  if (!paths.length) return;
  const discarded = path.join(parent, `${DISCARDED_PREFIX}${process.pid}`);
  mkdirSync(discarded, { recursive: true });
  toDelete.add(discarded);
  for (const file of paths) {
    try {
      renameSync(file, path.join(discarded, String(moved++)));
    } catch (error) {
      stuck(file, error as NodeJS.ErrnoException);
    }
  }
}

/**
 * Moves what each folder holds (but its kept entries) aside, one rename each,
 * for deleteSetAside to delete once the new build is written, with what
 * stopped builds left beside them. A folder on another file system than its
 * parent's cannot be renamed into the discard folder: it is left where it is,
 * for Next to delete as it always does.
 */
export function setAsidePreviousOutput(outputs: readonly OutputToDiscard[]): void {
  for (const { dir, keep = [] } of outputs) {
    if (!existsSync(dir)) continue;
    const parent = path.dirname(path.resolve(dir));
    for (const leftover of findLeftovers(parent)) toDelete.add(leftover);
    const entries = readdirSync(dir).filter((name) => !keep.includes(name));
    moveAside(parent, entries.map((name) => path.join(dir, name)), (_file, error) => {
      if (error.code !== 'EXDEV') throw error;
    });
  }
}

/**
 * Files a build has just written and does not want (lib/deploy/segment-prefetches.ts),
 * moved aside like the previous build's: deleting them in place held up the
 * standalone step 8.8–10.9 s at 1,000 article pages (docs/benchmarks.md). One
 * that cannot be renamed is deleted at once instead.
 */
export function setAsideBuildFiles(parent: string, paths: readonly string[]): void {
  moveAside(parent, paths, (file) => rmSync(file, { recursive: true, force: true }));
}

/**
 * Deletes everything set aside, and what stopped builds left beside it, in a
 * detached process of its own, once the build is written: the build ends
 * without waiting on the disk, and nothing is deleted while Next writes pages.
 * At 3,000 article pages, deleting the old build beside the new one made the
 * rebuild's static generation take 76.2 s (the cold build's 62.1 s); deleting
 * it afterwards, 56.4 s (cold 64.3 s; two benchmark runs, docs/benchmarks.md).
 * A folder its process did not finish is a leftover the next build deletes.
 */
export function deleteSetAside(): void {
  if (!toDelete.size) return;
  const script = 'for (const f of process.argv.slice(1)) require("node:fs").rmSync(f, { recursive: true, force: true })';
  spawn(process.execPath, ['-e', script, ...toDelete], { detached: true, stdio: 'ignore' }).unref();
  toDelete.clear();
}

/** Discard folders of builds that are no longer running (their process is gone). */
function findLeftovers(parent: string): string[] {
  return readdirSync(parent)
    .filter((name) => name.startsWith(DISCARDED_PREFIX))
    .filter((name) => {
      const pid = Number(name.slice(DISCARDED_PREFIX.length));
      return Number.isInteger(pid) && pid !== process.pid && !isRunning(pid);
    })
    .map((name) => path.join(parent, name));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
