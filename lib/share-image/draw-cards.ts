import { availableParallelism } from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { entriesOf, type RegistryMaps } from '@/lib/content/registry';
import type { Article } from '@/lib/content/schema';
import { locales } from '@/lib/i18n/locales';
import { articleShareImagePath, siteShareImagePath } from '@/lib/routes';
import { deleteCachedCard, drawIntoCache, getCardCacheDir, getCardCacheKey, listCachedCardKeys } from './card-cache';
import type { ShareCard } from './card';
import { getArticleCard, getSiteCard } from './share-card';

/**
 * The build step that draws share images before `next build` (scripts/prepare-build.ts):
 * every card the build will serve that the cache does not hold yet, in
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
  /** Cards in the cache that this build does not need (an edited title's old card, a deleted article's), deleted. */
  pruned: number;
  /** Wall time of the drawing: from the call with workers, which draw beside the caller; on the caller's thread, from when the caller lets it start. */
  milliseconds: number;
}

/** Every share image a build serves, by address: one per language for the site, one per published article. */
export function getBuildCards(visible: readonly Article[], registries: RegistryMaps): { address: string; card: ShareCard }[] {
  return [
    ...locales.map((locale) => ({ address: siteShareImagePath(locale), card: getSiteCard(locale) })),
    ...visible.map((article) => ({ address: articleShareImagePath(article.locale, article.slug), card: getArticleCard(article, entriesOf(registries, 'organisations', article.organisations)) })),
  ];
}

function defaultThreads(): number {
  const configured = Number(process.env.SHARE_IMAGE_THREADS);
  return Number.isInteger(configured) && configured > 0 ? configured : availableParallelism();
}

/** Below this many cards a worker's start-up (tsx, Skia and fonts) costs more than it saves. */
const MIN_CARDS_PER_THREAD = 64;

/**
 * Draws the cards the cache lacks, then deletes the cards it holds that `cards`
 * does not name: without that every edited headline, organisation or date
 * would leave its old card in the folder CI keeps, for years. A card deleted
 * here that another build still wanted is drawn again by its route handler
 * (getCardPng); files still being written (`.tmp`) are left alone.
 */
export async function drawMissingCards(cards: readonly ShareCard[], options: { dir?: string; threads?: number; minCardsPerThread?: number } = {}): Promise<DrawReport> {
  let started = performance.now();
  const dir = options.dir ?? getCardCacheDir();
  const distinct = new Map(cards.map((card) => [getCardCacheKey(card), card]));
  const cached = listCachedCardKeys(dir);
  const missing = [...distinct].filter(([key]) => !cached.has(key)).map(([, card]) => card);
  const threads = Math.min(options.threads ?? defaultThreads(), Math.floor(missing.length / (options.minCardsPerThread ?? MIN_CARDS_PER_THREAD)));
  if (threads <= 1) {
    // On the caller's thread the drawing waits for what the caller runs meanwhile (the build's compile step), so it is timed from when it can start.
    await nextTurn();
    started = performance.now();
    for (const card of missing) await drawIntoCache(card, dir);
  } else {
    const queue: CardQueue = { cards: missing, next: new Int32Array(new SharedArrayBuffer(4)) };
    // Settled, not Promise.all: after a failure the others finish the card in hand, and nothing may write into `dir` once this has returned.
    const workers = await Promise.allSettled(Array.from({ length: threads }, () => drawInWorker(queue, dir)));
    const failed = workers.find((worker) => worker.status === 'rejected');
    if (failed) throw failed.reason;
  }
  const milliseconds = performance.now() - started;
  const unused = [...cached].filter((key) => !distinct.has(key));
  for (const key of unused) deleteCachedCard(key, dir);
  return { cards: distinct.size, drawn: missing.length, threads: Math.max(1, threads), pruned: unused.length, milliseconds };
}

/**
 * The cards to draw, shared by all workers: each takes the next index with an
 * atomic add, so a thread slowed by other load simply draws fewer, and no
 * thread waits for this one. The build compiles the content on this thread
 * while the workers draw (scripts/prepare-build.ts), so they must not depend
 * on it to be handed their next card.
 */
export interface CardQueue {
  cards: readonly ShareCard[];
  /** One Int32 over a SharedArrayBuffer: the index of the next card to take. */
  next: Int32Array;
}

/**
 * One worker drawing from the shared queue until it is empty. The worker is
 * TypeScript: it registers tsx itself, because Node 20 does not run the
 * parent's --import loader before a worker's entry module.
 */
function drawInWorker(queue: CardQueue, dir: string): Promise<void> {
  const entry = new URL('./card-worker.ts', import.meta.url).href;
  // Resolved from the working directory, which is the project folder for every build.
  const worker = new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`, { eval: true, workerData: { dir, queue } });
  return new Promise((resolve, reject) => {
    let failure: Error | undefined;
    worker.on('error', (error) => {
      failure ??= new Error(`drawing a share image failed: ${error.message}`);
    });
    worker.on('exit', (code) => {
      if (failure) {
        // The other workers stop after the card they are drawing.
        Atomics.store(queue.next, 0, queue.cards.length);
        reject(failure);
      } else if (code !== 0) reject(new Error(`a share-image worker stopped (exit code ${code}) before the queue was empty`));
      else resolve();
    });
  });
}
