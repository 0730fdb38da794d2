import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { readBackendSettings, type BackendSettings } from './backend';
import { buildCmsConfig, loadRegistries } from './config';

/**
 * Everything /admin serves besides its committed index.html, written into
 * public/admin/ (gitignored): Decap CMS's bundle from node_modules, the site's
 * additions to it (lib/cms/admin.ts), the preview stylesheet with the site's
 * own CSS and fonts, and the generated config. Nothing is fetched: all of it
 * comes from this repository and its npm packages.
 */

// Run from the repository root, as every npm script is.
const ROOT = process.cwd();
const DECAP_BUNDLE = 'node_modules/decap-cms/dist/decap-cms.js';
const FONT_FACES = ['node_modules/@fontsource/noto-sans-devanagari/400.css', 'node_modules/@fontsource/noto-sans-devanagari/700.css'];
const SITE_CSS = 'components/styles/global.css';

export interface PrepareOptions {
  /** Where the files go; public/admin for the site. */
  outDir: string;
  /** Folder with articles/ and the registries, as the backend sees it (relative to the repository root it edits). */
  contentFolder: string;
  /** The same folder on this machine, to read the registries from. */
  contentRoot: string;
  backend: BackendSettings;
  /** Only the config: the registries changed, the code did not (`npm run edit` watches them). */
  configOnly?: boolean;
}

/** Copies unless the target is already the same file (same size, not older), so `npm run dev` restarts stay quick. */
function copyIfChanged(from: string, to: string): void {
  const source = statSync(from);
  const target = statSync(to, { throwIfNoEntry: false });
  if (target && target.size === source.size && target.mtimeMs >= source.mtimeMs) return;
  mkdirSync(path.dirname(to), { recursive: true });
  copyFileSync(from, to);
}

/** The Devanagari font faces, pointing at copies under /admin/fonts/. */
function fontFaces(outDir: string): string {
  return FONT_FACES.map((file) => {
    const css = readFileSync(path.join(ROOT, file), 'utf8');
    return css.replace(/url\(\.\/files\/([^)]+)\)/g, (_, name: string) => {
      copyIfChanged(path.join(ROOT, path.dirname(file), 'files', name), path.join(outDir, 'fonts', name));
      return `url(/admin/fonts/${name})`;
    });
  }).join('\n');
}

/**
 * preview.css: the site's own stylesheet for the preview frame. admin.css: the
 * editor's interface keeps Decap's fonts, with the site's Devanagari font after
 * them, so Hindi typed into a field shows on machines without such a font.
 */
function writeStyles(outDir: string): void {
  const faces = fontFaces(outDir);
  const site = readFileSync(path.join(ROOT, SITE_CSS), 'utf8');
  // The preview frame has no site header: give the article the page's padding.
  writeFileSync(path.join(outDir, 'preview.css'), `${faces}\n${site}\nbody { padding: 1rem; }\n`);
  const stack = `-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Ubuntu, Cantarell, "Fira Sans", "Droid Sans", "Helvetica Neue", Arial, "Noto Sans Devanagari", sans-serif`;
  writeFileSync(path.join(outDir, 'admin.css'), `${faces}\nbody, body :not(code, pre, kbd, .CodeMirror, .CodeMirror *) { font-family: ${stack} !important; }\n`);
}

export function writeConfig(options: PrepareOptions): string {
  const config = buildCmsConfig({ registries: loadRegistries(options.contentRoot), backend: options.backend, contentFolder: options.contentFolder });
  const file = path.join(options.outDir, 'config.json');
  mkdirSync(options.outDir, { recursive: true });
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
  return file;
}

export async function prepareAdmin(options: PrepareOptions): Promise<void> {
  writeConfig(options);
  if (options.configOnly) return;
  const bundle = path.join(ROOT, DECAP_BUNDLE);
  if (!existsSync(bundle)) throw new Error(`${DECAP_BUNDLE} is missing — run npm ci (decap-cms is a devDependency)`);
  copyIfChanged(bundle, path.join(options.outDir, 'decap-cms.js'));
  writeStyles(options.outDir);
  await build({
    entryPoints: [path.join(ROOT, 'lib/cms/admin.ts')],
    outfile: path.join(options.outDir, 'cms.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    logLevel: 'warning',
  });
}

/**
 * What `npm run build`, `npm run dev` and `npm run admin:prepare` do: /admin's
 * files in public/admin/ for the content folder they read, with the backend
 * from the environment. The backend edits the repository, so the config names
 * the content folder relative to the working folder.
 */
export async function prepareAdminFor(contentRoot: string, options: { configOnly?: boolean } = {}): Promise<void> {
  const contentFolder = path.relative(process.cwd(), contentRoot).split(path.sep).join('/');
  await prepareAdmin({ outDir: 'public/admin', contentFolder, contentRoot, backend: readBackendSettings(), ...options });
}
