import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { entriesOf, type RegistryMaps } from '@/lib/content/registry';
import type { Article } from '@/lib/content/schema';
import { locales } from '@/lib/i18n/locales';
import { getCardCacheDir, getCardCacheKey, getCardCachePath, writeCachedCard } from './card-cache';
import { renderShareImage } from './render-share-image';
import { getArticleCard, getSiteCard, type ShareCard } from './share-card';

/**
 * The build step that draws share images before `next build` (scripts/prepare-build.ts):
 * every card the build will prerender that the cache does not hold yet, in
 * worker threads, one per core. Next's own page generation uses one worker on
 * two cores and would draw them one after another; here a rebuild after adding
 * one article pair draws two cards, not every card again.
 */

export interface DrawReport {
  /** Distinct cards the build needs. */
  cards: number;
  /** Of those, drawn now (the rest came from the cache). */
  drawn: number;
  threads: number;
  milliseconds: number;
}

/** Every share image a build prerenders: one per language for the site, one per published article. */
export function getBuildCards(visible: readonly Article[], registries: RegistryMaps): ShareCard[] {
  return [
    ...locales.map((locale) => getSiteCard(locale)),
    ...visible.map((article) => getArticleCard(article, entriesOf(registries, 'organisations', article.organisations))),
  ];
}

function defaultThreads(): number {
  const configured = Number(process.env.SHARE_IMAGE_THREADS);
  return Number.isInteger(configured) && configured > 0 ? configured : availableParallelism();
}

/** Below this many cards a worker's start-up (tsx, satori, resvg and fonts: 1–5 s) costs more than it saves. */
const MIN_CARDS_PER_THREAD = 64;

export async function drawMissingCards(cards: readonly ShareCard[], options: { dir?: string; threads?: number; minCardsPerThread?: number } = {}): Promise<DrawReport> {
  const started = performance.now();
  const dir = options.dir ?? getCardCacheDir();
  const distinct = new Map(cards.map((card) => [getCardCacheKey(card), card]));
  const missing = [...distinct.values()].filter((card) => !existsSync(getCardCachePath(card, dir)));
  const threads = Math.min(options.threads ?? defaultThreads(), Math.floor(missing.length / (options.minCardsPerThread ?? MIN_CARDS_PER_THREAD)));
  if (threads <= 1) {
    for (const card of missing) writeCachedCard(card, await renderShareImage(card), dir);
  } else {
    const queue = [...missing];
    await Promise.all(Array.from({ length: threads }, () => drawInWorker(queue, dir)));
  }
  return { cards: distinct.size, drawn: missing.length, threads: Math.max(1, threads), milliseconds: performance.now() - started };
}

/**
 * One worker taking cards from the shared queue until it is empty, so a thread
 * slowed by other load simply draws fewer. The worker is TypeScript: it
 * registers tsx itself, because Node 20 does not run the parent's --import
 * loader before a worker's entry module.
 */
function drawInWorker(queue: ShareCard[], dir: string): Promise<void> {
  const entry = new URL('./card-worker.ts', import.meta.url).href;
  // Resolved from the working directory, which is the project folder for every build.
  const worker = new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`, { eval: true, workerData: { dir } });
  return new Promise((resolve, reject) => {
    const next = () => {
      const card = queue.shift();
      if (card) worker.postMessage(card);
      else {
        resolve();
        void worker.terminate();
      }
    };
    worker.on('message', (message: { ready?: true; error?: string }) => {
      if (message.error) {
        void worker.terminate();
        reject(new Error(`drawing a share image failed: ${message.error}`));
      } else next();
    });
    worker.on('error', reject);
    // After terminate() this rejects a settled promise, which is a no-op.
    worker.on('exit', (code) => reject(new Error(`a share-image worker stopped (exit code ${code}) before the queue was empty`)));
  });
}
