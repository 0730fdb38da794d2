import { describe, expect, inject, it } from 'vitest';
import { builtOrigin } from './support/site-origin';

/** Addresses in a page, feed or sitemap: href and src attributes, sitemap <loc>, robots.txt's Sitemap line. */
const LINK = /(?:\b(?:href|src)="|<loc>|^Sitemap: )([^"<\s]+)/gm;

/** Same-site paths a response points at, with absolute URLs (built from SITE_URL) read as paths. */
function findPaths(text: string): string[] {
  return [...text.matchAll(LINK)].flatMap(([, raw = '']) => {
    const link = raw.replace(/&amp;/g, '&').replace(builtOrigin, '').split('#')[0] ?? '';
    return link.startsWith('/') && !link.startsWith('//') ? [link] : [];
  });
}

/** Follows every link from the homes, feeds, sitemap and robots.txt; answers each address's status and where it was found. */
async function crawl(site: string) {
  const found = new Map<string, string>(['/hi', '/en', '/sitemap.xml', '/robots.txt', '/hi/feed.xml', '/en/feed.xml'].map((p) => [p, 'start']));
  const broken: string[] = [];
  for (const [path, from] of found) {
    const response = await fetch(`${site}${path}`);
    if (response.status >= 400) broken.push(`${response.status} ${path} (linked from ${from})`);
    if (!/html|xml|text\/plain/.test(response.headers.get('content-type') ?? '')) continue;
    for (const link of findPaths(await response.text())) if (!found.has(link)) found.set(link, path);
  }
  return { checked: found.size, broken };
}

describe('links between pages', () => {
  it.each([
    ['real', inject('realUrl')],
    ['fixture', inject('fixtureUrl')],
  ])('every address the %s site links to answers', async (_, site) => {
    const { checked, broken } = await crawl(site);
    expect(broken).toEqual([]);
    // Homes, articles, lists, feeds, share images, scripts and styles: far more than the starting points.
    expect(checked).toBeGreaterThan(30);
  });
});
