import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getCardCacheKey, getCardCachePath, getCardPng, readCachedCard } from '@/lib/share-image/card-cache';
import { drawMissingCards } from '@/lib/share-image/draw-cards';
import { renderShareImage } from '@/lib/share-image/render-share-image';
import type { ShareCard } from '@/lib/share-image/share-card';

const card: ShareCard = { locale: 'hi', siteName: 'व्यापार संवाद', headline: 'कृत्रिम परीक्षण: निर्यात परिषद की बैठक', organisations: ['उदाहरण व्यापारी संघ'], date: '10 मार्च 2024' };
const other: ShareCard = { ...card, headline: 'कृत्रिम परीक्षण: दूसरा शीर्षक' };

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'vyapar-cards-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

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
    const dir = tempDir();
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
    const dir = tempDir();
    writeFileSync(getCardCachePath(card, dir), 'drawn by an earlier build');
    const first = await drawMissingCards([card, other, { ...other }], { dir, threads: 1 });
    expect(first).toMatchObject({ cards: 2, drawn: 1 });
    expect(readFileSync(getCardCachePath(card, dir)).toString()).toBe('drawn by an earlier build');
    expect(existsSync(getCardCachePath(other, dir))).toBe(true);
    expect(await drawMissingCards([card, other], { dir, threads: 1 })).toMatchObject({ cards: 2, drawn: 0 });
  });

  it('draws in worker threads exactly what drawing in-process draws', async () => {
    const dir = tempDir();
    const cards = [card, other, { ...card, locale: 'en' as const, headline: 'Synthetic test: council meeting', organisations: ['Example Traders Guild'] }];
    const report = await drawMissingCards(cards, { dir, threads: 2, minCardsPerThread: 1 });
    expect(report).toMatchObject({ cards: 3, drawn: 3, threads: 2 });
    for (const c of cards) expect(readFileSync(getCardCachePath(c, dir)).equals(await renderShareImage(c))).toBe(true);
  }, 60_000);
});
