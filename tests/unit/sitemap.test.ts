import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { GET as getSitemapIndex } from '@/app/sitemap.xml/route';
import { GET as getSitemapFile, generateStaticParams } from '@/app/sitemaps/[file]/route';
import { checkAliases, describeLivePath, getLivePaths } from '@/lib/content/check';
import { registryIdsOf } from '@/lib/content/registry';
import { parseArticleFile } from '@/lib/content/parse';
import { getSiteContent } from '@/lib/content/site-content';
import { locales } from '@/lib/i18n/locales';
import { getSitemapEntries } from '@/lib/sitemap/entries';
import { SITEMAP_LIMITS, getSitemapFiles, getSitemapRefs, renderSitemap, renderSitemapIndex } from '@/lib/sitemap/files';
import { FIXTURE_SITE_URL, useFixtureSite } from './support/fixture-site';

useFixtureSite();
// As the browser tests build the fixture site: two articles a page, so lists have further pages.
const savedPageSize = process.env.PAGE_SIZE;
process.env.PAGE_SIZE = '2';
afterAll(() => {
  if (savedPageSize === undefined) delete process.env.PAGE_SIZE;
  else process.env.PAGE_SIZE = savedPageSize;
});

interface Url {
  loc: string;
  lastmod?: string;
  'xhtml:link'?: { '@_hreflang': string; '@_href': string }[];
}

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'sitemap', 'xhtml:link'].includes(name) });

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

async function readXml(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/xml/);
  return parse(await response.text());
}

const readFile = async (file: string): Promise<Url[]> => (await readXml(await getSitemapFile(new Request(`${FIXTURE_SITE_URL}/sitemaps/${file}`), { params: Promise.resolve({ file }) }))).urlset.url;
const path = (url: string) => url.replace(FIXTURE_SITE_URL, '');
const links = (url: Url | undefined) => url?.['xhtml:link']?.map((l) => [l['@_hreflang'], path(l['@_href'])]);

describe('renderSitemap', () => {
  it('writes a urlset an independent parser reads back, escaping markup in addresses', () => {
    const parsed = parse(
      renderSitemap([
        { url: 'https://x.example/hi/search?q=a&b=<c>', lastModified: '2024-03-10T18:30:00+05:30', alternates: [{ hreflang: 'hi', href: 'https://x.example/hi?a=1&b=2' }] },
        { url: 'https://x.example/en', alternates: [] },
      ]),
    );
    expect(parsed.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(parsed.urlset['@_xmlns:xhtml']).toBe('http://www.w3.org/1999/xhtml');
    expect(parsed.urlset.url).toEqual([
      { loc: 'https://x.example/hi/search?q=a&b=<c>', lastmod: '2024-03-10T18:30:00+05:30', 'xhtml:link': [{ '@_rel': 'alternate', '@_hreflang': 'hi', '@_href': 'https://x.example/hi?a=1&b=2' }] },
      { loc: 'https://x.example/en' },
    ]);
  });
});

describe('renderSitemapIndex', () => {
  it('writes a sitemapindex of the files, with lastmod only where one is known', () => {
    const parsed = parse(
      renderSitemapIndex([
        { url: 'https://x.example/sitemaps/hi-1.xml', lastModified: '2024-04-02T00:00:00+05:30' },
        { url: 'https://x.example/sitemaps/en-1.xml?a&b' },
      ]),
    );
    expect(parsed.sitemapindex['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(parsed.sitemapindex.sitemap).toEqual([
      { loc: 'https://x.example/sitemaps/hi-1.xml', lastmod: '2024-04-02T00:00:00+05:30' },
      { loc: 'https://x.example/sitemaps/en-1.xml?a&b' },
    ]);
  });
});

// Published in the fixture site, newest first. Hindi: the fair pair (2024-03-10 18:30 IST), the two nukta
// articles, kal, hindi-only, kaal; English: export outlook (2024-04-02), the fair pair, trade figures.
// Drafts and scheduled posts never appear.
const HINDI_PATHS = [
  '/hi',
  '/hi/page/2',
  '/hi/page/3',
  '/hi/organisations',
  '/hi/organisations/example-traders-guild', // fair pair, nukta-decomposed, hindi-only, kaal: 2 pages
  '/hi/organisations/example-traders-guild/page/2',
  '/hi/organisations/sample-export-council',
  '/hi/organisations/demo-chamber', // kaal and kal; the draft and the scheduled post are not counted
  '/hi/tags',
  '/hi/tags/test-topic',
  '/hi/tags/export-trade', // both nukta articles and kaal: 2 pages
  '/hi/tags/export-trade/page/2',
  '/hi/articles/synthetic-fair-pair',
  '/hi/articles/synthetic-nukta-precomposed',
  '/hi/articles/synthetic-nukta-decomposed',
  '/hi/articles/synthetic-kal',
  '/hi/articles/synthetic-hindi-only',
  '/hi/articles/synthetic-kaal',
];
const ENGLISH_PATHS = [
  '/en',
  '/en/page/2',
  '/en/organisations',
  '/en/organisations/example-traders-guild', // the fair pair alone: its draft and scheduled post are left out
  '/en/organisations/sample-export-council', // all three English articles: 2 pages
  '/en/organisations/sample-export-council/page/2',
  '/en/organisations/demo-chamber',
  '/en/tags',
  '/en/tags/test-topic',
  '/en/tags/export-trade',
  '/en/articles/synthetic-export-outlook',
  '/en/articles/synthetic-fair-pair',
  '/en/articles/synthetic-trade-figures',
];

describe('the sitemap index', () => {
  it('/sitemap.xml lists one sitemap per language, each dated by its newest page', async () => {
    const index = await readXml(getSitemapIndex());
    const sitemaps: { loc: string; lastmod?: string }[] = index.sitemapindex.sitemap;
    expect(sitemaps.map((s) => s.loc)).toEqual(locales.map((l) => `${FIXTURE_SITE_URL}/sitemaps/${l}-1.xml`));
    expect(sitemaps.filter((s) => /\/(hi|en)-1\.xml$/.test(s.loc))).toEqual([
      { loc: `${FIXTURE_SITE_URL}/sitemaps/hi-1.xml`, lastmod: '2024-03-10T18:30:00+05:30' },
      { loc: `${FIXTURE_SITE_URL}/sitemaps/en-1.xml`, lastmod: '2024-04-02T00:00:00+05:30' },
    ]);
  });

  it('has a static route for each file it lists and for no other', () => {
    expect(generateStaticParams()).toEqual(locales.map((l) => ({ file: `${l}-1.xml` })));
  });
});

describe('a language’s sitemap', () => {
  it.each([
    ['hi-1.xml', HINDI_PATHS],
    ['en-1.xml', ENGLISH_PATHS],
  ])('%s lists that language’s lists with every page, then its published articles', async (file, paths) => {
    expect((await readFile(file)).map((u) => path(u.loc))).toEqual(paths);
  });

  it('links each page to its versions in the languages that have it, x-default at the Hindi one', async () => {
    const byPath = new Map((await readFile('hi-1.xml')).map((u) => [path(u.loc), u]));
    const versions = (p: string, languages: readonly string[]) => [...languages.map((l) => [l, `/${l}${p}`]), ['x-default', `/hi${p}`]];
    // Every language has a home, the directories and each organisation's and topic's first page, articles or not.
    for (const p of ['', '/organisations', '/organisations/demo-chamber', '/tags/export-trade']) expect(links(byPath.get(`/hi${p}`)), p).toEqual(versions(p, locales));
    // The fixture's articles give these pages a Hindi and an English version.
    for (const p of ['/page/2', '/articles/synthetic-fair-pair']) expect(links(byPath.get(`/hi${p}`)), p).toEqual(versions(p, ['hi', 'en']));
    // English has no third page, no second page of the guild or of exports, and no such article: nothing to announce.
    for (const p of ['/hi/page/3', '/hi/organisations/example-traders-guild/page/2', '/hi/tags/export-trade/page/2', '/hi/articles/synthetic-hindi-only']) expect(links(byPath.get(p)), p).toBeUndefined();
  });

  it('dates every page of a list by the list’s newest article, and an article by its own post time', async () => {
    const hindi = new Map((await readFile('hi-1.xml')).map((u) => [path(u.loc), u.lastmod]));
    const english = new Map((await readFile('en-1.xml')).map((u) => [path(u.loc), u.lastmod]));
    expect(hindi.get('/hi/page/3')).toBe('2024-03-10T18:30:00+05:30');
    expect(hindi.get('/hi/organisations/demo-chamber')).toBe('2024-02-01T00:00:00+05:30');
    expect(hindi.get('/hi/tags/export-trade/page/2')).toBe('2024-02-20T00:00:00+05:30');
    expect(hindi.get('/hi/articles/synthetic-kaal')).toBe('2023-12-15T00:00:00+05:30');
    expect(english.get('/en/organisations/sample-export-council/page/2')).toBe('2024-04-02T00:00:00+05:30');
    // The guild's English draft (2024-02-01) is older and its scheduled post (2999) newer than the fair pair.
    expect(english.get('/en/organisations/example-traders-guild')).toBe('2024-03-10T18:30:00+05:30');
    expect(english.has('/en/organisations/demo-chamber')).toBe(true);
    expect(english.get('/en/organisations/demo-chamber')).toBeUndefined();
  });
});

describe('splitting a language into parts', () => {
  const urls = (n: number) => ({ ...SITEMAP_LIMITS, urls: n });

  it('cuts each language into numbered parts of at most the limit, in order, losing nothing', () => {
    const files = getSitemapFiles(urls(5));
    // 18 Hindi pages: 5 + 5 + 5 + 3; 13 English ones: 5 + 5 + 3 (the fixture site has articles in these two languages).
    expect(files.filter((f) => f.locale === 'hi' || f.locale === 'en').map((f) => [f.path, f.entries.length])).toEqual([
      ['/sitemaps/hi-1.xml', 5],
      ['/sitemaps/hi-2.xml', 5],
      ['/sitemaps/hi-3.xml', 5],
      ['/sitemaps/hi-4.xml', 3],
      ['/sitemaps/en-1.xml', 5],
      ['/sitemaps/en-2.xml', 5],
      ['/sitemaps/en-3.xml', 3],
    ]);
    for (const locale of locales) expect(files.filter((f) => f.locale === locale).flatMap((f) => f.entries)).toEqual(getSitemapEntries(locale));
  });

  it('starts a second part only past the limit', () => {
    expect(getSitemapFiles(urls(18)).filter((f) => f.locale === 'hi').map((f) => f.part)).toEqual([1]);
    expect(getSitemapFiles(urls(17)).filter((f) => f.locale === 'hi').map((f) => f.entries.map((e) => path(e.url)))).toEqual([HINDI_PATHS.slice(0, 17), HINDI_PATHS.slice(17)]);
  });

  it('dates each part in the index by the newest page in that part', () => {
    const refs = getSitemapRefs(getSitemapFiles(urls(5))).map((r) => [path(r.url), r.lastModified]);
    // hi-3 opens with the exports topic (2024-02-20) but also holds the fair pair's article (2024-03-10 18:30 IST);
    // hi-4 holds only kal (2024-02-01), hindi-only and kaal.
    expect(refs.find(([p]) => p === '/sitemaps/hi-3.xml')).toEqual(['/sitemaps/hi-3.xml', '2024-03-10T18:30:00+05:30']);
    expect(refs.find(([p]) => p === '/sitemaps/hi-4.xml')).toEqual(['/sitemaps/hi-4.xml', '2024-02-01T00:00:00+05:30']);
  });

  it('also starts a new part before a file would pass the byte limit', () => {
    const hindi = getSitemapEntries('hi');
    const bytes = Buffer.byteLength(renderSitemap(hindi.slice(0, 3)));
    const parts = getSitemapFiles({ urls: 1000, bytes }).filter((f) => f.locale === 'hi');
    expect(parts[0]?.entries).toEqual(hindi.slice(0, 3));
    for (const part of parts) expect(Buffer.byteLength(renderSitemap(part.entries)), part.path).toBeLessThanOrEqual(bytes);
    expect(parts.flatMap((p) => p.entries)).toEqual(hindi);
    // An entry bigger than the limit on its own still gets a file rather than being dropped.
    expect(getSitemapFiles({ urls: 1000, bytes: 10 }).filter((f) => f.locale === 'en').map((f) => f.entries.length)).toEqual(ENGLISH_PATHS.map(() => 1));
  });

  it('refuses a limit that is not a whole number', () => {
    for (const limit of [0, -1, 2.5, NaN]) {
      expect(() => getSitemapFiles(urls(limit)), String(limit)).toThrow(/sitemap limit urls must be a whole number/);
      expect(() => getSitemapFiles({ urls: 10, bytes: limit }), String(limit)).toThrow(/sitemap limit bytes must be a whole number/);
    }
  });
});

describe('sitemap addresses and article aliases', () => {
  const content = getSiteContent();
  const live = getLivePaths({ locales, articles: content.articles, registryIds: registryIdsOf(content.registries) });

  it('reserve the index and the whole /sitemaps/ folder, including parts the site does not have yet', () => {
    expect(describeLivePath('/sitemap.xml', live)).toBe('the sitemap');
    for (const p of ['/sitemaps/hi-1.xml', '/sitemaps/en-12.xml', '/sitemaps', '/sitemaps/anything']) expect(describeLivePath(p, live), p).toBe('the per-language sitemaps under /sitemaps/');
    expect(describeLivePath('/sitemapsx/hi-1.xml', live)).toBeUndefined();
  });

  it('an alias at a sitemap part is an error naming what lives there', () => {
    const text = '---\ntitle: Synthetic alias test\nsummary: Synthetic.\npostTime: 2024-03-10\nlocale: en\norganisations: [example-traders-guild]\naliases: [/sitemaps/en-2.xml]\n---\n\nBody.\n';
    const parsed = parseArticleFile('articles/synthetic-alias.en.md', text, content.registries, Date.parse('2025-01-01'));
    if (!parsed.article) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
    const problems = checkAliases({ locales, articles: [parsed.article], registryIds: registryIdsOf(content.registries) });
    expect(problems.map((p) => p.message)).toEqual(['/sitemaps/en-2.xml is the address of a live page (the per-language sitemaps under /sitemaps/) — an alias must be an old address that no page uses now; remove it from aliases']);
  });
});
