import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './support/browser';
import { readHead } from './support/read-head';
import { builtOrigin } from './support/site-origin';

// The fixture site's translation pair: its articles never change under the tests.
const fixture = inject('fixtureUrl');
const origin = builtOrigin;
const slug = 'synthetic-fair-pair';
const browser = useBrowser();

describe('link previews', () => {
  it.each([
    ['hi', 'hi_IN', 'en_IN'],
    ['en', 'en_IN', 'hi_IN'],
  ])('/%s/articles/… carries absolute canonical, hreflang, feed and Open Graph tags in its language', async (locale, ogLocale, other) => {
    const { page } = await openPage(browser());
    await page.goto(`${fixture}/${locale}/articles/${slug}`);
    const head = await readHead(page);
    const own = `${origin}/${locale}/articles/${slug}`;
    expect(head.canonical).toBe(own);
    expect(head.hreflang).toEqual([
      ['hi', `${origin}/hi/articles/${slug}`],
      ['en', `${origin}/en/articles/${slug}`],
      ['x-default', `${origin}/hi/articles/${slug}`],
    ]);
    expect(head.feeds).toEqual([['application/rss+xml', `${origin}/${locale}/feed.xml`]]);
    expect(head.og).toMatchObject({ 'og:type': 'article', 'og:url': own, 'og:locale': ogLocale, 'og:image:width': '1200', 'og:image:height': '630', 'article:published_time': '2024-03-10T18:30:00+05:30', 'twitter:card': 'summary_large_image' });
    expect(head.ogLocaleAlternates).toEqual([other]);
    expect(head.og['og:title']).toBe(await page.textContent('h1'));
    expect(head.og['og:description']).toBe(head.description);
    expect(head.og['og:image']).toMatch(new RegExp(`^${origin}/${locale}/articles/${slug}/share-image\\.png\\?v=[0-9a-f]+$`));
    expect(head.og['og:image:alt']?.length).toBeGreaterThan(10);
    await page.context().close();
  });

  it('the share image is a 1200×630 PNG under 300 KB', async () => {
    for (const locale of ['hi', 'en']) {
      const response = await fetch(`${fixture}/${locale}/articles/${slug}/share-image.png?v=any`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.length).toBeLessThan(300 * 1024);
      const { width, height } = PNG.sync.read(bytes);
      expect([width, height]).toEqual([1200, 630]);
    }
    expect((await fetch(`${fixture}/hi/articles/no-such-article/share-image.png`)).status).toBe(404);
  });

  it('the home pages use the site image, which exists in each language', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${fixture}/en`);
    const head = await readHead(page);
    expect(head.canonical).toBe(`${origin}/en`);
    expect(head.og['og:image']).toMatch(new RegExp(`^${origin}/en/share-image\\.png\\?v=`));
    const image = await fetch(`${fixture}/en/share-image.png`);
    expect(PNG.sync.read(Buffer.from(await image.arrayBuffer())).width).toBe(1200);
    await page.context().close();
  });
});

describe('share controls', () => {
  it('offer plain links in the page language and load nothing from other sites', async () => {
    const { page, errors } = await openPage(browser());
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(fixture) && !request.url().startsWith('data:')) foreign.push(request.url());
    });
    await page.goto(`${fixture}/hi/articles/${slug}`);
    await page.waitForLoadState('networkidle');
    expect(await page.textContent('.share h2')).toBe('यह लेख साझा करें');
    const whatsapp = new URL((await page.getAttribute('.share a[data-network="whatsapp"]', 'href')) ?? '');
    expect(whatsapp.origin).toBe('https://wa.me');
    expect(whatsapp.searchParams.get('text')).toContain(`${origin}/hi/articles/${slug}`);
    expect(whatsapp.searchParams.get('text')).toContain('पर पढ़ें');
    expect(await page.getAttribute('.share a[data-network="whatsapp"]', 'aria-label')).toBe('WhatsApp पर साझा करें');
    for (const network of ['x', 'linkedin', 'facebook', 'email']) expect(await page.locator(`.share a[data-network="${network}"]`).count()).toBe(1);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('copy-link puts the canonical address on the clipboard and says so', async () => {
    const { page, errors } = await openPage(browser());
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: fixture });
    await page.goto(`${fixture}/en/articles/${slug}`);
    await page.click('.share button:has-text("Copy link")');
    await expectText(page, '.share-status', 'Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}/en/articles/${slug}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('copy-link shows the selected address when the clipboard refuses', async () => {
    const { page } = await openPage(browser());
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await page.goto(`${fixture}/hi/articles/${slug}`);
    await page.click('.share button:has-text("लिंक कॉपी करें")');
    await expectText(page, '.share-status', 'अपने-आप कॉपी नहीं हो सका');
    expect(await page.inputValue('.share-field input')).toBe(`${origin}/hi/articles/${slug}`);
    await page.context().close();
  });

  it('native share appears only where the browser has it, and shares the canonical address', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${fixture}/hi/articles/${slug}`);
    await page.locator('.share button').first().waitFor();
    const hasShare = await page.evaluate(() => typeof navigator.share === 'function');
    expect(await page.locator('.share button:has-text("साझा करें…")').count()).toBe(hasShare ? 1 : 0);

    await page.addInitScript(() => {
      const share = (data: ShareData) => (Reflect.set(window, 'shared', data), Promise.resolve());
      Object.defineProperty(navigator, 'share', { value: share });
    });
    await page.reload();
    await page.click('.share button:has-text("साझा करें…")');
    const shared: ShareData = await page.evaluate(() => Reflect.get(window, 'shared'));
    expect(shared.url).toBe(`${origin}/hi/articles/${slug}`);
    expect(shared.text).toContain('व्यापार संवाद');
    await page.context().close();
  });
});

async function expectText(page: Page, selector: string, text: string) {
  await page.locator(selector, { hasText: text }).waitFor({ timeout: 5000 });
}
