import { workerData } from 'node:worker_threads';
import { drawIntoCache } from './card-cache';
import type { CardQueue } from './draw-cards';

/**
 * Worker thread of draw-cards.ts: draws cards from the shared queue into the
 * cache until none is left, then exits. A card that cannot be drawn ends the
 * thread with its error, which draw-cards.ts reports.
 */
const { dir, queue } = workerData as { dir: string; queue: CardQueue };

for (let index = Atomics.add(queue.next, 0, 1); index < queue.cards.length; index = Atomics.add(queue.next, 0, 1)) {
  await drawIntoCache(queue.cards[index]!, dir);
}
