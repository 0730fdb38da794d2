import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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

/** Every file under a build folder, as a path from it with a leading slash (`/hi/articles/x.html`). */
export function* walkBuildFiles(dir: string, prefix = ''): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) yield* walkBuildFiles(path.join(dir, entry.name), rel);
    else if (entry.isFile()) yield rel;
  }
}

/**
 * Writes a file the build rewrote after `next build`, and the same file in each
 * folder that holds a byte copy of `dir` (the standalone server's). Next's copy
 * is the same bytes: one of the same size is taken as that and written without
 * being read again; one of another size is rewritten from its own bytes.
 */
export function writeRewrittenBuildFile(dir: string, file: string, before: Buffer, after: Buffer, copies: readonly string[], rewrite: (bytes: Buffer) => Buffer | null): void {
  writeFileSync(path.join(dir, file), after);
  for (const copy of copies) {
    const full = path.join(copy, file);
    const size = statSync(full, { throwIfNoEntry: false })?.size;
    if (size === undefined) continue;
    const copied = size === before.length ? after : rewrite(readFileSync(full));
    if (copied) writeFileSync(full, copied);
  }
}
