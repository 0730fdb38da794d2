import { describe, expect, inject, it } from 'vitest';
import { dictionaries } from '@/lib/i18n/dictionaries';
import { ROUTES } from '@/lib/routes';

// What every reader downloads: the scripts a page loads carry client leaves with their strings as props, never the
// server's tables (the route table, the dictionaries) or i18next. Fixture site, as `next start` serves it.
const site = inject('fixtureUrl');
const pages = ['/hi', '/hi/articles/synthetic-fair-pair', '/en/articles/synthetic-fair-pair', '/hi/search'];

async function loadedScripts(path: string): Promise<Map<string, string>> {
  const html = await (await fetch(`${site}${path}`)).text();
  // <script src> and the chunk list of Turbopack's bootstrap script.
  const addresses = new Set(html.match(/\/_next\/static\/chunks\/[\w.-]+\.js/g) ?? []);
  const scripts = new Map<string, string>();
  for (const address of addresses) scripts.set(address, await (await fetch(`${site}${address}`)).text());
  return scripts;
}

describe('scripts sent to the browser', () => {
  it.each(pages)('%s loads no route table, dictionary or i18next', async (path) => {
    const scripts = await loadedScripts(path);
    expect(scripts.size).toBeGreaterThan(3);
    // Long strings that only the server's modules hold: each row's description and every dictionary entry.
    const serverOnly = [
      ...Object.values(ROUTES).map((route) => route.what.replace(/:\w+.*/, '')),
      ...Object.values(dictionaries).flatMap((dictionary) => Object.values(dictionary).filter((text): text is string => typeof text === 'string' && text.length >= 24)),
    ].filter((text) => text.length >= 12);
    expect(serverOnly.length).toBeGreaterThan(50);
    const found = [...scripts].flatMap(([address, source]) => [
      ...serverOnly.filter((text) => source.includes(text)).map((text) => `${address}: ${text}`),
      ...(/i18next::|react-i18next/.test(source) ? [`${address}: i18next`] : []),
    ]);
    expect(found).toEqual([]);
  });
});
