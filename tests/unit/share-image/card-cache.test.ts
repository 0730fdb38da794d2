import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCardCacheKey, getCardCachePath, getCardPng, readCachedCard } from '@/lib/share-image/card-cache';
import { drawMissingCards } from '@/lib/share-image/draw-cards';
import { renderShareImage } from '@/lib/share-image/render-share-image';
import type { ShareCard } from '@/lib/share-image/card';
import { makeTempFolder } from '../support/temp-folder';

const card: ShareCard = { locale: 'hi', siteName: 'व्यापार संवाद', headline: 'कृत्रिम परीक्षण: निर्यात परिषद की बैठक', organisations: ['उदाहरण व्यापारी संघ'], date: '10 मार्च 2024' };
const other: ShareCard = { ...card, headline: 'कृत्रिम परीक्षण: दूसरा शीर्षक' };


describe('share-image cache key', () => {
  it('is the same for an equal card and differs when anything the card shows changes', () => {
    expect(getCardCacheKey({ ...card, organisations: [...card.organisations] })).toBe(getCardCacheKey(card));
    const changes: Partial<ShareCard>[] = [{ headline: `${card.headline}।` }, { organisations: [] }, { organisations: ['नमूना निर्यात परिषद'] }, { date: '11 मार्च 2024' }, { date: undefined }, { locale: 'en' }, { siteName: 'Vyapar Samvad' }];
    const keys = changes.map((change) => getCardCacheKey({ ...card, ...change }));
    expect(new Set([getCardCacheKey(card), ...keys]).size).toBe(changes.length + 1);
  });
});

describe('getCardPng', () => {
  it('draws a card on a miss, keeps it under its key, and reads it back on a hit instead of drawing', async () => {
    const dir = makeTempFolder('cards');
    expect(readCachedCard(card, dir)).toBeUndefined();
    const drawn = await getCardPng(card, dir);
    expect(drawn.subarray(1, 4).toString()).toBe('PNG');
    expect(readFileSync(getCardCachePath(card, dir)).equals(drawn)).toBe(true);
    // Replace the cached bytes: a hit must return them, which drawing again never would.
    writeFileSync(getCardCachePath(card, dir), 'cached bytes');
    expect((await getCardPng(card, dir)).toString()).toBe('cached bytes');
  });
});

describe('drawMissingCards', () => {
  it('draws only the distinct cards the cache lacks', async () => {
    const dir = makeTempFolder('cards');
    writeFileSync(getCardCachePath(card, dir), 'drawn by an earlier build');
    const first = await drawMissingCards([card, other, { ...other }], { dir, threads: 1 });
    expect(first).toMatchObject({ cards: 2, drawn: 1 });
    expect(readFileSync(getCardCachePath(card, dir)).toString()).toBe('drawn by an earlier build');
    expect(existsSync(getCardCachePath(other, dir))).toBe(true);
    expect(await drawMissingCards([card, other], { dir, threads: 1 })).toMatchObject({ cards: 2, drawn: 0 });
  });

  it('deletes the cards this build no longer needs (an edited headline), and nothing being written', async () => {
    const dir = makeTempFolder('cards');
    await drawMissingCards([card, other], { dir, threads: 1 });
    const edited = { ...other, headline: `${other.headline}, edited` };
    writeFileSync(path.join(dir, 'another-build-writing.png.123.tmp'), 'half');
    expect(await drawMissingCards([card, edited], { dir, threads: 1 })).toMatchObject({ cards: 2, drawn: 1, pruned: 1 });
    expect(existsSync(getCardCachePath(other, dir))).toBe(false);
    expect([getCardCachePath(card, dir), getCardCachePath(edited, dir), path.join(dir, 'another-build-writing.png.123.tmp')].every((file) => existsSync(file))).toBe(true);
    expect(readdirSync(dir)).toHaveLength(3);
  });

  it('draws in worker threads exactly what drawing in-process draws', async () => {
    const dir = makeTempFolder('cards');
    const cards = [card, other, { ...card, locale: 'en' as const, headline: 'Synthetic test: council meeting', organisations: ['Example Traders Guild'] }];
    const report = await drawMissingCards(cards, { dir, threads: 2, minCardsPerThread: 1 });
    expect(report).toMatchObject({ cards: 3, drawn: 3, threads: 2 });
    for (const c of cards) expect(readFileSync(getCardCachePath(c, dir)).equals(await renderShareImage(c))).toBe(true);
  }, 60_000);

  it('keeps drawing while the calling thread is busy, as it is when the build compiles the content beside the drawing', async () => {
    const dir = makeTempFolder('cards');
    const cards = [0, 1, 2, 3].map((i) => ({ ...other, headline: `${other.headline} ${i}` }));
    const drawing = drawMissingCards(cards, { dir, threads: 2, minCardsPerThread: 1 });
    // Busy without yielding, as compileSnapshot is: workers that needed this thread to hand them cards would draw none.
    const until = Date.now() + 50_000;
    while (Date.now() < until && !cards.every((c) => existsSync(getCardCachePath(c, dir)))) {
      /* spin */
    }
    expect(cards.filter((c) => existsSync(getCardCachePath(c, dir)))).toHaveLength(cards.length);
    expect(await drawing).toMatchObject({ cards: 4, drawn: 4, threads: 2 });
  }, 60_000);

  it.each([2, 1])('frees each drawn card before the next, so memory does not grow with the number of cards (%i thread(s))', async (threads) => {
    const dir = makeTempFolder('cards');
    const cards = Array.from({ length: 200 }, (_, i) => ({ ...card, headline: `${card.headline} ${i}` }));
    const before = process.memoryUsage.rss();
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
    try {
      expect(await drawMissingCards(cards, { dir, threads, minCardsPerThread: 1 })).toMatchObject({ drawn: 200, threads });
      // Read before this thread's event loop turns again: drawing on this thread, the sampler above only runs when the drawing lets the loop turn.
      peak = Math.max(peak, process.memoryUsage.rss());
    } finally {
      clearInterval(sampler);
    }
    // Measured here while resvg drew the cards (before 3 Dec 2026's evening): drawing added about 110 MB on this thread and 410 MB with
    // two workers (their fonts and renderers; 445 MB at 400 cards);
    // holding each card's native image (~7 MB with resvg's tree) until the end
    // added 1,500 MB on two threads, and 570 MB on this one even after those
    // had already grown the process.
    expect((peak - before) / 2 ** 20).toBeLessThan(200 + 250 * threads);
  }, 120_000);

  it('fails with what went wrong when a worker cannot draw a card, once every worker has stopped', async () => {
    const dir = makeTempFolder('cards');
    const broken = { ...other, locale: 'xx' as 'hi' };
    await expect(drawMissingCards([broken, card], { dir, threads: 2, minCardsPerThread: 1 })).rejects.toThrow(/^drawing a share image failed: /);
    // Settled means every worker has stopped: the one drawing the good card does not write it afterwards.
    const settled = readdirSync(dir);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(readdirSync(dir)).toEqual(settled);
  }, 60_000);
});
