import { describe, expect, inject, it } from 'vitest';
import { locales } from '@/lib/i18n/locales';
import { openPage, useBrowser } from './support/browser';
import { readHead } from './support/read-head';
import { builtOrigin } from './support/site-origin';

// The fixture site is built with PAGE_SIZE=2: the Hindi index has 3 pages, the English one 2.
const fixture = inject('fixtureUrl');
const origin = builtOrigin;
const browser = useBrowser();

const hreflang = (paths: Record<string, string>) => Object.entries(paths).map(([lang, path]) => [lang, `${origin}${path}`]);
/** A page every language has (directories, an organisation's or topic's first page, search): its address in each, x-default at Hindi. */
const everyLanguage = (path: string) => ({ ...Object.fromEntries(locales.map((l) => [l, `/${l}${path}`])), 'x-default': `/hi${path}` });

describe('metadata of list, directory and search pages', () => {
  it.each([
    ['/en/organisations', 'Organisations · Vyapar Samvad', everyLanguage('/organisations')],
    ['/hi/tags', 'विषय · व्यापार संवाद', everyLanguage('/tags')],
    ['/hi/organisations/demo-chamber', 'डेमो वाणिज्य मंडल · व्यापार संवाद', everyLanguage('/organisations/demo-chamber')],
    ['/en/tags/export-trade', 'Exports · Vyapar Samvad', everyLanguage('/tags/export-trade')],
    ['/hi/page/2', 'ताज़ा घोषणाएँ, पृष्ठ 2 · व्यापार संवाद', { hi: '/hi/page/2', en: '/en/page/2', 'x-default': '/hi/page/2' }],
    ['/hi/page/3', 'ताज़ा घोषणाएँ, पृष्ठ 3 · व्यापार संवाद', { hi: '/hi/page/3', 'x-default': '/hi/page/3' }],
    ['/en/organisations/sample-export-council/page/2', 'Sample Export Council, page 2 · Vyapar Samvad', { en: '/en/organisations/sample-export-council/page/2', 'x-default': '/en/organisations/sample-export-council/page/2' }],
  ])('%s has its title, description, own canonical, hreflang and Open Graph', async (path, title, alternates) => {
    const { page, errors } = await openPage(browser());
    expect((await page.goto(`${fixture}${path}`))?.status()).toBe(200);
    const head = await readHead(page);
    const locale = path.split('/')[1];
    expect(head.title).toBe(title);
    expect(head.canonical).toBe(`${origin}${path}`);
    expect(head.hreflang).toEqual(hreflang(alternates));
    expect(head.description?.length).toBeGreaterThan(20);
    expect(head.og).toMatchObject({ 'og:type': 'website', 'og:url': `${origin}${path}`, 'og:locale': locale === 'hi' ? 'hi_IN' : 'en_IN', 'og:description': head.description });
    expect(head.og['og:image']).toMatch(new RegExp(`^${origin}/${locale}/share-image\\.png\\?v=`));
    expect(head.feeds).toEqual([['application/rss+xml', `${origin}/${locale}/feed.xml`]]);
    expect(head.robots).toBeUndefined();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the search page opened with a query keeps a bare canonical and asks not to be indexed', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${fixture}/hi/search?q=${encodeURIComponent('मेला')}`);
    const head = await readHead(page);
    expect(head.title).toBe('खोज · व्यापार संवाद');
    expect(head.canonical).toBe(`${origin}/hi/search`);
    expect(head.og['og:url']).toBe(`${origin}/hi/search`);
    expect(head.hreflang).toEqual(hreflang(everyLanguage('/search')));
    expect(head.robots).toBe('noindex, follow');
    await page.context().close();
  });

  it('the home page keeps the site name alone as its title', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${fixture}/en`);
    expect((await readHead(page)).title).toBe('Vyapar Samvad');
    await page.context().close();
  });
});
