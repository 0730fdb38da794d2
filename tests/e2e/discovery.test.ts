import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { request } from 'node:http';
import Parser from 'rss-parser';
import { describe, expect, inject, it } from 'vitest';
import { locales } from '@/lib/i18n/locales';
import { openPage, useBrowser } from './support/browser';
import { builtOrigin } from './support/site-origin';

// Exact lists, orders and dates come from the fixture site (tests/fixtures/site, built with PAGE_SIZE=2),
// whose articles never change under the tests; the real site only has to build and answer.
const real = inject('realUrl');
const fixture = inject('fixtureUrl');
const origin = builtOrigin;
const browser = useBrowser();

/** A GET with a forged Host header (fetch does not allow setting one). */
function getWithHost(url: string, host: string): Promise<{ status: number; location?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { Host: host, 'X-Forwarded-Host': host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('feeds', () => {
  const parser = new Parser();

  it.each([
    // Published Hindi articles of the fixture site, newest first; its drafts and scheduled posts are left out.
    ['hi', 'व्यापार संवाद — हिन्दी में घोषणाएँ', ['synthetic-fair-pair', 'synthetic-nukta-precomposed', 'synthetic-nukta-decomposed', 'synthetic-kal', 'synthetic-hindi-only', 'synthetic-kaal'], '2024-03-10T13:00:00.000Z'],
    ['en', 'Vyapar Samvad — announcements in English', ['synthetic-export-outlook', 'synthetic-fair-pair', 'synthetic-trade-figures'], '2024-04-01T18:30:00.000Z'],
  ])('/%s/feed.xml is RSS an independent parser reads: localized title, published articles newest first, absolute links', async (locale, title, slugs, newest) => {
    const response = await fetch(`${fixture}/${locale}/feed.xml`);
    expect(response.headers.get('content-type')).toMatch(/^application\/rss\+xml/);
    const feed = await parser.parseString(await response.text());
    expect(feed.title).toBe(title);
    expect(feed.link).toBe(`${origin}/${locale}`);
    expect(feed.items.map((i) => i.link)).toEqual(slugs.map((slug) => `${origin}/${locale}/articles/${slug}`));
    // 2024-03-10T18:30+05:30 and the calendar day 2024-04-02, which begins at midnight in India.
    expect(feed.items[0]?.isoDate).toBe(newest);
  });

  it('names an item’s organisations as its categories, in the reader’s language', async () => {
    const feed = await parser.parseString(await (await fetch(`${fixture}/en/feed.xml`)).text());
    expect(feed.items.find((i) => i.link?.endsWith('/synthetic-fair-pair'))?.categories).toEqual(['Sample Export Council', 'Example Traders Guild']);
    expect((await fetch(`${fixture}/fr/feed.xml`)).status).toBe(404);
  });

  it('is linked from the head of the index and article pages', async () => {
    const { page } = await openPage(browser());
    for (const path of ['/hi', '/en', '/hi/articles/synthetic-fair-pair']) {
      await page.goto(`${fixture}${path}`);
      const feed = await page.getAttribute('link[rel="alternate"][type="application/rss+xml"]', 'href');
      expect(feed, path).toBe(`${origin}/${path.split('/')[1]}/feed.xml`);
    }
    await page.context().close();
  });

  it('the real site’s feeds are RSS that parses', async () => {
    for (const locale of locales) {
      const response = await fetch(`${real}/${locale}/feed.xml`);
      expect(response.status).toBe(200);
      expect((await parser.parseString(await response.text())).link).toBe(`${origin}/${locale}`);
    }
  });
});

interface SitemapUrl {
  loc: string;
  lastmod?: string;
  'xhtml:link'?: { '@_hreflang': string; '@_href': string }[];
}

const xmlParser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'sitemap', 'xhtml:link'].includes(name) });

async function fetchXml(url: string) {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  expect(response.headers.get('content-type'), url).toMatch(/^application\/xml/);
  const xml = await response.text();
  expect(XMLValidator.validate(xml), url).toBe(true);
  return xmlParser.parse(xml);
}

/** The sitemap files /sitemap.xml indexes, each with its URLs, fetched from `site`. */
async function readSitemaps(site: string): Promise<Map<string, SitemapUrl[]>> {
  const index = await fetchXml(`${site}/sitemap.xml`);
  const files = new Map<string, SitemapUrl[]>();
  for (const { loc } of index.sitemapindex.sitemap as { loc: string }[]) {
    expect(loc.startsWith(`${origin}/`), loc).toBe(true);
    files.set(loc.replace(origin, ''), (await fetchXml(loc.replace(origin, site))).urlset.url);
  }
  return files;
}

/** Canonical and hreflang links a page's HTML declares (attribute names lower-cased, as HTML reads them). */
function readHeadLinks(html: string) {
  const tags = [...html.matchAll(/<link\b[^>]*>/g)].map(([tag]) => Object.fromEntries([...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, key = '', value = '']) => [key.toLowerCase(), value.replace(/&amp;/g, '&')])));
  return {
    canonical: tags.find((t) => t.rel === 'canonical')?.href,
    hreflang: tags.filter((t) => t.rel === 'alternate' && t.hreflang).map((t) => [t.hreflang, t.href]),
  };
}

describe('sitemap and robots.txt', () => {
  it('sitemap.xml indexes one sitemap per language, each listing that language’s pages, list pages past the first included', async () => {
    const files = await readSitemaps(fixture);
    expect([...files.keys()]).toEqual(locales.map((l) => `/sitemaps/${l}-1.xml`));
    const paths = (file: string) => files.get(file)!.map((u) => u.loc.replace(origin, ''));
    // The fixture's 6 published Hindi and 3 English articles: Hindi lists run to 3 home pages and a second page of the guild and of exports, English ones to 2 home pages and a second page of the council.
    expect(paths('/sitemaps/hi-1.xml')).toHaveLength(12 + 6);
    expect(paths('/sitemaps/en-1.xml')).toHaveLength(10 + 3);
    expect(paths('/sitemaps/hi-1.xml')).toEqual(expect.arrayContaining(['/hi', '/hi/page/3', '/hi/organisations/example-traders-guild/page/2', '/hi/tags/export-trade/page/2', '/hi/articles/synthetic-hindi-only']));
    expect(paths('/sitemaps/en-1.xml')).toEqual(expect.arrayContaining(['/en/page/2', '/en/organisations/sample-export-council/page/2', '/en/organisations/demo-chamber', '/en/articles/synthetic-export-outlook']));
    for (const locale of locales) {
      const file = `/sitemaps/${locale}-1.xml`;
      for (const path of paths(file)) expect(path, file).toMatch(new RegExp(`^/${locale}(/|$)`));
    }
    expect(paths('/sitemaps/en-1.xml').join(' ')).not.toMatch(/draft|scheduled/);
    expect((await fetch(`${fixture}/sitemaps/fr-1.xml`)).status).toBe(404);
    expect((await fetch(`${fixture}/sitemaps/hi-2.xml`)).status).toBe(404);
  });

  it('lists each page at its canonical address, with the hreflang links the page itself declares', async () => {
    const files = await readSitemaps(fixture);
    for (const url of [...files.values()].flat()) {
      const response = await fetch(url.loc.replace(origin, fixture));
      expect(response.status, url.loc).toBe(200);
      const head = readHeadLinks(await response.text());
      expect(head.canonical, url.loc).toBe(url.loc);
      // A page alone in its language announces no alternates in the sitemap; its head still names itself and x-default.
      const declared = head.hreflang.length > 2 ? head.hreflang : [];
      expect(url['xhtml:link']?.map((l) => [l['@_hreflang'], l['@_href']]) ?? [], url.loc).toEqual(declared);
    }
  });

  it('the real site’s sitemap index and every sitemap it names are well-formed and include every language’s home', async () => {
    const locs = [...(await readSitemaps(real)).values()].flat().map((u) => u.loc);
    expect(locs).toEqual(expect.arrayContaining(locales.map((l) => `${origin}/${l}`)));
  });

  it('robots.txt names the sitemap index by its absolute address', async () => {
    const text = await (await fetch(`${fixture}/robots.txt`)).text();
    expect(text).toContain(`Sitemap: ${origin}/sitemap.xml`);
  });
});

describe('structured data', () => {
  it('an article page carries one NewsArticle that parses as JSON', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${fixture}/en/articles/synthetic-fair-pair`);
    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(scripts).toHaveLength(1);
    const data = JSON.parse(scripts[0] ?? '');
    expect(data).toMatchObject({ '@type': 'NewsArticle', inLanguage: 'en', datePublished: '2024-03-10T18:30:00+05:30', mainEntityOfPage: { '@id': `${origin}/en/articles/synthetic-fair-pair` } });
    expect(data.about.map((o: { name: string }) => o.name)).toEqual(['Sample Export Council', 'Example Traders Guild']);
    await page.context().close();
  });
});

describe('permanent addresses', () => {
  it.each([
    ['/en/articles/synthetic-fair-earlier-slug', '/en/articles/synthetic-fair-pair'],
    ['/en/news/2024/synthetic-fair', '/en/articles/synthetic-fair-pair'],
    ['/hi/articles/synthetic-mela-purana-pata?utm_source=whatsapp', '/hi/articles/synthetic-fair-pair?utm_source=whatsapp'],
  ])('the alias %s answers 308 to %s', async (alias, target) => {
    const response = await fetch(`${fixture}${alias}`, { redirect: 'manual' });
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe(target);
    const followed = await fetch(`${fixture}${alias}`);
    expect(followed.status).toBe(200);
    expect(followed.url).toBe(`${fixture}${target}`);
  });

  it('an alias written with a trailing slash still arrives at the article', async () => {
    const followed = await fetch(`${fixture}/en/news/2024/synthetic-fair/`);
    expect(followed.url).toBe(`${fixture}/en/articles/synthetic-fair-pair`);
    expect(followed.redirected).toBe(true);
  });

  it('never puts the request Host into a redirect, a page, a feed or a sitemap', async () => {
    const host = 'evil.example';
    const redirect = await getWithHost(`${fixture}/en/articles/synthetic-fair-earlier-slug`, host);
    expect(redirect.status).toBe(308);
    expect(redirect.location).toBe('/en/articles/synthetic-fair-pair');
    for (const path of ['/hi/articles/synthetic-fair-pair', '/en/feed.xml', '/sitemap.xml', '/sitemaps/en-1.xml', '/robots.txt']) {
      const answer = await getWithHost(`${fixture}${path}`, host);
      expect(answer.status, path).toBe(200);
      expect(answer.body, path).not.toContain(host);
    }
  });
});
