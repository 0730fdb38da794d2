import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './support/browser';

// Addresses built from the fixture site's articles, which never change under the tests.
const fixture = inject('fixtureUrl');
const browser = useBrowser();

describe('404 answers', () => {
  it.each(['/fr', '/fr/articles/synthetic-fair-pair', '/hi/articles/no-such-article', '/en/nothing-here', '/hi/articles/Synthetic-Fair-Pair', '/en/unavailable/synthetic-fair-pair', '/%', '/hi/articles/%E0%A4', '/en/tags/%zz'])(
    '%s answers 404 with a readable page in the address language',
    async (path) => {
      const { page, errors } = await openPage(browser());
      const response = await page.goto(`${fixture}${path}`);
      expect(response?.status()).toBe(404);
      await page.waitForLoadState('networkidle');
      // The heading readers see first (highest on the page), whatever the DOM order.
      const headings = await page.locator('h1').evaluateAll((els) =>
        els.map((el) => ({ text: el.textContent ?? '', top: el.getBoundingClientRect().top })).sort((a, b) => a.top - b.top),
      );
      const expected = path.startsWith('/en') ? /^Page not found$/ : /^पृष्ठ नहीं मिला$/;
      expect(headings[0]?.text).toMatch(expected);
      expect(await page.getAttribute('html', 'lang')).toBe(path.startsWith('/en') ? 'en' : 'hi');
      // Without it the browser asks for /favicon.ico, a second 404 the error filter above would hide.
      expect(await page.getAttribute('link[rel="icon"]', 'href')).toBe('/favicon.svg');
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it('an article missing in English answers 404 in English and offers the Hindi version', async () => {
    const { page, errors } = await openPage(browser());
    const response = await page.goto(`${fixture}/en/articles/synthetic-hindi-only`);
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('.translation-offer')).toContain('not been published in English');
    await page.click('.translation-offer a[hreflang="hi"]');
    await page.waitForURL(`${fixture}/hi/articles/synthetic-hindi-only`);
    expect(await page.getAttribute('html', 'lang')).toBe('hi');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the switcher on a Hindi-only article does not link to a missing English page', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${fixture}/hi/articles/synthetic-hindi-only`);
    expect(await page.locator('.switcher a[hreflang="en"]').count()).toBe(0);
    expect(await page.locator('.switcher [aria-disabled="true"][data-locale="en"]').textContent()).toContain('English');
    await page.context().close();
  });

  it('drafts and scheduled posts are absent from production pages and answer 404', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${fixture}/en`);
    const text = (await page.textContent('main')) ?? '';
    expect(text).toContain('Test fair');
    expect(text).not.toMatch(/draft|scheduled/i);
    for (const path of ['/en/articles/synthetic-draft', '/en/articles/synthetic-scheduled']) {
      expect((await page.goto(`${fixture}${path}`))?.status(), path).toBe(404);
    }
    await page.context().close();
  });
});
