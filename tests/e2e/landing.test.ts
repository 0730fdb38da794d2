import { request } from 'node:http';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './support/browser';

// Landing depends on no article; the fixture site is the one whose content never changes under the tests.
const site = inject('fixtureUrl');
const browser = useBrowser();

/** A raw GET of `/` (node:http, so any Host header can be sent and redirects are not followed). */
function getRoot(headers: Record<string, string>, query = ''): Promise<{ status?: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = request(`${site}/${query}`, { headers }, (res) => {
      res.resume();
      resolve({ status: res.statusCode, headers: res.headers });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('landing on /', () => {
  it.each([
    [{}, '/hi'],
    [{ 'Accept-Language': 'en-US,en;q=0.9' }, '/en'],
    [{ 'Accept-Language': 'hi-IN,hi;q=0.9,en;q=0.8' }, '/hi'],
    [{ 'Accept-Language': 'fr-FR, en;q=0.5, hi;q=0.4' }, '/en'],
    [{ 'Accept-Language': 'en;q=0.2, hi;q=0.8' }, '/hi'],
    [{ 'Accept-Language': 'de, fr' }, '/hi'],
    [{ 'Accept-Language': 'en', Cookie: 'locale=hi' }, '/hi'],
    [{ 'Accept-Language': 'hi', Cookie: 'locale=en' }, '/en'],
    [{ 'Accept-Language': 'en', Cookie: 'locale=xx' }, '/en'],
  ])('%o → 307 to %s, marked as varying per reader', async (headers, target) => {
    const response = await getRoot(headers);
    expect(response.status).toBe(307);
    expect(new URL(String(response.headers.location), site).pathname).toBe(target);
    expect(String(response.headers.vary)).toMatch(/Cookie/);
    expect(String(response.headers.vary)).toMatch(/Accept-Language/);
    expect(String(response.headers['cache-control'])).toMatch(/private/);
    expect(String(response.headers['cache-control'])).toMatch(/no-store/);
  });

  it('keeps the query string, so campaign tags survive the redirect', async () => {
    const response = await getRoot({ 'Accept-Language': 'en' }, '?utm_source=whatsapp');
    const location = new URL(String(response.headers.location), site);
    expect(`${location.pathname}${location.search}`).toBe('/en?utm_source=whatsapp');
  });

  it('never puts the request Host into the redirect', async () => {
    const response = await getRoot({ Host: 'attacker.example', 'Accept-Language': 'en' });
    expect(response.status).toBe(307);
    expect(String(response.headers.location)).not.toContain('attacker');
  });

  it('sends a browser to its language, then to the language the reader chose', async () => {
    const { page, errors } = await openPage(browser(), { locale: 'en-GB' });
    await page.goto(`${site}/`);
    expect(page.url()).toBe(`${site}/en`);
    await page.click('.switcher a[hreflang="hi"]');
    await page.waitForURL(`${site}/hi`);
    await page.goto(`${site}/`);
    expect(page.url()).toBe(`${site}/hi`);
    expect(await page.getAttribute('html', 'lang')).toBe('hi');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('sends a Hindi browser to Hindi', async () => {
    const { page } = await openPage(browser(), { locale: 'hi-IN' });
    await page.goto(`${site}/`);
    expect(page.url()).toBe(`${site}/hi`);
    await page.context().close();
  });
});
