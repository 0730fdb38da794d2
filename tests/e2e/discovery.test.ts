import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { request } from 'node:http';
import Parser from 'rss-parser';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './support/browser';
import { builtOrigin } from './support/site-origin';

const real = inject('realUrl');
const fixture = inject('fixtureUrl');
const origin = builtOrigin;
const slug = 'china-belarus-leather-cooperation';
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
    ['hi', 'व्यापार संवाद — हिन्दी में घोषणाएँ'],
    ['en', 'Vyapar Samvad — announcements in English'],
  ])('/%s/feed.xml is RSS an independent parser reads, with a localized title and absolute links', async (locale, title) => {
    const response = await fetch(`${real}/${locale}/feed.xml`);
    expect(response.headers.get('content-type')).toMatch(/^application\/rss\+xml/);
    const feed = await parser.parseString(await response.text());
    expect(feed.title).toBe(title);
    expect(feed.link).toBe(`${origin}/${locale}`);
    expect(feed.items.map((i) => i.link)).toEqual([`${origin}/${locale}/articles/${slug}`]);
    expect(feed.items[0]?.isoDate).toBe('2023-09-24T18:30:00.000Z');
  });

  it('leaves out drafts and scheduled posts and lists the rest newest first', async () => {
    for (const locale of ['hi', 'en']) {
      const feed = await parser.parseString(await (await fetch(`${fixture}/${locale}/feed.xml`)).text());
      const links = feed.items.map((i) => i.link ?? '');
      expect(links.length).toBeGreaterThan(0);
      expect(links.join(' ')).not.toMatch(/draft|scheduled/);
      const times = feed.items.map((i) => Date.parse(i.isoDate ?? ''));
      expect(times).toEqual([...times].sort((a, b) => b - a));
    }
    expect((await fetch(`${fixture}/fr/feed.xml`)).status).toBe(404);
  });

  it('is linked from the head of the index and article pages', async () => {
    const { page } = await openPage(browser());
    for (const path of ['/hi', '/en', `/hi/articles/${slug}`]) {
      await page.goto(`${real}${path}`);
      const feed = await page.getAttribute('link[rel="alternate"][type="application/rss+xml"]', 'href');
      expect(feed, path).toBe(`${origin}/${path.split('/')[1]}/feed.xml`);
    }
    await page.context().close();
  });
});

describe('sitemap and robots.txt', () => {
  it('sitemap.xml is well-formed XML listing every language version of articles and lists with its alternates', async () => {
    const xml = await (await fetch(`${real}/sitemap.xml`)).text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' || name === 'xhtml:link' }).parse(xml);
    const urls: { loc: string; 'xhtml:link'?: { '@_hreflang': string; '@_href': string }[] }[] = parsed.urlset.url;
    const pages = ['', `/articles/${slug}`, '/organisations', '/organisations/china-leather-association', '/organisations/belarus-light-industry-concern', '/tags', '/tags/leather-industry', '/tags/agreements', '/tags/bilateral-trade'];
    expect(urls.map((u) => u.loc).sort()).toEqual(['hi', 'en'].flatMap((locale) => pages.map((page) => `${origin}/${locale}${page}`)).sort());
    for (const url of urls) {
      const page = url.loc.replace(/^.*?\/(hi|en)(?=\/|$)/, '');
      expect(url['xhtml:link']?.map((l) => [l['@_hreflang'], l['@_href']]), url.loc).toEqual([
        ['hi', `${origin}/hi${page}`],
        ['en', `${origin}/en${page}`],
        ['x-default', `${origin}/hi${page}`],
      ]);
    }
  });

  it('robots.txt names the sitemap by its absolute address', async () => {
    const text = await (await fetch(`${real}/robots.txt`)).text();
    expect(text).toContain(`Sitemap: ${origin}/sitemap.xml`);
  });
});

describe('structured data', () => {
  it('an article page carries one NewsArticle that parses as JSON', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${real}/en/articles/${slug}`);
    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(scripts).toHaveLength(1);
    const data = JSON.parse(scripts[0] ?? '');
    expect(data).toMatchObject({ '@type': 'NewsArticle', inLanguage: 'en', datePublished: '2023-09-25T00:00:00+05:30', mainEntityOfPage: { '@id': `${origin}/en/articles/${slug}` } });
    expect(data.about.map((o: { name: string }) => o.name)).toEqual(['China Leather Association', 'Belarusian National Light Industry Concern']);
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

  it('never puts the request Host into a redirect, a page or a feed', async () => {
    const host = 'evil.example';
    const redirect = await getWithHost(`${fixture}/en/articles/synthetic-fair-earlier-slug`, host);
    expect(redirect.status).toBe(308);
    expect(redirect.location).toBe('/en/articles/synthetic-fair-pair');
    for (const path of ['/hi/articles/synthetic-fair-pair', '/en/feed.xml', '/sitemap.xml', '/robots.txt']) {
      const answer = await getWithHost(`${fixture}${path}`, host);
      expect(answer.status, path).toBe(200);
      expect(answer.body, path).not.toContain(host);
    }
  });
});
