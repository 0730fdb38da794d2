import { parentPort, workerData } from 'node:worker_threads';
import { writeCachedCard } from './card-cache';
import { renderShareImage } from './render-share-image';
import type { ShareCard } from './share-card';

/** Worker thread of draw-cards.ts: draws each card it is sent into the cache and asks for the next. */
const { dir } = workerData as { dir: string };
const port = parentPort!;

port.on('message', (card: ShareCard) => {
  renderShareImage(card)
    .then((png) => {
      writeCachedCard(card, png, dir);
      port.postMessage({});
    })
    .catch((error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error) }));
});
port.postMessage({ ready: true });
