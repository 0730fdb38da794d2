import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { getStartedScripts } from '@/lib/deploy/scripts-after-paint';
import { openPage, useBrowser, waitForHydration } from './support/browser';
import { builtOrigin } from './support/site-origin';

/** Addresses in a page, feed or sitemap: href and src attributes, sitemap <loc>, robots.txt's Sitemap line. */
const LINK = /(?:\b(?:href|src)="|<loc>|^Sitemap: )([^"<\s]+)/gm;

/** Same-site paths a response points at, with absolute URLs (built from SITE_URL, `origin`) read as paths; a page's scripts too, which its starter adds after the first paint. */
function findPaths(text: string, origin: string): string[] {
  return [...[...text.matchAll(LINK)].map(([, raw = '']) => raw), ...getStartedScripts(text)].flatMap((raw) => {
    const link = raw.replace(/&amp;/g, '&').replaceAll(origin, '').split('#')[0] ?? '';
    return link.startsWith('/') && !link.startsWith('//') ? [link] : [];
  });
}

/** Follows every link from the homes, feeds, sitemap and robots.txt; answers each address's status and where it was found. */
async function crawl(site: string, origin: string) {
  const found = new Map<string, string>(['/hi', '/en', '/sitemap.xml', '/robots.txt', '/hi/feed.xml', '/en/feed.xml'].map((p) => [p, 'start']));
  const broken: string[] = [];
  for (const [path, from] of found) {
    const response = await fetch(`${site}${path}`);
    if (response.status >= 400) broken.push(`${response.status} ${path} (linked from ${from})`);
    if (!/html|xml|text\/plain/.test(response.headers.get('content-type') ?? '')) continue;
    for (const link of findPaths(await response.text(), origin)) if (!found.has(link)) found.set(link, path);
  }
  return { checked: found.size, broken };
}

describe('links between pages', () => {
  // The Node builds write SITE_URL's default origin into their links; each static export was built with its own address.
  it.each([
    ['real site from next start', inject('realUrl'), builtOrigin],
    ['real site from nginx', inject('realStaticUrl'), inject('realStaticUrl')],
    ['fixture site from next start', inject('fixtureUrl'), builtOrigin],
    ['fixture site from nginx', inject('staticUrl'), inject('staticUrl')],
  ])('every address the %s links to answers', async (_, site, origin) => {
    const { checked, broken } = await crawl(site, origin);
    expect(broken).toEqual([]);
    // Homes, articles, lists, feeds, share images, scripts and styles: far more than the starting points.
    expect(checked).toBeGreaterThan(30);
  });
});

describe('following links in the browser', () => {
  const browser = useBrowser();

  it('fetches no other page ahead of a click (readers pay for data), and a click still moves without a reload', async () => {
    const { page, errors } = await openPage(browser());
    const ahead: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.searchParams.has('_rsc') || request.headers()['rsc'] === '1' || request.headers()['next-router-prefetch']) ahead.push(url.pathname);
    });
    await page.goto(`${inject('fixtureUrl')}/hi/articles/synthetic-fair-pair`, { waitUntil: 'networkidle' });
    // Next prefetches links in view once the page is idle; give it the time it takes.
    await page.mouse.move(10, 10);
    await page.waitForTimeout(1500);
    await waitForHydration(page);
    expect(ahead).toEqual([]);
    // The header leads to each registry's directory, in the page's language.
    const nav = await page.locator('header nav.site-nav a').evaluateAll((links) => links.map((a) => [a.getAttribute('href'), a.textContent]));
    expect(nav).toEqual([['/hi/organisations', 'संगठन'], ['/hi/tags', 'विषय']]);
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    await page.locator('header a[href="/hi"]').first().click();
    await page.waitForURL(/\/hi$/);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  // Links are plain anchors; components/in-app-navigation.tsx hands a click to the router only for a page of the same language.
  it('moves without a reload from a link drawn in the browser (a search result), and leaves the rest to the browser', async () => {
    const { page, errors } = await openPage(browser());
    const marked = () => page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true);
    const mark = () => page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    await page.goto(`${inject('fixtureUrl')}/hi/search?q=${encodeURIComponent('मेला')}`);
    const result = page.locator('.search-result h2 a').first();
    await result.waitFor();
    const target = await result.getAttribute('href');
    await mark();
    await result.click();
    await page.waitForURL((url) => url.pathname === target);
    expect(await marked()).toBe(true);

    // The skip link jumps within the page: the browser's own move, to the main content.
    await page.locator('a.skip-link').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#content$/);
    expect(await marked()).toBe(true);

    // A click asking for a new tab opens one and leaves this page where it is.
    const opened = page.context().waitForEvent('page');
    await page.locator('header a.site-name').click({ modifiers: ['Control'] });
    expect(new URL((await opened).url()).pathname).toBe('/hi');
    expect(new URL(page.url()).pathname).toBe(target);
    expect(await marked()).toBe(true);

    // Another language is another root layout: the browser loads it whole, after the switcher kept the choice.
    const english = page.locator('.switcher a[hreflang="en"]');
    const englishPath = await english.getAttribute('href');
    expect(englishPath).toMatch(/^\/en\b/);
    await english.click();
    await page.waitForURL((url) => url.pathname === englishPath);
    await page.locator('main h1').waitFor();
    expect(await marked()).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  // The build drops Next's segment prefetch files (lib/deploy/segment-prefetches.ts): a click must need only the page's whole payload.
  it.each([
    ['next start', inject('fixtureUrl')],
    ['nginx over the static export', inject('staticUrl')],
  ])('moves on a click from %s with every request answered, none for a segment', async (_name, base) => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${base}/hi/articles/synthetic-fair-pair`, { waitUntil: 'networkidle' });
    await waitForHydration(page);
    const answers: string[] = [];
    page.on('response', (response) => answers.push(`${response.status()} ${new URL(response.url()).pathname}${response.request().headers()['next-router-segment-prefetch'] ?? ''}`));
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    await page.locator('header nav.site-nav a[href="/hi/organisations"]').click();
    await page.waitForURL(/\/hi\/organisations$/);
    await page.locator('main h1').waitFor();
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    expect(answers.filter((answer) => !answer.startsWith('200 '))).toEqual([]);
    expect(answers.filter((answer) => /__next\.|\/_tree|\/_full/.test(answer))).toEqual([]);
    expect(answers.some((answer) => answer.startsWith('200 /hi/organisations'))).toBe(true);
    // The build emptied the stylesheet's copy in the payloads (lib/deploy/payload-stylesheets.ts): the page keeps the <style> it came with,
    // a stylesheet only the list pages use comes with the click, and the page looks as it does when loaded whole.
    expect(answers.filter((answer) => /\.css$/.test(answer))).toEqual([]);
    const clicked = await getStyles(page);
    await page.goto(`${base}/hi/organisations`, { waitUntil: 'networkidle' });
    await waitForHydration(page);
    expect(clicked).toEqual(await getStyles(page));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

/**
 * Computed styles that the stylesheets decide for every element of the page that is shown: equal when the same
 * stylesheets apply. None that the text's width decides (a grid's track sizes), which differs as the Devanagari font
 * arrives or not (`font-display: optional`) between two loads. Elements not shown (`display: none`: scripts, and the
 * empty `<div hidden>` Next puts first in the body of a page loaded whole, which a click's page may not have) say
 * nothing about how the page looks; a shown element hidden on one side is still missing from that side's list.
 */
async function getStyles(page: Page): Promise<string[]> {
  // The pointer rests on the same spot for each reading, so a :hover style cannot tell them apart.
  await page.mouse.move(1, 1);
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')].flatMap((element) => {
      const style = getComputedStyle(element);
      if (style.display === 'none') return [];
      const properties = ['display', 'position', 'color', 'background-color', 'font-size', 'font-weight', 'padding', 'grid-template-areas', 'border-top', 'border-radius', 'gap', 'text-align', 'list-style-type'];
      return [[element.tagName, element.className, ...properties.map((name) => style.getPropertyValue(name))].join('|')];
    }),
  );
}
