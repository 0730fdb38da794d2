import { request } from 'node:http';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './support/browser';
import { getStartedScripts } from '@/lib/deploy/scripts-after-paint';
import { IMMUTABLE_CACHE, PAGE_CACHE_CONTROL } from '@/lib/security/headers';
import { hostileRequests } from './support/hostile-requests';
import { startStandalone } from './support/site';

/** Next's build files a page loads: those its starter adds after the first paint (lib/deploy/scripts-after-paint.ts), then those still in a `<script src>` tag. */
function pageScripts(html: string): string[] {
  return [...getStartedScripts(html), ...[...html.matchAll(/src="(\/_next\/static\/[^"]+\.js)"/g)].map((m) => m[1]!)];
}

/** Every way of serving the fixture build that the setup started. */
const servers: [string, string][] = [
  ['next start', inject('fixtureUrl')],
  ['standalone server', inject('standaloneUrl')],
  ...(inject('staticUrl') ? [['nginx serving the static export', inject('staticUrl')] as [string, string]] : []),
];
const browser = useBrowser();

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request exactly as given (node:http: any method, any path bytes, no redirect following). */
function send(base: string, method: string, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const url = new URL(base);
    const req = request({ host: url.hostname, port: url.port, method, path, headers: { Connection: 'close', ...headers } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.setTimeout(15_000, () => req.destroy(new Error(`${method} ${path} timed out`)));
    req.end();
  });
}

// One address of every kind the site answers (fixture content: synthetic-hindi-only has no English version).
const PAGES = [
  '/hi',
  '/en/page/2',
  '/hi/articles/synthetic-fair-pair',
  '/en/articles/synthetic-hindi-only',
  '/en/organisations',
  '/hi/tags/export-trade',
  '/en/search',
  '/hi/feed.xml',
  '/sitemap.xml',
  '/robots.txt',
  '/hi/share-image.png',
  '/en/nothing-here',
  '/',
  '/hi/page/1',
];

describe.each(servers)('security headers from %s', (_name, base) => {
  it.each(PAGES)('%s carries the whole set', async (path) => {
    const response = await send(base, 'GET', path);
    expect(response.status).toBeLessThan(500);
    const csp = String(response.headers['content-security-policy']);
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'", "img-src 'self' data:", "connect-src 'self'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain('unsafe-eval');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    const permissions = String(response.headers['permissions-policy']);
    expect(permissions).toMatch(/camera=\(\)/);
    expect(permissions).toMatch(/microphone=\(\)/);
    expect(permissions).toMatch(/geolocation=\(\)/);
    expect(permissions).toMatch(/web-share=\(self\)/);
    expect(permissions).toMatch(/clipboard-write=\(self\)/);
    expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
    // The test builds are served over http, where Strict-Transport-Security must not be sent.
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('tells browsers and a CDN how long to keep each answer: minutes for what a rebuild changes, a year for hashed assets', async () => {
    for (const path of ['/hi', '/hi/articles/synthetic-fair-pair', '/hi/feed.xml', '/sitemap.xml', '/hi/share-image.png']) {
      expect((await send(base, 'GET', path)).headers['cache-control'], path).toBe(PAGE_CACHE_CONTROL);
    }
    const home = await send(base, 'GET', '/hi');
    const asset = pageScripts(home.body)[0];
    expect(asset).toBeDefined();
    expect((await send(base, 'GET', asset!)).headers['cache-control']).toBe(IMMUTABLE_CACHE);
    // The language choice depends on the reader: never kept by a shared cache.
    expect((await send(base, 'GET', '/')).headers['cache-control']).toBe('private, no-store');
  });

  it("sends Next's build files only nosniff and their year-long Cache-Control, not the page policies", async () => {
    const home = (await send(base, 'GET', '/hi')).body;
    const scripts = pageScripts(home);
    const font = /url\((\/_next\/static\/media\/[^)]+\.woff2)\)/.exec(home)?.[1];
    expect(scripts.length).toBeGreaterThan(2);
    expect(font).toBeDefined();
    for (const path of [...scripts, font!]) {
      const { status, headers } = await send(base, 'GET', path);
      expect(status, path).toBe(200);
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['cache-control'], path).toBe(IMMUTABLE_CACHE);
      for (const policy of ['content-security-policy', 'permissions-policy', 'cross-origin-opener-policy', 'referrer-policy', 'strict-transport-security']) {
        expect(headers[policy], `${policy} on ${path}`).toBeUndefined();
      }
    }
  });

  it('answers GET and HEAD alike, and 405 with Allow to every other method', async () => {
    const asset = pageScripts((await send(base, 'GET', '/hi')).body)[0];
    expect(asset).toBeDefined();
    for (const path of ['/hi', '/hi/articles/synthetic-fair-pair', '/hi/feed.xml', '/sitemap.xml', '/en/nothing-here', '/', asset!]) {
      const get = await send(base, 'GET', path);
      const head = await send(base, 'HEAD', path);
      expect(head.status, `HEAD ${path}`).toBe(get.status);
      expect(head.body, `HEAD ${path}`).toBe('');
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']) {
        const refused = await send(base, method, path);
        if (method === 'OPTIONS' && refused.status === 204) continue;
        expect(refused.status, `${method} ${path}`).toBe(405);
        expect(refused.headers.allow, `${method} ${path}`).toBe('GET, HEAD');
      }
    }
  });

  it('survives 2,000 hostile addresses and methods: never a 5xx, never a 200 for a method other than GET or HEAD', async () => {
    const failures: string[] = [];
    const requests = hostileRequests(20261202, 2000);
    // A few at a time: a fuzz run, not a load test.
    for (let i = 0; i < requests.length; i += 8) {
      const batch = requests.slice(i, i + 8);
      const answers = await Promise.all(batch.map(({ method, path }) => send(base, method, path).catch((error: Error) => ({ status: 0, headers: {}, body: error.message }))));
      answers.forEach((answer, j) => {
        const { method, path } = batch[j]!;
        if (answer.status >= 500 || answer.status === 0) failures.push(`${method} ${path} → ${answer.status}`);
        if (method !== 'GET' && method !== 'HEAD' && answer.status >= 200 && answer.status < 300) failures.push(`${method} ${path} → ${answer.status}`);
      });
    }
    expect(failures).toEqual([]);
  }, 240_000);
});

/** What a TLS-terminating proxy in front of the Node server (nginx, Caddy, a CDN) adds to every request it forwards (docs/deploy.md). */
const BEHIND_TLS = { 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'vyapar.example', 'X-Forwarded-For': '203.0.113.7' };

describe.each(servers.filter(([name]) => name !== 'nginx serving the static export'))('behind a TLS proxy, %s', (_name, base) => {
  it.each([...PAGES, '/%', '/hi/articles/%E0%A4', '/hi/tags/%E0', '/%zz/page/1'])('%s answers as it does directly, never 5xx', async (path) => {
    const [direct, forwarded] = await Promise.all([send(base, 'GET', path), send(base, 'GET', path, BEHIND_TLS)]);
    expect(forwarded.status).toBe(direct.status);
    expect(forwarded.status).toBeLessThan(500);
    if (direct.status === 404) expect(forwarded.body).toMatch(/404/);
  });
});

describe.each(servers)('the content security policy in Chromium, from %s', (_name, base) => {
  it('reports no violation on any kind of page, and search, the language switcher and sharing still work', async () => {
    const { page, errors } = await openPage(browser());
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const violations: string[] = [];
    const collect = async () => violations.push(...(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)));
    for (const path of ['/hi', '/en/page/2', '/hi/articles/synthetic-fair-pair', '/en/articles/synthetic-hindi-only', '/en/organisations', '/hi/tags/export-trade', '/en/nothing-here']) {
      await page.goto(`${base}${path}`);
      await page.waitForLoadState('networkidle');
      await collect();
    }
    // Search: the index is fetched and results appear under the policy.
    await page.goto(`${base}/en/search?q=synthetic`);
    await page.waitForSelector('.search-results li, .search-result', { timeout: 15_000 });
    await collect();
    // The switcher is a plain link that also remembers the choice.
    await page.goto(`${base}/en/articles/synthetic-fair-pair`);
    await page.click('.switcher a[hreflang="hi"]');
    await page.waitForURL(/\/hi\/articles\/synthetic-fair-pair$/);
    expect((await page.context().cookies()).find((c) => c.name === 'locale')?.value).toBe('hi');
    await collect();
    // Sharing: copy-link writes to the clipboard (allowed by Permissions-Policy) and says so.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await page.goto(`${base}/en/articles/synthetic-fair-pair`);
    await page.click('.share button:has-text("Copy link")');
    await page.locator('.share-status', { hasText: 'Link copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/en\/articles\/synthetic-fair-pair$/);
    await collect();
    expect(violations).toEqual([]);
    expect(errors.filter((e) => /Content Security Policy|Refused to/.test(e))).toEqual([]);
    await page.context().close();
  });
});

describe('fenced framework workarounds (lib/security/next-workarounds.ts)', () => {
  it('Next still answers 500 to TRACE, to POST on its own files and to an undecodable address, without the workarounds: when one of these fails, Next answers by itself and that workaround can go', async () => {
    const bare = await startStandalone({ name: 'fixture', contentDir: 'tests/fixtures/site' }, { VYAPAR_WITHOUT_NEXT_WORKAROUNDS: '1' });
    try {
      const asset = pageScripts((await send(bare.url, 'GET', '/hi')).body)[0];
      expect(asset).toBeDefined();
      expect((await send(bare.url, 'TRACE', '/hi')).status).toBe(500);
      expect((await send(bare.url, 'POST', asset!)).status).toBe(500);
      expect((await send(bare.url, 'GET', '/hi/tags/%E0')).status).toBe(500);
      // With them, the same build answers with its own 404 page, behind a TLS proxy too (vercel/next.js#94745 broke a rewrite there).
      for (const headers of [{}, BEHIND_TLS]) {
        const missing = await send(inject('standaloneUrl'), 'GET', '/hi/tags/%E0', headers);
        expect(missing.status).toBe(404);
        expect(missing.body).toContain('<html lang="hi"');
      }
      // And like every other refused method.
      for (const [method, path] of [['TRACE', '/hi'], ['POST', asset!], ['OPTIONS', asset!]] as const) {
        const refused = await send(inject('standaloneUrl'), method, path);
        expect(refused.status, `${method} ${path}`).toBe(405);
        expect(refused.headers.allow).toBe('GET, HEAD');
      }
    } finally {
      bare.stop();
    }
  });
});
