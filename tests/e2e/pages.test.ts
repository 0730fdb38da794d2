import { describe, expect, inject, it } from 'vitest';
import { LOCALE_COOKIE } from '@/lib/i18n/negotiate-locale';
import { openPage, useBrowser } from './support/browser';

// Content checks run on the fixture site (tests/fixtures/site), whose articles never change under the
// tests; the real site, which editors add to every week, only has to build and answer.
const real = inject('realUrl');
const fixture = inject('fixtureUrl');
const browser = useBrowser();

describe('index pages', () => {
  it.each([
    // The newest published article in each language: a date-time with its offset in Hindi, a calendar day in English.
    ['hi', 'ताज़ा घोषणाएँ', 'synthetic-fair-pair', '10 मार्च 2024, 18:30 (UTC+05:30)', '2024-03-10T18:30:00+05:30', 'उदाहरण व्यापारी संघ'],
    ['en', 'Latest announcements', 'synthetic-export-outlook', '2 April 2024', '2024-04-02', 'Sample Export Council'],
  ])('/%s lists the newest article first with its date and organisations', async (locale, heading, slug, date, datetime, organisation) => {
    const { page, errors } = await openPage(browser());
    const response = await page.goto(`${fixture}/${locale}`);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    expect(await page.textContent('h1')).toBe(heading.normalize('NFC'));
    const card = page.locator('.card').first();
    expect(await card.locator('.card-title a').getAttribute('href')).toBe(`/${locale}/articles/${slug}`);
    expect(await card.locator('time').textContent()).toBe(date);
    expect(await card.locator('time').getAttribute('datetime')).toBe(datetime);
    expect(await card.locator('.organisations').textContent()).toContain(organisation);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('article pages', () => {
  it.each([
    ['hi', 'परीक्षण मेला: कृत्रिम लेख का हिन्दी संस्करण', '10 मार्च 2024, 18:30 (UTC+05:30)', 'नमूना निर्यात परिषद', 'यह एक कृत्रिम अनुच्छेद है'],
    ['en', 'Test fair: the English version of a synthetic article', '10 March 2024, 18:30 (UTC+05:30)', 'Sample Export Council', 'A synthetic paragraph.'],
  ])('/%s/articles/… shows headline, post time, organisations and body', async (locale, title, date, organisation, text) => {
    const { page, errors } = await openPage(browser());
    const response = await page.goto(`${fixture}/${locale}/articles/synthetic-fair-pair`);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    expect(await page.textContent('h1')).toBe(title);
    expect(await page.locator('.article-meta time').first().textContent()).toBe(date);
    expect(await page.locator('.article-meta time').first().getAttribute('datetime')).toBe('2024-03-10T18:30:00+05:30');
    expect(await page.locator('.article-meta .organisations').textContent()).toContain(organisation);
    expect(await page.locator('.prose').textContent()).toContain(text);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows a date-only post as its calendar day', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${fixture}/hi/articles/synthetic-kaal`);
    expect(await page.locator('.article-meta time').first().textContent()).toBe('15 दिसंबर 2023');
    expect(await page.locator('.article-meta time').first().getAttribute('datetime')).toBe('2023-12-15');
    await page.context().close();
  });

  it('fits a 360 px phone without sideways scrolling', async () => {
    const { page } = await openPage(browser(), { viewport: { width: 360, height: 740 } });
    for (const path of ['/hi', '/hi/page/2', '/hi/articles/synthetic-fair-pair', '/en/articles/synthetic-fair-pair', '/hi/organisations', '/hi/organisations/example-traders-guild', '/hi/tags', '/hi/search?q=मेला', '/en/xyz']) {
      await page.goto(`${fixture}${path}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
    }
    await page.context().close();
  });
});

describe('language switcher', () => {
  it('goes to the same article in the other language and back', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${fixture}/hi/articles/synthetic-fair-pair`);
    await page.click('.switcher a[hreflang="en"]');
    await page.waitForURL(`${fixture}/en/articles/synthetic-fair-pair`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.click('.switcher a[hreflang="hi"]');
    await page.waitForURL(`${fixture}/hi/articles/synthetic-fair-pair`);
    expect(await page.getAttribute('html', 'lang')).toBe('hi');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('remembers the chosen language in a cookie', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${fixture}/hi`);
    await page.click('.switcher a[hreflang="en"]');
    await page.waitForURL(`${fixture}/en`);
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === 'locale')?.value).toBe('en');
    await page.context().close();
  });

  // The page's scripts start only after its first paint (lib/deploy/scripts-after-paint.ts); the choice must not wait for them.
  it('remembers the choice when the page\'s scripts never run', async () => {
    const { page } = await openPage(browser());
    await page.route('**/_next/static/**/*.js', (route) => route.abort());
    await page.goto(`${fixture}/hi/articles/synthetic-fair-pair`);
    await page.click('.switcher a[hreflang="en"]');
    await page.waitForURL(`${fixture}/en/articles/synthetic-fair-pair`);
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === LOCALE_COOKIE)?.value).toBe('en');
    await page.context().close();
  });
});

describe('the real site', () => {
  it.each(['/hi', '/en', '/hi/organisations', '/en/tags'])('%s answers 200 in its language, without page errors', async (path) => {
    const { page, errors } = await openPage(browser());
    expect((await page.goto(`${real}${path}`))?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe(path.split('/')[1]);
    expect(await page.locator('h1').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
