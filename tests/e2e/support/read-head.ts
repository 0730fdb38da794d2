import type { Page } from 'playwright-core';

/** What a page's `<head>` tells browsers, crawlers and link previews, read in the page itself. */
export async function readHead(page: Page) {
  return page.evaluate(() => {
    const meta = (key: string) => [...document.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)].map((m) => m.getAttribute('content'));
    const links = (selector: string) => [...document.querySelectorAll(selector)].map((l) => [l.getAttribute('hreflang') ?? l.getAttribute('type'), l.getAttribute('href')]);
    return {
      title: document.title,
      description: meta('description')[0],
      robots: meta('robots')[0],
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
      hreflang: links('link[rel="alternate"][hreflang]'),
      feeds: links('link[rel="alternate"][type="application/rss+xml"]'),
      og: Object.fromEntries(
        ['og:type', 'og:title', 'og:description', 'og:url', 'og:image', 'og:image:width', 'og:image:height', 'og:image:alt', 'og:locale', 'article:published_time', 'twitter:card'].map((k) => [k, meta(k)[0]]),
      ),
      ogLocaleAlternates: meta('og:locale:alternate'),
    };
  });
}
