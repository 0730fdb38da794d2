import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PAGE_CACHE_CONTROL } from '@/lib/security/headers';
import { getSnapshotDir, linkOrCopy, writeFolder, type FolderFile } from './build-folders';

/**
 * Files a Node server build answers as they are: the share images and the
 * search index files. Each is bytes the build already has (a card in the
 * cache, a text of the compiled index), yet prerendering one through Next
 * cost about 2.2 ms of build (measured at 3,000 article pages, where there
 * are about 6,000 of them: some 13 s of every build, cold or not). So
 * scripts/prepare-build.ts writes them into one folder by address, and their
 * route handlers read them when asked. A static export has no server: there
 * Next still prerenders them into the export. The development server draws
 * and indexes on request, as before.
 */

/** Where the server finds them: beside the snapshot, and at the same place in the standalone folder (scripts/build.ts links them there, linkBuiltFiles). */
export function getBuiltFilesDir(): string {
  // next.config.ts writes the build's dist folder into its server code, so a standalone server started without NEXT_DIST_DIR still finds its own.
  return path.join(/*turbopackIgnore: true*/ getSnapshotDir(process.env.VYAPAR_DIST_DIR), 'files');
}

/** One file to serve: its address and either its text or a file to link (a card in the cache, linked rather than copied). */
export type BuiltFile = { address: string; text: string } | { address: string; linkTo: string };

/** The file's place under `dir`; an address is an absolute path whose segments are names, never `.` or `..`. */
function fileOf(dir: string, address: string): string | undefined {
  const segments = address.split('/').slice(1);
  if (!address.startsWith('/') || !segments.every((segment) => /^[\p{L}\p{N}_-][\p{L}\p{N}_.-]*$/u.test(segment))) return undefined;
  return path.join(/*turbopackIgnore: true*/ dir, ...segments);
}

/**
 * Makes the folder hold exactly `files`: an address no longer built (a deleted
 * article's image) must not stay servable. A card is hard-linked from the
 * cache, so the next build pruning the cache leaves this build's copy whole.
 * Only what changed is written (writeFolder).
 */
export function writeBuiltFiles(dir: string, files: Iterable<BuiltFile>): void {
  const entries: FolderFile[] = [];
  for (const file of files) {
    if (!fileOf(dir, file.address)) throw new Error(`${file.address} is not an address the build can serve as a file`);
    entries.push('text' in file ? { file: file.address, text: file.text } : { file: file.address, linkTo: file.linkTo });
  }
  writeFolder(dir, entries);
}

/**
 * The folder's files into `to` (the standalone folder's place for them), as
 * hard links: 0.2–0.5 s for the 6,151 files of 3,000 article pages, against
 * 1.0–2.5 s to copy them. The next build writes new files rather than
 * changing these, so the two folders never see each other's changes.
 */
export function linkBuiltFiles(to: string, from = getBuiltFilesDir()): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const [source, target] = [path.join(from, entry.name), path.join(to, entry.name)];
    if (entry.isDirectory()) linkBuiltFiles(target, source);
    else linkOrCopy(source, target);
  }
}

/**
 * True in a Node server built by `npm run build`; false in the development
 * server and while a static export is prerendered (each computes the file
 * instead). The routes then export no `generateStaticParams` at all: with one,
 * even one returning `[]`, Next 16.4.6 treats an unlisted address as a static
 * page to render on first request, and `connection()` there is a 500
 * ("Dynamic server usage"), as tried.
 */
export function servesBuiltFiles(): boolean {
  // Production, as for readsSnapshot (lib/content/site-content.ts), which this module does not import: the build's steps load it without the content code.
  return process.env.NODE_ENV === 'production' && process.env.NEXT_OUTPUT !== 'export';
}

const CONTENT_TYPES: Record<string, string> = { '.png': 'image/png', '.json': 'application/json; charset=utf-8' };

let missingFolderReported = false;

/**
 * A route handler's answer in a Node server: marked dynamic (connection()),
 * so Next neither prerenders the route nor keeps the answer in its own cache.
 */
export async function serveBuiltFile(request: Request, address: string): Promise<Response> {
  // Loaded here: the build's own steps import this module too, and next/server costs them about 80 ms to load.
  const { connection } = await import('next/server');
  await connection();
  return builtFileResponse(request, address);
}

/** The answer for `address` from the built files: 404 for any address the build did not write. */
export function builtFileResponse(request: Request, address: string, dir = getBuiltFilesDir()): Response {
  const file = fileOf(dir, address);
  const type = CONTENT_TYPES[path.extname(address)];
  let body: Buffer | undefined;
  try {
    if (file && type) body = readFileSync(/*turbopackIgnore: true*/ file);
  } catch {
    if (!missingFolderReported && !existsSync(dir)) {
      missingFolderReported = true;
      console.error(`${dir} does not exist, so no share image or search index file can be served: run npm run build, and copy the whole standalone folder (docs/deploy.md).`);
    }
  }
  if (!body) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  // A crawler that saw the image before (a share preview is fetched again and again) gets a 304 instead of the bytes.
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
  const headers = { ETag: etag, 'Cache-Control': PAGE_CACHE_CONTROL };
  if (request.headers.get('if-none-match')?.split(/\s*,\s*/).some((tag) => tag.replace(/^W\//, '') === etag || tag === '*')) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(body), { headers: { ...headers, 'Content-Type': type!, 'Content-Length': String(body.length) } });
}
