import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser, waitForHydration } from './support/browser';

const fixture = inject('fixtureUrl');
const browser = useBrowser();

const resultTitles = (page: Page) => page.locator('.search-result h2').allTextContents();

/** Opens a shared search link and waits for the whole answer: the count (or "nothing found") and the list, no longer busy. */
async function openSearch(page: Page, locale: string, query: string) {
  await page.goto(`${fixture}/${locale}/search?q=${encodeURIComponent(query)}`);
  await page.locator('.search-status').filter({ hasText: /\S/ }).waitFor();
  await page.waitForFunction(() => !/…$/.test(document.querySelector('.search-status')?.textContent ?? '') && !document.querySelector('.search-results[aria-busy="true"]'));
}

/** Holds every request matching `pattern` until the function it returns is called. */
async function holdRequests(page: Page, pattern: string): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

describe('search', () => {
  it('works from a shared ?q= link, finding a nukta word typed the other way, with title, date and highlighted summary', async () => {
    const { page, errors } = await openPage(browser());
    // The article's file has precomposed ज़ (U+095B); the link uses ज + nukta.
    await openSearch(page, 'hi', '\u091C\u093Cरूरी');
    expect(await page.inputValue('#search-query')).toBe('\u091C\u093Cरूरी');
    const result = page.locator('.search-result');
    expect(await result.count()).toBe(1);
    expect(await result.locator('h2 a').getAttribute('href')).toBe('/hi/articles/synthetic-nukta-precomposed');
    expect((await result.locator('h2 mark').textContent())?.normalize('NFD')).toBe('\u091C\u093Cरूरी');
    expect((await result.locator('time').textContent())?.normalize('NFC')).toBe('20 फ़रवरी 2024'.normalize('NFC'));
    expect(await result.locator('time').getAttribute('datetime')).toBe('2024-02-20');
    expect(await result.locator('.card-summary').textContent()).toContain('कृत्रिम लेख');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('finds an article typed with decomposed nukta from a query typed precomposed, and updates the URL as the reader types', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${fixture}/hi/search`);
    await waitForHydration(page);
    await page.locator('#search-query').pressSequentially('\u095Eैक्टरी');
    await page.locator('.search-result').first().waitFor();
    expect(await resultTitles(page)).toEqual(['कारखानों की नई सूची']);
    expect(new URL(page.url()).searchParams.get('q')).toBe('\u095Eैक्टरी');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  // The page's scripts start only after its first paint (lib/deploy/scripts-after-paint.ts): a reader on a slow line may type first.
  it('searches what the reader typed before the page\'s scripts ran, over the query in the address', async () => {
    const { page, errors } = await openPage(browser());
    const release = await holdRequests(page, '**/_next/static/**/*.js');
    await page.goto(`${fixture}/hi/search?q=${encodeURIComponent('कल')}`, { waitUntil: 'domcontentloaded' });
    await page.locator('#search-query').fill('\u095Eैक्टरी');
    release();
    await page.locator('.search-result').first().waitFor();
    expect(await resultTitles(page)).toEqual(['कारखानों की नई सूची']);
    expect(new URL(page.url()).searchParams.get('q')).toBe('\u095Eैक्टरी');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps कल and काल apart and ranks a title match above a newer body match', async () => {
    const { page } = await openPage(browser());
    await openSearch(page, 'hi', 'कल');
    expect(await resultTitles(page)).toEqual(['कल होने वाली बैठक']);
    await openSearch(page, 'hi', 'काल');
    expect(await resultTitles(page)).toEqual(['संकट का काल बीता']);
    await openSearch(page, 'hi', 'बैठक');
    expect(await resultTitles(page)).toEqual(['कल होने वाली बैठक', 'कारखानों की नई सूची']);
    await page.context().close();
  });

  it('finds an article by another form of the word: जूता finds the one that says जूते and जूतों', async () => {
    const { page, errors } = await openPage(browser());
    await openSearch(page, 'hi', 'जूता');
    expect(await resultTitles(page)).toEqual(['केवल हिन्दी में कृत्रिम लेख']);
    await openSearch(page, 'hi', 'जूतों');
    expect(await resultTitles(page)).toEqual(['केवल हिन्दी में कृत्रिम लेख']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says how many articles were found before their text arrives, then lists them, title matches first', async () => {
    const { page, errors } = await openPage(browser());
    const release = await holdRequests(page, '**/hi/search-index/results/*.json');
    await page.goto(`${fixture}/hi/search?q=${encodeURIComponent('कृत्रिम')}`);
    await page.locator('.search-status').filter({ hasText: 'मिले लेख: 6' }).waitFor();
    expect(await page.locator('.search-results').getAttribute('aria-busy')).toBe('true');
    expect(await page.locator('.search-result').count()).toBe(0);
    release();
    await page.locator('.search-results[aria-busy="false"]').waitFor();
    const titles = await resultTitles(page);
    expect(titles).toHaveLength(6);
    expect(titles.slice(0, 2).sort()).toEqual(['केवल हिन्दी में कृत्रिम लेख', 'परीक्षण मेला: कृत्रिम लेख का हिन्दी संस्करण']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('finds nothing from drafts or scheduled posts', async () => {
    const { page } = await openPage(browser());
    for (const [locale, query] of [['hi', 'गुप्तवार्ता'], ['hi', 'भविष्यवाणी'], ['en', 'never published'], ['en', 'far future']]) {
      await openSearch(page, locale!, query!);
      expect(await page.locator('.search-result').count(), query).toBe(0);
      expect(await page.textContent('.search-status'), query).toMatch(locale === 'hi' ? /कोई लेख नहीं मिला/ : /No articles match/);
    }
    await page.context().close();
  });

  it('searches in English too, completing a word from its start and finding other forms of it', async () => {
    const { page } = await openPage(browser());
    await openSearch(page, 'en', 'expo');
    expect(await resultTitles(page)).toContain('Synthetic export outlook for the coming season');
    expect(await page.locator('.search-result mark').first().textContent()).toMatch(/^export/i);
    // The title says "export"; the other two are filed under the topic "Exports", which ranks lower.
    await openSearch(page, 'en', 'exported');
    expect(await resultTitles(page)).toEqual(['Synthetic export outlook for the coming season', 'Synthetic trade figures for the last quarter', 'Test fair: the English version of a synthetic article']);
    expect(await page.locator('.search-result h2 mark').allTextContents()).toEqual(['export']);
    await page.context().close();
  });

  it('downloads nothing of the index until a query runs, then only its words’ shard and the records of the results shown', async () => {
    const { page } = await openPage(browser());
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/search-index/')) fetched.push(new URL(request.url()).pathname);
    });
    await page.goto(`${fixture}/hi`);
    await page.goto(`${fixture}/hi/search`);
    await page.locator('#search-query').focus();
    await page.waitForLoadState('networkidle');
    expect(fetched).toEqual([]);
    await page.locator('#search-query').fill('कल');
    await page.locator('#search-query').press('Enter');
    await page.locator('.search-result').first().waitFor();
    expect(fetched.filter((p) => p.startsWith('/hi/search-index/words/'))).toHaveLength(1);
    expect(fetched.filter((p) => p.startsWith('/hi/search-index/results/'))).toHaveLength(1);
    expect(fetched).toHaveLength(2);
    for (const path of fetched) expect((await page.request.get(`${fixture}${path}`)).headers()['content-type']).toMatch(/^application\/json/);
    expect((await page.request.get(`${fixture}/hi/search-index/words/99999.json`)).status()).toBe(404);
    await page.context().close();
  });

  it('the header form works before JavaScript, putting the query in the URL', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${fixture}/hi/articles/synthetic-kal`);
    await page.fill('.header-search input[name="q"]', 'काल');
    await page.click('.header-search button');
    await page.waitForURL(/\/hi\/search\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('काल');
    expect(await page.textContent('noscript')).toContain('JavaScript');
    await context.close();
  });
});
