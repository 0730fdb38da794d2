import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './support/browser';

const real = inject('realUrl');
const slug = 'china-belarus-leather-cooperation';
const browser = useBrowser();

describe('index pages', () => {
  it.each([
    ['hi', 'ताज़ा घोषणाएँ', '25 सितंबर 2023', 'चाइना लेदर एसोसिएशन'],
    ['en', 'Latest announcements', '25 September 2023', 'China Leather Association'],
  ])('/%s lists the seed article with its date and organisations', async (locale, heading, date, organisation) => {
    const { page, errors } = await openPage(browser());
    const response = await page.goto(`${real}/${locale}`);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    expect(await page.textContent('h1')).toBe(heading.normalize('NFC'));
    const card = page.locator('.card').first();
    expect(await card.locator('time').textContent()).toBe(date);
    expect(await card.locator('time').getAttribute('datetime')).toBe('2023-09-25');
    expect(await card.locator('.organisations').textContent()).toContain(organisation);
    expect(await card.locator('.card-title a').getAttribute('href')).toBe(`/${locale}/articles/${slug}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('article pages', () => {
  it.each([
    ['hi', '25 सितंबर 2023', 'ली युज़ोंग', 'बेलारूसी नेशनल लाइट इंडस्ट्री कंसर्न'],
    ['en', '25 September 2023', 'Li Yuzhong', 'Belarusian National Light Industry Concern'],
  ])('/%s/articles/… shows headline, post time, organisations and body', async (locale, date, person, organisation) => {
    const { page, errors } = await openPage(browser());
    const response = await page.goto(`${real}/${locale}/articles/${slug}`);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    expect((await page.textContent('h1'))?.length).toBeGreaterThan(10);
    expect(await page.locator('.article-meta time').first().textContent()).toBe(date);
    expect(await page.locator('.article-meta time').first().getAttribute('datetime')).toBe('2023-09-25');
    expect(await page.locator('.article-meta .organisations').textContent()).toContain(organisation);
    expect(await page.locator('.prose').textContent()).toContain(person.normalize('NFC'));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('loads the self-hosted Devanagari font and renders Hindi with it', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${real}/hi/articles/${slug}`);
    await page.evaluate(() => document.fonts.ready);
    const fonts = await page.evaluate(() =>
      [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family} ${f.unicodeRange}`),
    );
    expect(fonts.some((f) => f.includes('Noto Sans Devanagari') && /U\+0?900-/i.test(f))).toBe(true);
    const family = await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).fontFamily);
    expect(family).toMatch(/^"?Noto Sans Devanagari/);
    await page.context().close();
  });

  it('fits a 360 px phone without sideways scrolling', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 360, height: 740 } });
    for (const path of ['/hi', `/hi/articles/${slug}`, `/en/articles/${slug}`, '/hi/organisations', '/hi/organisations/belarus-light-industry-concern', '/hi/tags', '/hi/search?q=चमड़ा', '/en/xyz']) {
      await page.goto(`${real}${path}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
    }
    await page.context().close();
  });
});

describe('language switcher', () => {
  it('goes to the same article in the other language and back', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${real}/hi/articles/${slug}`);
    await page.click('.switcher a[hreflang="en"]');
    await page.waitForURL(`${real}/en/articles/${slug}`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.click('.switcher a[hreflang="hi"]');
    await page.waitForURL(`${real}/hi/articles/${slug}`);
    expect(await page.getAttribute('html', 'lang')).toBe('hi');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('remembers the chosen language in a cookie', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${real}/hi`);
    await page.click('.switcher a[hreflang="en"]');
    await page.waitForURL(`${real}/en`);
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === 'locale')?.value).toBe('en');
    await page.context().close();
  });
});
