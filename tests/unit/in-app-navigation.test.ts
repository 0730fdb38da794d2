import { describe, expect, it } from 'vitest';
import { type ClickedLink, getInAppPath, type LinkClick } from '@/lib/in-app-navigation';
import {
  adminPath,
  articleShareImagePath,
  feedPath,
  pathOf,
  ROUTES,
  type RouteSpec,
  searchResultPath,
  searchShardPath,
  siteShareImagePath,
} from '@/lib/routes';
import { readAppRoutes } from './support/app-routes';

const CLICK: LinkClick = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, defaultPrevented: false };
const ON = new URL('https://samvad.example/hi/articles/leather-pact?from=home');

function follow(href: string, click: Partial<LinkClick> = {}, link: Partial<ClickedLink> = {}, current = ON) {
  return getInAppPath({ ...CLICK, ...click }, { href, target: '', download: false, ...link }, current);
}

describe('a click on a link moves inside the app', () => {
  it('for another page of the same language, with its query and fragment', () => {
    expect(follow('/hi')).toBe('/hi');
    expect(follow('https://samvad.example/hi/tags/trade')).toBe('/hi/tags/trade');
    expect(follow('/hi/search?q=%E0%A4%9A%E0%A4%AE%E0%A4%A1%E0%A4%BC%E0%A4%BE#results')).toBe('/hi/search?q=%E0%A4%9A%E0%A4%AE%E0%A4%A1%E0%A4%BC%E0%A4%BE#results');
    expect(follow('older-pact')).toBe('/hi/articles/older-pact');
    expect(follow('/hi/organisations/leather-council', {}, { target: '_self' })).toBe('/hi/organisations/leather-council');
  });

  it('and to the same page again, as a link to it is meant to (back to its top)', () => {
    expect(follow('/hi/articles/leather-pact?from=home')).toBe('/hi/articles/leather-pact?from=home');
  });

  it('but not for a new tab, a window, a download, another button, or a click a handler took', () => {
    for (const modifier of ['metaKey', 'ctrlKey', 'shiftKey', 'altKey'] as const) expect(follow('/hi', { [modifier]: true }), modifier).toBeUndefined();
    expect(follow('/hi', { button: 1 })).toBeUndefined();
    expect(follow('/hi', { defaultPrevented: true })).toBeUndefined();
    expect(follow('/hi', {}, { target: '_blank' })).toBeUndefined();
    expect(follow('/hi', {}, { download: true })).toBeUndefined();
  });

  it('nor for another site, another language, or what is not a page of a language', () => {
    expect(follow('https://other.example/hi')).toBeUndefined();
    expect(follow('http://samvad.example/hi')).toBeUndefined();
    expect(follow('/en/articles/leather-pact')).toBeUndefined();
    expect(follow('/')).toBeUndefined();
    expect(follow(`${adminPath}/`)).toBeUndefined();
    expect(follow('mailto:desk@samvad.example')).toBeUndefined();
  });

  it('nor for a jump within the page, which the browser scrolls to', () => {
    expect(follow('#related')).toBeUndefined();
    expect(follow('/hi/articles/leather-pact?from=home#related')).toBeUndefined();
    expect(follow('/hi/articles/leather-pact#related')).toBe('/hi/articles/leather-pact#related');
  });
});

describe('the rule that a page address has no extension', () => {
  const routes = readAppRoutes().filter((route) => route.pattern.startsWith('/:locale'));
  const sample = { locale: 'hi', slug: 'leather-pact', id: 'leather-council', n: 2 };
  const spec = (pattern: string) => Object.entries(ROUTES as Record<string, RouteSpec>).find(([, s]) => s.pattern === pattern)?.[0] as keyof typeof ROUTES;

  it('moves to every page under app/', () => {
    const pages = routes.filter((route) => route.kind === 'page');
    expect(pages.length).toBeGreaterThan(8);
    for (const { pattern } of pages) {
      const address = pathOf(spec(pattern), sample as never);
      expect(follow(address), pattern).toBe(address);
    }
  });

  it('leaves every file under app/ to the browser: one real address for each route handler', () => {
    const files: Record<string, string[]> = {
      '/:locale/articles/:slug/share-image.png': [articleShareImagePath('hi', 'leather-pact')],
      '/:locale/feed.xml': [feedPath('hi')],
      '/:locale/share-image.png': [siteShareImagePath('hi')],
      '/:locale/search-index/:part/:file': [searchShardPath('hi', 3), searchResultPath('hi', 12)],
    };
    // A new route handler needs a line above, and an address the rule leaves alone.
    expect(routes.filter((route) => route.kind === 'handler').map((route) => route.pattern).sort()).toEqual(Object.keys(files).sort());
    for (const [pattern, addresses] of Object.entries(files)) for (const address of addresses) expect(follow(address), pattern).toBeUndefined();
  });
});
