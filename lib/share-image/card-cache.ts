import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { PALETTE_PNG_FORMAT } from './palette-png';
import { getCardHash, type ShareCard } from './card';

/**
 * Share images drawn by earlier builds, one PNG per card, named by a hash of
 * everything the card shows, the design version and the versions of what draws
 * it. A build draws only cards it has not drawn before (scripts/prepare-build.ts does
 * that in worker threads before `next build`); a server build links each card
 * into the files it serves (lib/deploy/built-files.ts), and a static export's
 * prerender reads it here. CI keeps this folder between builds (see docs/benchmarks.md); deleting
 * it is always safe: the next build redraws what it needs.
 */
export const SHARE_IMAGE_CACHE_DIR = '.cache/share-images';

export function getCardCacheDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.SHARE_IMAGE_CACHE_DIR || SHARE_IMAGE_CACHE_DIR);
}

/** A new release of the renderer (Skia, in @napi-rs/canvas) or of the font may draw differently, so each is part of the key. */
const RENDERER_PACKAGES = ['@napi-rs/canvas', '@expo-google-fonts/noto-sans-devanagari'];

let rendererVersions: string | undefined;

function getRendererVersions(): string {
  rendererVersions ??= RENDERER_PACKAGES.map((name) => {
    const file = path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', name, 'package.json');
    return `${name}@${(JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version}`;
  }).join(' ');
  return rendererVersions;
}

/** The file name a card is cached under: what it shows, what draws it and how the file is encoded. */
export function getCardCacheKey(card: ShareCard): string {
  return createHash('sha256').update(`${getCardHash(card)} ${getRendererVersions()} ${PALETTE_PNG_FORMAT}`).digest('hex').slice(0, 32);
}

const fileOf = (key: string, dir: string) => path.join(dir, `${key}.png`);

export function getCardCachePath(card: ShareCard, dir = getCardCacheDir()): string {
  return fileOf(getCardCacheKey(card), dir);
}

/** The keys of the cards the cache holds, from one listing of its folder (files still being written are not cards yet). */
export function listCachedCardKeys(dir = getCardCacheDir()): Set<string> {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return new Set();
  }
  return new Set(names.filter((name) => name.endsWith('.png')).map((name) => name.slice(0, -'.png'.length)));
}

export function deleteCachedCard(key: string, dir = getCardCacheDir()): void {
  rmSync(fileOf(key, dir), { force: true });
}

export function readCachedCard(card: ShareCard, dir = getCardCacheDir()): Buffer | undefined {
  try {
    return readFileSync(getCardCachePath(card, dir));
  } catch {
    return undefined;
  }
}

/** Written under a temporary name first, so a parallel build never reads half a PNG. */
export function writeCachedCard(card: ShareCard, png: Uint8Array, dir = getCardCacheDir()): void {
  mkdirSync(dir, { recursive: true });
  const file = getCardCachePath(card, dir);
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, png);
  renameSync(temporary, file);
}

let renderer: Promise<typeof import('./render-share-image')> | undefined;

/** Loaded on first use only: a static export's prerender workers find every card scripts/prepare-build.ts drew, and would otherwise each load Skia and the fonts. */
function loadRenderer(): Promise<typeof import('./render-share-image')> {
  renderer ??= import('./render-share-image');
  return renderer;
}

/**
 * Draws a card into the cache for a build (draw-cards.ts and its workers).
 * Then it lets the event loop turn: native memory handed to JavaScript (the
 * canvas's copy of the pixels) is freed by N-API finalizers, which Node runs
 * from the event loop, not during garbage collection, so a loop that only
 * awaits promises never reaches them. With resvg, which drew the cards until
 * 3 Dec 2026, each card held about 7 MB until the loop ended (3 GB at 400 cards).
 */
export async function drawIntoCache(card: ShareCard, dir: string): Promise<void> {
  const { renderShareImage } = await loadRenderer();
  writeCachedCard(card, await renderShareImage(card), dir);
  await nextTurn();
}

/** The card from the cache, or drawn now and kept (the development server, or `next build` run without scripts/build.ts). */
export async function getCardPng(card: ShareCard, dir = getCardCacheDir()): Promise<Buffer> {
  const cached = readCachedCard(card, dir);
  if (cached) return cached;
  const { renderShareImage } = await loadRenderer();
  const png = await renderShareImage(card);
  try {
    writeCachedCard(card, png, dir);
  } catch {
    // A read-only folder only costs the next build a redraw.
  }
  return png;
}

/** The HTTP answer for a share image where the route draws it: a static export's prerender (which reads a card scripts/prepare-build.ts drew) and the development server. */
export async function getPngResponse(card: ShareCard): Promise<Response> {
  const png = await getCardPng(card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png', 'Content-Length': String(png.length) } });
}
