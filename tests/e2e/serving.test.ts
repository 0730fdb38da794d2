import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { distDirOf } from './support/site';

/**
 * One list of expectations, asked of every way the fixture site is served:
 * `next start`, the standalone folder and nginx over the static export
 * (docs/deploy.md). Each must give the same status, redirect target, page
 * language and content type. Locations are compared resolved against the
 * request: the Node servers send a path when SITE_URL is their own origin,
 * nginx the absolute SITE_URL address.
 */
const servers: [string, string][] = [
  ['next start', inject('fixtureUrl')],
  ['the standalone server', inject('standaloneUrl')],
  ...(inject('staticUrl') ? [['nginx over the static export', inject('staticUrl')] as [string, string]] : []),
];

interface Expectation {
  path: string;
  method?: string;
  headers?: Record<string, string>;
  status: number;
  /** Where a redirect leads, as a site path. */
  location?: string;
  /** `<html lang>` of the page sent. */
  lang?: string;
  contentType?: string;
  /** Text the body must hold. */
  body?: string | RegExp;
  /** Headers that must be exactly these. */
  exact?: Record<string, string>;
  /** Next sends its trailing-slash redirect before any header rule, so without the security headers. */
  bare?: true;
}

const HTML = 'text/html; charset=utf-8';
// Fixture content (tests/fixtures/site): synthetic-hindi-only has no English version, synthetic-fair-pair has earlier addresses, two articles a page.
const EXPECTATIONS: Expectation[] = [
  { path: '/', status: 307, location: '/hi', exact: { vary: 'Cookie, Accept-Language', 'cache-control': 'private, no-store' } },
  { path: '/?utm_source=whatsapp', status: 307, location: '/hi?utm_source=whatsapp' },
  { path: '/', headers: { 'Accept-Language': 'en-GB,en;q=0.9,hi;q=0.8' }, status: 307, location: '/en' },
  { path: '/', headers: { 'Accept-Language': 'fr-FR,fr;q=0.9' }, status: 307, location: '/hi' },
  { path: '/', headers: { Cookie: 'locale=en', 'Accept-Language': 'hi' }, status: 307, location: '/en' },
  { path: '/', headers: { Cookie: 'locale=xx', 'Accept-Language': 'en' }, status: 307, location: '/en' },
  { path: '/hi', status: 200, lang: 'hi', contentType: HTML },
  { path: '/en', status: 200, lang: 'en', contentType: HTML },
  { path: '/en/page/2', status: 200, lang: 'en', contentType: HTML },
  { path: '/hi/search?q=मेला', status: 200, lang: 'hi', contentType: HTML },
  { path: '/hi/articles/synthetic-fair-pair', status: 200, lang: 'hi', contentType: HTML },
  { path: '/en/organisations', status: 200, lang: 'en', contentType: HTML },
  { path: '/hi/tags/export-trade', status: 200, lang: 'hi', contentType: HTML },
  // First pages, trailing slashes and earlier addresses.
  { path: '/hi/page/1', status: 308, location: '/hi' },
  { path: '/en/page/1?x=1', status: 308, location: '/en?x=1' },
  { path: '/hi/tags/export-trade/page/1', status: 308, location: '/hi/tags/export-trade' },
  { path: '/hi/', status: 308, location: '/hi', bare: true },
  { path: '/en/articles/synthetic-fair-pair/', status: 308, location: '/en/articles/synthetic-fair-pair', bare: true },
  { path: '/en/news/2024/synthetic-fair', status: 308, location: '/en/articles/synthetic-fair-pair' },
  { path: '/en/articles/synthetic-fair-earlier-slug?ref=mail', status: 308, location: '/en/articles/synthetic-fair-pair?ref=mail' },
  { path: '/hi/articles/synthetic-mela-purana-pata', status: 308, location: '/hi/articles/synthetic-fair-pair' },
  // A missing translation: 404 with the page that offers the language it exists in.
  { path: '/en/articles/synthetic-hindi-only', status: 404, lang: 'en', contentType: HTML, body: 'href="/hi/articles/synthetic-hindi-only"' },
  { path: '/hi/articles/synthetic-hindi-only', status: 200, lang: 'hi', contentType: HTML },
  // Addresses that name no page: the site's 404 page, which speaks every language.
  ...['/fr', '/en/nothing-here', '/hi/articles/no-such-article', '/en/articles/synthetic-draft', '/en/articles/synthetic-scheduled', '/hi/tags/no-such-tag', '/hi/page/99', '/%', '/hi/articles/%E0%A4', '/hi.html', '/404'].map(
    (path): Expectation => ({ path, status: 404, lang: 'hi', contentType: HTML, body: /404/ }),
  ),
  // Files, with the Node server's types.
  { path: '/hi/feed.xml', status: 200, contentType: 'application/rss+xml; charset=utf-8', body: '<rss' },
  { path: '/sitemap.xml', status: 200, contentType: 'application/xml; charset=utf-8', body: '<sitemapindex' },
  { path: '/sitemaps/en-1.xml', status: 200, contentType: 'application/xml; charset=utf-8', body: '<urlset' },
  { path: '/robots.txt', status: 200, contentType: 'text/plain', body: 'Sitemap:' },
  { path: '/hi/share-image.png', status: 200, contentType: 'image/png' },
  { path: '/en/articles/synthetic-fair-pair/share-image.png', status: 200, contentType: 'image/png' },
  { path: '/hi/search-index/words/0.json', status: 200, contentType: 'application/json; charset=utf-8' },
  { path: '/en/search-index/results/0.json', status: 200, contentType: 'application/json; charset=utf-8' },
  { path: '/en/articles/synthetic-hindi-only/share-image.png', status: 404 },
  // The editor: public/admin/index.html, also at /admin, under its own policy.
  { path: '/admin', status: 200, lang: 'en', contentType: HTML, exact: { 'cross-origin-opener-policy': 'same-origin-allow-popups' } },
  // Methods.
  { path: '/hi', method: 'POST', status: 405, exact: { allow: 'GET, HEAD' } },
  { path: '/', method: 'DELETE', status: 405, exact: { allow: 'GET, HEAD' } },
  { path: '/hi/feed.xml', method: 'OPTIONS', status: 405, exact: { allow: 'GET, HEAD' } },
  { path: '/hi/articles/synthetic-fair-pair', method: 'HEAD', status: 200, contentType: HTML },
];

const label = (e: Expectation) => `${e.method ?? 'GET'} ${e.path}${e.headers ? ` ${JSON.stringify(e.headers)}` : ''}`;

describe.each(servers)('%s', (_name, base) => {
  it.each(EXPECTATIONS.map((e) => [label(e), e] as const))('%s', async (_label, expected) => {
    const response = await fetch(`${base}${expected.path}`, { method: expected.method ?? 'GET', headers: expected.headers, redirect: 'manual' });
    const body = await response.text();
    expect(response.status).toBe(expected.status);
    if (expected.location !== undefined) {
      expect(new URL(response.headers.get('location') ?? '', `${base}${expected.path}`).href).toBe(`${base}${expected.location}`);
    }
    if (expected.lang) expect(/<html[^>]*\slang="([^"]+)"/.exec(body)?.[1]).toBe(expected.lang);
    if (expected.contentType) expect(response.headers.get('content-type')?.toLowerCase()).toBe(expected.contentType);
    if (expected.body) expect(body).toMatch(expected.body);
    for (const [name, value] of Object.entries(expected.exact ?? {})) expect(response.headers.get(name), name).toBe(value);
    if (!expected.bare) {
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });
});

/**
 * The build drops the files Next's router reads to prefetch a page segment by
 * segment, which no page of this site asks for (lib/deploy/segment-prefetches.ts).
 * Asked for anyway, they are a 404, never a 5xx; the page's whole payload, which
 * a click fetches, is still served. If Next stops reading a page's `.meta` for
 * its segment list, the Node servers' answers here change.
 */
describe('segment prefetch files, which the build drops', () => {
  const segmentRequest = (segment: string) => ({ RSC: '1', 'Next-Router-Prefetch': '1', 'Next-Router-Segment-Prefetch': segment });
  const nodeServers: [string, string][] = [['next start', inject('fixtureUrl')], ['the standalone server', inject('standaloneUrl')]];

  describe.each(nodeServers)('%s', (_name, base) => {
    it.each(['/_tree', '/_full', '/$d$locale', '/$d$locale/articles/$d$slug/__PAGE__'])('answers a prefetch of segment %s with 404', async (segment) => {
      // Next answers an RSC request without its cache-busting query with a redirect to one; follow it, as the router would.
      const response = await fetch(`${base}/hi/articles/synthetic-fair-pair`, { headers: segmentRequest(segment) });
      expect(response.status).toBe(404);
    });

    it("still serves the page's whole payload, and the page", async () => {
      const payload = await fetch(`${base}/hi/articles/synthetic-fair-pair`, { headers: { RSC: '1' } });
      expect(payload.status).toBe(200);
      expect(payload.headers.get('content-type')).toBe('text/x-component');
      expect(await payload.text()).toContain('synthetic-fair-pair');
      expect((await fetch(`${base}/hi/articles/synthetic-fair-pair`)).status).toBe(200);
    });
  });

  const staticUrl = inject('staticUrl');
  describe.runIf(staticUrl)('nginx over the static export', () => {
    it.each(['/hi/articles/synthetic-fair-pair/__next._tree.txt', '/hi/articles/synthetic-fair-pair/__next._full.txt', '/en/page/2/__next.$d$locale.txt'])('answers %s with 404', async (file) => {
      expect((await fetch(`${staticUrl}${file}`)).status).toBe(404);
    });

    it("still serves the page's whole payload", async () => {
      const payload = await fetch(`${staticUrl}/hi/articles/synthetic-fair-pair.txt`);
      expect(payload.status).toBe(200);
      expect(await payload.text()).toContain('synthetic-fair-pair');
    });
  });
});

/**
 * With experimental.inlineCss Next writes the stylesheet into each page's
 * script payload too (vercel/next.js#95141); the build empties those copies
 * (lib/deploy/payload-stylesheets.ts). Each way of serving must send the
 * stylesheet once: in the page's `<style>`, and not again in the page's
 * inline payload or in the payload a click fetches. (That the pages stay
 * styled after hydration and a click: tests/e2e/links.test.ts.)
 */
describe("the stylesheet's copies in the payloads, which the build empties", () => {
  const page = '/hi/articles/synthetic-fair-pair';
  const payloads: [string, string, (base: string) => Promise<Response>][] = [
    ['next start', inject('fixtureUrl'), (base) => fetch(`${base}${page}`, { headers: { RSC: '1' } })],
    ['the standalone server', inject('standaloneUrl'), (base) => fetch(`${base}${page}`, { headers: { RSC: '1' } })],
    ...(inject('staticUrl') ? [['nginx over the static export', inject('staticUrl'), (base: string) => fetch(`${base}${page}.txt`)] as [string, string, (base: string) => Promise<Response>]] : []),
  ];

  it.each(payloads)('%s sends it once, in the page\'s <style>', async (_name, base, fetchPayload) => {
    const html = await (await fetch(`${base}${page}`)).text();
    const style = /<style data-precedence="next" data-href="([^"]+)">([\s\S]*?)<\/style>/.exec(html);
    expect(style, 'the page inlines its stylesheet').not.toBeNull();
    const [, href = '', text = ''] = style!;
    // The <style> is the whole file, which is large enough that a copy would be noticed.
    expect(await (await fetch(`${base}${href.split(' ')[0]}`)).text()).toBe(text);
    expect(text.length).toBeGreaterThan(2000);
    const sample = text.slice(1000, 1200);
    // As text (an .rsc), or as a JSON string escaped for HTML (Next's inline payload).
    const asJson = JSON.stringify(sample).slice(1, -1);
    const forHtml = asJson.replace(/[&<>\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const inPayload = (body: string) => [sample, asJson, forHtml].some((form) => body.includes(form));
    expect(html.split(sample).length - 1).toBe(1);
    expect(inPayload(html.slice(html.indexOf('</style>')))).toBe(false);
    const payload = await fetchPayload(base);
    expect(payload.status).toBe(200);
    const body = await payload.text();
    // Still the page's payload, with its style element pointing at the emptied row.
    expect(body).toContain('synthetic-fair-pair');
    expect(body).toContain(`"href":"${href.split(' ')[0]}"`);
    expect(inPayload(body)).toBe(false);
  });
});

/**
 * A Node server answers share images and search index files from the files
 * the build wrote (lib/deploy/built-files.ts), where the static export has
 * them prerendered by Next: every way of serving must send the same bytes,
 * and answer a client that already has them with a 304.
 */
describe('share images and search index files', () => {
  const files = ['/hi/share-image.png', '/en/articles/synthetic-fair-pair/share-image.png', '/hi/articles/synthetic-hindi-only/share-image.png', '/hi/search-index/words/0.json', '/en/search-index/results/1.json'];

  it.each(files)('%s is the same file from every server', async (file) => {
    const bodies = await Promise.all(servers.map(async ([name, base]) => {
      const response = await fetch(`${base}${file}`);
      expect(response.status, name).toBe(200);
      return Buffer.from(await response.arrayBuffer());
    }));
    expect(bodies[0]!.length).toBeGreaterThan(0);
    for (const [i, body] of bodies.entries()) expect(body.equals(bodies[0]!), servers[i]![0]).toBe(true);
  });

  describe.each(servers)('%s', (_name, base) => {
    it.each(files)('answers a repeated request for %s with 304', async (file) => {
      const first = await fetch(`${base}${file}`);
      const etag = first.headers.get('etag');
      expect(etag).toMatch(/^(W\/)?"[^"]+"$/);
      const again = await fetch(`${base}${file}`, { headers: { 'If-None-Match': etag! } });
      expect(again.status).toBe(304);
      expect((await again.arrayBuffer()).byteLength).toBe(0);
    });

    it.each(['/hi/search-index/..%2F..%2Fshare-image.png/0.json', '/hi/search-index/words/..%2F..%2F..%2Fshare-image.png', '/hi/articles/..%2Fshare-image.png/share-image.png'])('answers %s, which climbs out of its folder, with 404', async (file) => {
      expect((await fetch(`${base}${file}`)).status).toBe(404);
    });
  });

  it('are not prerendered into the server build, which would cost about 2 ms of build each', () => {
    const manifest = JSON.parse(readFileSync(path.join(distDirOf({ name: 'fixture', contentDir: '' }), 'prerender-manifest.json'), 'utf8')) as { routes: Record<string, unknown> };
    const routes = Object.keys(manifest.routes);
    expect(routes).toContain('/hi/articles/synthetic-fair-pair');
    expect(routes.filter((route) => /share-image|search-index/.test(route))).toEqual([]);
  });
});
