import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deleteSetAside, KEPT_BY_NEXT, setAsideBuildFiles, setAsidePreviousOutput, type OutputToDiscard } from '@/lib/deploy/previous-build';
import { makeTempFolder } from '../support/temp-folder';

function write(file: string, text = 'x'): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** A pid that is not running: a child that has already exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

/** True once `file` is gone, waiting up to 10 s (a detached process deletes it). */
async function gone(file: string): Promise<boolean> {
  for (let i = 0; i < 100 && existsSync(file); i++) await new Promise((r) => setTimeout(r, 100));
  return !existsSync(file);
}

/** This process's discard folders beside `root`. */
const discardFolders = (root: string) => readdirSync(root).filter((name) => name.startsWith('.next-discarded-')).map((name) => path.join(root, name));

/** As scripts/build.ts does, in two steps: aside once the content is checked, deleted once the build is written. */
async function discardAndWait(root: string, outputs: OutputToDiscard[]): Promise<void> {
  setAsidePreviousOutput(outputs);
  const ours = path.join(root, `.next-discarded-${process.pid}`);
  deleteSetAside();
  expect(await gone(ours), ours).toBe(true);
}

describe('setAsidePreviousOutput and deleteSetAside (lib/deploy/previous-build.ts)', () => {
  it('moves all but the kept entries out at once, and a process of its own deletes them when asked', async () => {
    const root = makeTempFolder('previous-build');
    const dist = path.join(root, '.next');
    write(path.join(dist, 'cache', 'turbopack', 'entry'), 'compiled');
    write(path.join(dist, 'trace'), 'trace');
    for (let i = 0; i < 200; i++) write(path.join(dist, 'server', 'app', `page-${i}.html`));
    write(path.join(dist, 'standalone', 'server.js'));
    write(path.join(dist, 'BUILD_ID'), 'previous');

    setAsidePreviousOutput([{ dir: dist, keep: KEPT_BY_NEXT }]);
    // The dist folder holds only what Next keeps, with its contents; nothing is deleted until the build asks.
    expect(readdirSync(dist).sort()).toEqual(['cache', 'trace']);
    expect(readFileSync(path.join(dist, 'cache', 'turbopack', 'entry'), 'utf8')).toBe('compiled');
    const [discarded, ...others] = discardFolders(root);
    expect(others).toEqual([]);
    await new Promise((r) => setTimeout(r, 300));
    // BUILD_ID, server/ and standalone/, one rename each (numbered): 200 pages, server.js and BUILD_ID in all.
    expect(readdirSync(discarded!)).toHaveLength(3);
    const files = readdirSync(discarded!, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files).toHaveLength(202);
    expect(files.some((entry) => entry.name === 'server.js')).toBe(true);
    deleteSetAside();
    expect(await gone(discarded!)).toBe(true);
    expect(readdirSync(root)).toEqual(['.next']);
  });

  it('empties a folder with nothing to keep, and gives two folders with the same entry names their own places', async () => {
    const root = makeTempFolder('previous-build');
    write(path.join(root, '.next-static', 'index.html'), 'dist');
    write(path.join(root, 'out', 'index.html'), 'export');
    await discardAndWait(root, [{ dir: path.join(root, '.next-static'), keep: KEPT_BY_NEXT }, { dir: path.join(root, 'out') }]);
    expect(readdirSync(path.join(root, '.next-static'))).toEqual([]);
    expect(readdirSync(path.join(root, 'out'))).toEqual([]);
    expect(readdirSync(root).sort()).toEqual(['.next-static', 'out']);
  });

  it('does nothing for a folder that is not there, or holds only kept entries', () => {
    const root = makeTempFolder('previous-build');
    write(path.join(root, '.next', 'cache', 'x'));
    setAsidePreviousOutput([{ dir: path.join(root, 'missing'), keep: KEPT_BY_NEXT }, { dir: path.join(root, '.next'), keep: KEPT_BY_NEXT }]);
    deleteSetAside();
    expect(readdirSync(root)).toEqual(['.next']);
    expect(existsSync(path.join(root, 'missing'))).toBe(false);
    expect(readdirSync(path.join(root, '.next'))).toEqual(['cache']);
  });

  it('deletes what a stopped build left behind, but not what a running build is still deleting', async () => {
    const root = makeTempFolder('previous-build');
    const stopped = `.next-discarded-${await deadPid()}`;
    // This test's own parent process is running.
    const running = `.next-discarded-${process.ppid}`;
    write(path.join(root, stopped, '0', 'server', 'page.html'));
    write(path.join(root, running, '0', 'server', 'page.html'));
    write(path.join(root, '.next', 'server', 'page.html'));
    await discardAndWait(root, [{ dir: path.join(root, '.next'), keep: KEPT_BY_NEXT }]);
    expect(await gone(path.join(root, stopped))).toBe(true);
    expect(readdirSync(root).sort()).toEqual(['.next', running]);
  });

  it('is still needed: next build still deletes its dist folder synchronously before compiling, keeping the same entries', () => {
    // When this fails, Next's clean has changed: if it no longer blocks the build on deleting files one by one, remove
    // lib/deploy/previous-build.ts and its call in scripts/build.ts (docs/workarounds.md); if only the kept list changed, update KEPT_BY_NEXT.
    const source = readFileSync('node_modules/next/dist/build/index.js', 'utf8');
    const clean = /traceChild\('clean'\)\.traceAsyncFn\(\(\)=>\(0, _recursivedelete\.recursiveDeleteSyncWithAsyncRetries\)\(distDir, new Set\(\[([^\]]*)\]\)/.exec(source);
    expect(clean, "the clean phase in next/dist/build/index.js").not.toBeNull();
    const kept = [...clean![1]!.matchAll(/'([^']+)'/g)].map((m) => m[1]);
    expect(kept).toEqual([...KEPT_BY_NEXT]);
    const deleter = readFileSync('node_modules/next/dist/lib/recursive-delete.js', 'utf8');
    expect(deleter).toMatch(/_nodefs\.unlinkSync\(p\)/);
  });
});

describe('setAsideBuildFiles (lib/deploy/previous-build.ts)', () => {
  it('moves files of the new build out at once, whatever their names, into the same folder as the previous build, deleted with it', async () => {
    const root = makeTempFolder('previous-build');
    write(path.join(root, '.next', 'BUILD_ID'), 'previous');
    setAsidePreviousOutput([{ dir: path.join(root, '.next'), keep: KEPT_BY_NEXT }]);
    const app = path.join(root, '.next', 'server', 'app');
    for (const page of ['hi', 'en']) write(path.join(app, `${page}.segments`, '_tree.segment.rsc'));
    write(path.join(root, 'out', 'hi', '__next._tree.txt'));
    write(path.join(root, 'out', 'en', '__next._tree.txt'));
    write(path.join(app, 'hi.html'), 'page');

    setAsideBuildFiles(root, [path.join(app, 'hi.segments'), path.join(app, 'en.segments'), path.join(root, 'out', 'hi', '__next._tree.txt'), path.join(root, 'out', 'en', '__next._tree.txt')]);
    // Out of the build at once; the page is where it was.
    expect(readdirSync(app)).toEqual(['hi.html']);
    expect(readdirSync(path.join(root, 'out', 'hi'))).toEqual([]);
    const [discarded, ...others] = discardFolders(root);
    expect(others).toEqual([]);
    expect(readdirSync(discarded!)).toHaveLength(5);
    deleteSetAside();
    expect(await gone(discarded!)).toBe(true);
    expect(readFileSync(path.join(app, 'hi.html'), 'utf8')).toBe('page');
  });

  it("leaves a folder that a stopped build's deleter did not finish for the next build to delete", async () => {
    const root = makeTempFolder('previous-build');
    const stopped = `.next-discarded-${await deadPid()}`;
    write(path.join(root, stopped, '0', '_tree.segment.rsc'));
    write(path.join(root, '.next', 'BUILD_ID'));
    await discardAndWait(root, [{ dir: path.join(root, '.next'), keep: KEPT_BY_NEXT }]);
    expect(await gone(path.join(root, stopped))).toBe(true);
    expect(readdirSync(root)).toEqual(['.next']);
  });
});
