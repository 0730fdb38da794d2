import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { SAVED_AT_HEADER, offlineCaches } from '@/lib/offline/offline-policy';
import { openPage, useBrowser } from './support/browser';

// Offline reading (lib/offline/service-worker.ts) on the fixture site, never the real articles, as
// `next start` and the standalone server serve it. Chromium counts http://127.0.0.1 as a secure context.
const sites: [server: string, url: string][] = [
  ['next start', inject('fixtureUrl')],
  ['the standalone server', inject('standaloneUrl')],
  ...(inject('staticUrl') ? [['the static export', inject('staticUrl')] as [string, string]] : []),
];
const browser = useBrowser();

// tests/fixtures/site: synthetic-kaal.hi.md is opened by address, synthetic-kal.hi.md never.
const opened = { path: '/hi/articles/synthetic-kaal', headline: 'संकट का काल बीता', body: 'वह काल कठिन था' };
const neverOpened = '/hi/articles/synthetic-kal';

/** Every address in every cache of the page's origin, as path and query. */
async function cachedAddresses(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const addresses: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) addresses.push(`${new URL(request.url).pathname}${new URL(request.url).search}`);
    }
    return addresses;
  });
}

/** The worker saves a page after answering it; wait until it is in the pages cache. */
async function waitUntilSaved(page: Page, path: string): Promise<void> {
  await page.waitForFunction(async ({ name, path }) => (await (await caches.open(name)).match(path)) !== undefined, { name: offlineCaches.pages, path }, { polling: 100, timeout: 15_000 });
}

/**
 * Empties the browser's HTTP cache (not the worker's caches): pages are sent
 * with max-age=300 (PAGE_CACHE_CONTROL), so without this an offline reload could
 * be answered by the HTTP cache and prove nothing about the worker.
 */
async function clearHttpCache(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send('Network.clearBrowserCache');
  await session.detach();
}

async function headline(page: Page): Promise<string | null> {
  return page.locator('h1').textContent();
}

describe.each(sites)('offline reading with %s', (_, site) => {
  it('keeps opened articles readable offline, lists them on the offline page, and never serves a stale page online', async () => {
    // A Hindi reader: `/` sends them to /hi.
    const { page } = await openPage(browser(), { locale: 'hi-IN' });
    const context = page.context();

    // The Hindi home registers the worker, which precaches the shell and saves the home being viewed.
    expect((await page.goto(`${site}/hi`))?.status()).toBe(200);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(`${site}/`);
    await waitUntilSaved(page, '/hi');

    // A link followed inside the app (Next's router fetches only the page's data): the page asks the worker to save it.
    const card = page.locator('.card .card-title a').first();
    const followed = { path: (await card.getAttribute('href'))!, headline: (await card.textContent())! };
    await card.click();
    await page.waitForURL(`${site}${followed.path}`);
    await waitUntilSaved(page, followed.path);

    // An article opened by its address, and a picture of the site shown while online.
    expect((await page.goto(`${site}${opened.path}`))?.status()).toBe(200);
    await waitUntilSaved(page, opened.path);
    const pictureLoads = (src: string) =>
      page.evaluate((src) => new Promise<boolean>((resolve) => Object.assign(new Image(), { onload: () => resolve(true), onerror: () => resolve(false), src })), src);
    expect(await pictureLoads('/hi/share-image.png')).toBe(true);

    // Neither the language choice nor a missing page is ever kept.
    expect((await page.goto(`${site}/`))?.url()).toBe(`${site}/hi`);
    expect((await page.goto(`${site}/hi/articles/synthetic-no-such-article`))?.status()).toBe(404);

    await clearHttpCache(page);
    await context.setOffline(true);

    // The opened article, from the worker: headline, body, styles and the Devanagari font.
    await page.goto(`${site}${opened.path}`);
    expect(await headline(page)).toBe(opened.headline);
    expect(await page.locator('.prose').textContent()).toContain(opened.body);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Noto Sans Devanagari');
    await page.evaluate(() => document.fonts.ready);
    const fonts = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family} ${f.unicodeRange}`));
    expect(fonts.some((f) => f.includes('Noto Sans Devanagari') && /U\+0?901-/i.test(f))).toBe(true);
    expect(await pictureLoads('/hi/share-image.png')).toBe(true);
    await page.reload();
    expect(await headline(page)).toBe(opened.headline);

    // The article followed by a link, and the home.
    await page.goto(`${site}${followed.path}`);
    expect(await headline(page)).toBe(followed.headline);
    await page.goto(`${site}/hi`);
    expect(await headline(page)).toBe('ताज़ा घोषणाएँ');

    // An article never opened: the Hindi offline page at its address, listing the saved articles newest first, by
    // the stamp the worker put on each copy. The worker's stamps are checked, then restamped here, newest put first,
    // so a list that merely reverses the cache's order fails, and the order no longer rests on timing (under CI load
    // the page followed by link was once saved again after the one opened by address; cause not confirmed).
    const stampsSet = await page.evaluate(
      async ({ name, header, newerFirst }) => {
        const cache = await caches.open(name);
        const now = Date.now();
        for (const [index, path] of newerFirst.entries()) {
          const copy = await cache.match(path);
          if (!copy || !(Number(copy.headers.get(header)) > 0)) return false;
          const headers = new Headers(copy.headers);
          headers.set(header, String(now - index * 60_000));
          await cache.put(path, new Response(await copy.text(), { status: copy.status, headers }));
        }
        return true;
      },
      { name: offlineCaches.pages, header: SAVED_AT_HEADER, newerFirst: [followed.path, opened.path] },
    );
    expect(stampsSet).toBe(true);
    await page.goto(`${site}${neverOpened}`);
    expect(page.url()).toBe(`${site}${neverOpened}`);
    expect(await headline(page)).toBe('आप ऑफ़लाइन हैं');
    const saved = page.locator('.saved-articles li a');
    await saved.first().waitFor();
    expect(await saved.evaluateAll((links) => links.map((a) => [a.getAttribute('href'), a.textContent]))).toEqual([
      [followed.path, followed.headline],
      [opened.path, opened.headline],
    ]);
    // …which opens offline.
    await saved.first().click();
    await page.waitForURL(`${site}${followed.path}`);
    expect(await headline(page)).toBe(followed.headline);

    // An English page gets the English offline page; an address outside a language, the default (Hindi) one.
    await page.goto(`${site}/en/articles/synthetic-export-outlook`);
    expect(await headline(page)).toBe('You are offline');
    await page.goto(`${site}/`);
    expect(await headline(page)).toBe('आप ऑफ़लाइन हैं');

    const addresses = await cachedAddresses(page);
    expect(addresses).toContain(opened.path);
    expect(addresses).not.toContain('/');
    expect(addresses.filter((a) => a.includes('synthetic-no-such-article'))).toEqual([]);
    expect(addresses.filter((a) => a.startsWith(neverOpened))).toEqual([]);

    // Back online, the network answers first: a saved copy that differs from the live page is replaced, never shown.
    await page.evaluate(
      async ({ name, path }) => {
        const cache = await caches.open(name);
        await cache.put(path, new Response('<!DOCTYPE html><html lang="hi"><body><h1>पुरानी सहेजी प्रति</h1></body></html>', { headers: { 'content-type': 'text/html; charset=utf-8' } }));
      },
      { name: offlineCaches.pages, path: opened.path },
    );
    await context.setOffline(false);
    await page.goto(`${site}${opened.path}`);
    expect(await headline(page)).toBe(opened.headline);
    await page.waitForFunction(
      async ({ name, path, headline }) => (await (await (await caches.open(name)).match(path))?.text())?.includes(headline) ?? false,
      { name: offlineCaches.pages, path: opened.path, headline: opened.headline },
      { polling: 100, timeout: 15_000 },
    );
    await context.close();
  });
});
