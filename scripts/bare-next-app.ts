import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** This repository's Next, which every benchmark builds the bare baseline with. */
export const NEXT_BIN = path.resolve('node_modules/next/dist/bin/next');

/**
 * The bare Next.js App Router app the benchmarks compare the site with
 * (bench-build, bench-lighthouse, bench-serve), written into `dir`: this
 * repository's node_modules, Next's default config, and the given files
 * (paths relative to `dir`, e.g. `app/page.tsx`).
 */
export function writeBareNextApp(dir: string, name: string, files: Record<string, string>): void {
  mkdirSync(dir, { recursive: true });
  symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'));
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }));
  // As ours: type-checking belongs to the test run, not the build. Turbopack needs the real folder of the symlinked node_modules and the temporary project inside one root.
  writeFileSync(path.join(dir, 'next.config.mjs'), `export default { typescript: { ignoreBuildErrors: true }, turbopack: { root: "/" }, outputFileTracingRoot: "/" };\n`);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
}
