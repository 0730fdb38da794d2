import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_CSP } from '@/lib/cms/backend';
import { renderNginxMainConf } from '@/lib/deploy/serving-config';
import { getNginxConfDir, prepareStaticSite } from '@/lib/deploy/static-site';
import { negotiateLocale } from '@/lib/i18n/negotiate-locale';
import { makeFileTempFolder } from '../support/temp-folder';
import { BOOTSTRAP, makeExport, ownScript, STARTER, SCRIPT_FILE, type HandMadeExport } from './hand-made-export';

/**
 * The generated config run by Debian's nginx (as `npm run serve:static` runs
 * it) over the hand-made export: what each kind of address answers. The same
 * answers from a real build, side by side with the Node servers, are
 * tests/e2e/serving.test.ts.
 */
const NGINX = '/usr/sbin/nginx';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let base = '';
function send(method: string, rawPath: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const url = new URL(base);
    const req = request({ host: url.hostname, port: url.port, method, path: rawPath, headers: { Connection: 'close', ...headers } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

let exported: HandMadeExport;
// nginx's logs and temporary files; removed after the afterAll below has stopped it (Vitest runs after-hooks last registered first).
const runDir = makeFileTempFolder('nginx-test');
let conf: string;
let server: ChildProcess | undefined;

beforeAll(async () => {
  if (!existsSync(NGINX)) throw new Error('nginx is not installed: apt-get install -y nginx libnginx-mod-http-brotli-static (.ci/run does)');
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  exported = makeExport(base);
  await prepareStaticSite({ exportDir: exported.exportDir, snapshotDir: exported.snapshotDir, publicDir: exported.publicDir, siteUrl: new URL(base), log: () => {} });
  conf = path.join(runDir, 'nginx.conf');
  const brotliModule = existsSync(BROTLI_MODULE) ? BROTLI_MODULE : undefined;
  const user = process.getuid?.() === 0 ? userInfo().username : undefined;
  writeFileSync(conf, renderNginxMainConf({ port, runDir, exportDir: exported.exportDir, confDir: getNginxConfDir(exported.exportDir), brotliModule, user }));
  server = spawn(NGINX, ['-p', runDir, '-c', conf, '-e', path.join(runDir, 'error.log'), '-g', 'daemon off;'], { stdio: 'ignore' });
  for (let tries = 0; tries < 100; tries++) {
    if ((await send('GET', '/hi').catch(() => undefined))?.status === 200) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('nginx did not answer /hi');
});

afterAll(() => {
  server?.kill('SIGTERM');
  exported?.remove();
});

describe('the generated nginx config', () => {
  it('passes nginx -t', () => {
    const test = spawnSync(NGINX, ['-t', '-p', runDir, '-c', conf, '-e', path.join(runDir, 'error.log')], { encoding: 'utf8' });
    expect(test.stderr).toContain('syntax is ok');
    expect(test.status).toBe(0);
  });

  it('serves pages by their address with their own script hashes and no unsafe-inline, and never as .html', async () => {
    const page = await send('GET', '/en/articles/pair');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('The fair');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain(`script-src 'self' ${sha256(BOOTSTRAP)} ${sha256(ownScript('en-pair'))} ${sha256(STARTER)};`);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(page.headers['cache-control']).toMatch(/max-age=\d+.*s-maxage=\d+.*stale-while-revalidate=\d+/);
    expect((await send('GET', '/en/articles/pair.html')).status).toBe(404);
  });

  it('answers a missing translation 404 with the page offering the other language, under that page’s own hashes', async () => {
    const offer = await send('GET', '/en/articles/hindi-only');
    expect(offer.status).toBe(404);
    expect(offer.body).toContain('Only in Hindi');
    expect(String(offer.headers['content-security-policy'])).toContain(sha256(ownScript('en-hindi-only')));
    expect((await send('GET', '/hi/articles/hindi-only')).status).toBe(200);
  });

  it.each(['/fr', '/en/articles/nothing', '/hi/page/9', '/404', '/_not-found', '/hi.html', '/hi/feed.xml.br', '/_headers', '/%', '/hi/%E0'])(
    '%s answers 404 with the site’s 404 page',
    async (address) => {
      const answer = await send('GET', address);
      expect(answer.status).toBe(404);
      expect(answer.body).toContain('Page not found');
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
    },
  );

  it.each([
    ['/en/news/2024/old-fair?ref=mail', 308, '/en/articles/pair?ref=mail'],
    [encodeURI('/hi/पुराना-पता'), 308, '/hi/articles/pair'],
    [encodeURI('/hi/पुराना-पता'.normalize('NFD')), 308, '/hi/articles/pair'],
    ['/hi/page/1', 308, '/hi'],
    ['/hi/page/1?x=1', 308, '/hi?x=1'],
  ])('%s answers %i to SITE_URL + %s', async (address, status, target) => {
    const answer = await send('GET', address);
    expect(answer.status).toBe(status);
    expect(answer.headers.location).toBe(`${base}${target}`);
  });

  it.each([
    ['/hi/', '/hi'],
    ['/en/articles/pair/?a=b', '/en/articles/pair?a=b'],
    ['//hi', '/hi'],
    ['/hi//articles//pair', '/hi/articles/pair'],
  ])('%s answers 308 to %s, a path as Next sends it', async (address, target) => {
    const answer = await send('GET', address);
    expect(answer.status).toBe(308);
    expect(answer.headers.location).toBe(target);
  });

  it.each(['/\\evil.example/', '//\\evil.example', '/\\/evil.example', '/hi/\\\\evil.example/'])('%s is never sent on to another site', async (address) => {
    const answer = await send('GET', address);
    expect(answer.status).toBe(404);
    expect(answer.headers.location).toBeUndefined();
  });

  it('sends / to the remembered language, then the browser’s, then Hindi, and tells caches it depends on both', async () => {
    const home = async (headers: Record<string, string>) => {
      const answer = await send('GET', '/?utm=x', headers);
      expect(answer.status).toBe(307);
      expect(answer.headers.vary).toBe('Cookie, Accept-Language');
      expect(answer.headers['cache-control']).toBe('private, no-store');
      return String(answer.headers.location).replace(base, '');
    };
    expect(await home({})).toBe('/hi?utm=x');
    expect(await home({ Cookie: 'locale=en', 'Accept-Language': 'hi' })).toBe('/en?utm=x');
    expect(await home({ Cookie: 'theme=dark; locale=xx', 'Accept-Language': 'en' })).toBe('/en?utm=x');
  });

  // As browsers send it: ranges in falling q order. nginx takes the first range of a site language that is not q=0.
  it.each(['en-GB,en;q=0.9', 'fr-FR,fr;q=0.9,en;q=0.8', 'hi-IN,hi;q=0.9,en;q=0.8', 'EN', 'de,*;q=0.5', '*', 'fr', 'en;q=0,hi', 'en;q=0.000, fr', 'en_US', ''])(
    'Accept-Language %j picks the language negotiateLocale picks',
    async (acceptLanguage) => {
      const answer = await send('GET', '/', acceptLanguage ? { 'Accept-Language': acceptLanguage } : {});
      expect(answer.headers.location).toBe(`${base}/${negotiateLocale({ acceptLanguage })}`);
    },
  );

  it('documented approximation: ranges listed against their q order are read in listed order', async () => {
    const acceptLanguage = 'en;q=0.5, hi;q=0.9';
    expect(negotiateLocale({ acceptLanguage })).toBe('hi');
    expect((await send('GET', '/', { 'Accept-Language': acceptLanguage })).headers.location).toBe(`${base}/en`);
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE'])('%s answers 405 with Allow: GET, HEAD and the security headers', async (method) => {
    for (const address of ['/', '/hi', '/hi/feed.xml', '/nothing', SCRIPT_FILE]) {
      const answer = await send(method, address);
      expect(answer.status, `${method} ${address}`).toBe(405);
      expect(answer.headers.allow).toBe('GET, HEAD');
      expect(String(answer.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    }
    expect((await send('GET', '/hi')).headers.allow).toBeUndefined();
  });

  it('serves the editor at /admin and under it with its own policy, as next.config.ts does', async () => {
    for (const address of ['/admin', '/admin/index.html']) {
      const editor = await send('GET', address);
      expect(editor.status, address).toBe(200);
      expect(editor.body).toContain('<title>Editor</title>');
      expect(editor.headers['content-security-policy']).toBe(ADMIN_CSP);
      expect(editor.headers['cross-origin-opener-policy']).toBe('same-origin-allow-popups');
    }
    expect((await send('GET', '/admin/')).headers.location).toBe('/admin');
    expect((await send('GET', '/hi')).headers['cross-origin-opener-policy']).toBe('same-origin');
  });

  it.each([
    ['/hi/feed.xml', 'application/rss+xml; charset=utf-8'],
    ['/sitemap.xml', 'application/xml; charset=utf-8'],
    ['/sitemaps/hi-1.xml', 'application/xml; charset=utf-8'],
    ['/robots.txt', 'text/plain'],
    ['/hi/search-index/words/0.json', 'application/json; charset=utf-8'],
    ['/hi/articles/pair/share-image.png', 'image/png'],
    ['/hi.txt', 'text/plain; charset=utf-8'],
    ['/favicon.svg', 'image/svg+xml'],
    ['/admin/index.html', 'text/html; charset=utf-8'],
  ])('%s is served as %s, the Node server’s type', async (address, type) => {
    const answer = await send('GET', address);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe(type);
  });

  it('caches hashed assets for a year and serves the precompressed copies', async () => {
    const asset = await send('GET', SCRIPT_FILE, { 'Accept-Encoding': 'gzip' });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-encoding']).toBe('gzip');
    expect(asset.headers.vary).toBe('Accept-Encoding');
    if (existsSync(BROTLI_MODULE)) expect((await send('GET', '/hi', { 'Accept-Encoding': 'br, gzip' })).headers['content-encoding']).toBe('br');
  });
});
