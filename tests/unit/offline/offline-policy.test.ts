import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/locales';
import {
  SAVED_AT_HEADER,
  SAVE_PAGE_MESSAGE,
  findSavedArticles,
  isCompletePage,
  isCompleteResponse,
  isSavablePage,
  isSavePageMessage,
  keepOutdatedAssets,
  localeOfPath,
  offlinePageFor,
  readSavedAt,
  stampSaved,
  type ResponseFacts,
} from '@/lib/offline/offline-policy';

const origin = 'https://vyapar.example';

describe('which pages the worker saves', () => {
  it.each(['/hi', '/en', '/hi/articles/synthetic-fair-pair', '/en/tags/export-trade', '/hi/page/2', '/hi/search'])('saves %s', (path) => {
    expect(isSavablePage(path, locales)).toBe(true);
  });

  // `/` answers a redirect chosen by cookie and Accept-Language; an alias redirects; /admin is the editor.
  it.each(['/', '/admin', '/admin/index.html', '/old-announcement', '/hindi', '/hi-old/articles/x', '/_next/static/chunks/a.js', '/sw.js', '/robots.txt'])('never saves %s', (path) => {
    expect(isSavablePage(path, locales)).toBe(false);
  });

  it('reads the language from the first segment only', () => {
    expect(localeOfPath('/en/articles/hi', locales)).toBe('en');
    expect(localeOfPath('/english', locales)).toBeUndefined();
  });
});

describe('offlinePageFor', () => {
  it("gives a page of a language that language's offline page", () => {
    expect(offlinePageFor('/en/articles/never-opened', locales, 'hi')).toBe('/en/offline');
    expect(offlinePageFor('/hi/tags/export-trade', locales, 'en')).toBe('/hi/offline');
  });

  it("gives an address outside every language the fallback language's", () => {
    expect(offlinePageFor('/', locales, 'hi')).toBe('/hi/offline');
    expect(offlinePageFor('/an-old-alias', locales, 'en')).toBe('/en/offline');
  });
});

function response(status: number, contentType: string, extra: Partial<ResponseFacts> = {}): ResponseFacts {
  return { status, type: 'basic', redirected: false, headers: new Headers({ 'content-type': contentType }), ...extra };
}

describe('which answers are kept', () => {
  it('keeps a 200 HTML page of this site', () => {
    expect(isCompletePage(response(200, 'text/html; charset=utf-8'))).toBe(true);
  });

  it.each([
    ['a 404 page', response(404, 'text/html; charset=utf-8')],
    ['a server error', response(500, 'text/html')],
    ["a navigation's redirect (what `/` answers)", response(0, '', { type: 'opaqueredirect' })],
    ['a page reached through a redirect', response(200, 'text/html', { redirected: true })],
    ["another site's answer", response(0, '', { type: 'opaque' })],
    ['a feed at a page address', response(200, 'application/rss+xml')],
    ['an RSC payload', response(200, 'text/x-component')],
  ])('never keeps %s as a page', (_, answer) => {
    expect(isCompletePage(answer)).toBe(false);
  });

  it('keeps any complete 200 as an asset, but no 404 or network error', () => {
    expect(isCompleteResponse(response(200, 'text/css'))).toBe(true);
    expect(isCompleteResponse(response(404, 'image/png'))).toBe(false);
    expect(isCompleteResponse(response(0, '', { type: 'error' }))).toBe(false);
  });
});

describe('findSavedArticles', () => {
  it('lists the saved articles once each, without homes, lists or addresses with a query', () => {
    const saved = [
      '/hi',
      '/hi/articles/synthetic-kaal',
      '/en/articles/synthetic-fair-pair',
      '/hi/tags/export-trade',
      '/hi/articles/synthetic-kal?utm_source=whatsapp',
      '/hi/articles/synthetic-fair-pair',
      '/hi/articles/synthetic-kaal',
    ].map((path) => `${origin}${path}`);
    expect(findSavedArticles(saved)).toEqual([
      { path: '/hi/articles/synthetic-kaal', locale: 'hi' },
      { path: '/en/articles/synthetic-fair-pair', locale: 'en' },
      { path: '/hi/articles/synthetic-fair-pair', locale: 'hi' },
    ]);
  });

  it('finds nothing in an empty cache', () => {
    expect(findSavedArticles([])).toEqual([]);
  });
});

describe('the time a page was saved', () => {
  it('is stamped on the kept copy, which keeps the status, headers and body of the answer', async () => {
    const answer = new Response('<h1>संकट का काल बीता</h1>', { status: 200, statusText: 'OK', headers: { 'content-type': 'text/html; charset=utf-8' } });
    const kept = stampSaved(answer, Date.parse('2026-12-02T06:30:00Z'));
    expect(readSavedAt(kept)).toBe(Date.parse('2026-12-02T06:30:00Z'));
    expect([kept.status, kept.statusText, kept.headers.get('content-type')]).toEqual([200, 'OK', 'text/html; charset=utf-8']);
    expect(await kept.text()).toBe('<h1>संकट का काल बीता</h1>');
  });

  it('is 0 for a copy saved without it', () => {
    expect(readSavedAt(new Response('x'))).toBe(0);
    expect(readSavedAt(new Response('x', { headers: { [SAVED_AT_HEADER]: 'yesterday' } }))).toBe(0);
  });
});

describe('isSavePageMessage', () => {
  it('accepts only the save message with a path', () => {
    expect(isSavePageMessage({ type: SAVE_PAGE_MESSAGE, path: '/hi/articles/x' })).toBe(true);
    for (const data of [null, 'x', { type: SAVE_PAGE_MESSAGE }, { type: 'CACHE_URLS', path: '/hi' }, { type: SAVE_PAGE_MESSAGE, path: 3 }]) expect(isSavePageMessage(data)).toBe(false);
  });
});

/** Just enough of the Cache API (keys, match, put) over a Map, as Node has no CacheStorage. */
class MemoryCache {
  readonly entries = new Map<string, Response>();
  constructor(entries: Record<string, string> = {}) {
    for (const [url, body] of Object.entries(entries)) this.entries.set(url, new Response(body));
  }
  async keys() {
    return [...this.entries.keys()].map((url) => new Request(url));
  }
  async match(request: Request | string) {
    return this.entries.get(typeof request === 'string' ? request : request.url);
  }
  async put(request: Request | string, response: Response) {
    this.entries.set(typeof request === 'string' ? request : request.url, response);
  }
}

describe('keepOutdatedAssets', () => {
  it("moves the previous build's hashed files the new precache no longer lists into the assets cache, and nothing else", async () => {
    const precache = new MemoryCache({
      [`${origin}/_next/static/chunks/old-styles.css`]: 'old css',
      [`${origin}/_next/static/media/font.woff2`]: 'font',
      [`${origin}/hi/offline?__WB_REVISION__=old-build`]: 'old offline page',
      [`${origin}/favicon.svg?__WB_REVISION__=abc`]: 'icon',
    });
    const assets = new MemoryCache();
    const current = new Set([`${origin}/_next/static/media/font.woff2`, `${origin}/favicon.svg?__WB_REVISION__=abc`]);
    const kept = await keepOutdatedAssets(precache as unknown as Cache, assets as unknown as Cache, current);
    expect(kept).toEqual([`${origin}/_next/static/chunks/old-styles.css`]);
    expect([...assets.entries.keys()]).toEqual([`${origin}/_next/static/chunks/old-styles.css`]);
    expect(await assets.entries.get(`${origin}/_next/static/chunks/old-styles.css`)?.text()).toBe('old css');
  });
});
