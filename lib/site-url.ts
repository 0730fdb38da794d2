/** Unset, the site is where `npm run serve` puts it: this machine, on PORT (3000 by default). */
function getDefaultSiteUrl(): string {
  return `http://localhost:${process.env.PORT?.trim() || '3000'}`;
}

/**
 * The site's public origin, from `SITE_URL`.
 * It is the only source of absolute URLs: the request's Host header is never
 * used, so a forged Host cannot leak into links, feeds or redirects.
 */
export function getSiteUrl(value: string | undefined = process.env.SITE_URL): URL {
  const raw = value?.trim() || getDefaultSiteUrl();
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL "${raw}" is not a URL; set it to the site's public address, e.g. https://vyapar.example`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL "${raw}" must start with https:// (or http:// for local use)`);
  }
  // The app is served at the root of its host; a path here would produce links to pages that do not exist.
  if (url.pathname.replace(/\/+$/, '') || url.search || url.hash || url.username || url.password) {
    throw new Error(`SITE_URL "${raw}" must be only scheme and host (and port), e.g. https://vyapar.example; no path, query or credentials`);
  }
  return url;
}

/** An absolute URL for a site path such as `/hi/articles/some-slug`. */
export function getAbsoluteUrl(path: string, base: URL = getSiteUrl()): string {
  if (!path.startsWith('/')) throw new Error(`site paths start with "/", got "${path}"`);
  return `${base.origin}${path}`;
}

/**
 * What a build should say about SITE_URL before it bakes absolute URLs into
 * every page: a broken value is a problem, an unset one a warning (the quick
 * start serves on this machine, where localhost is right).
 */
export function describeSiteUrlUse(value: string | undefined): { set: boolean; problem?: string; warning?: string } {
  if (value?.trim()) {
    try {
      getSiteUrl(value);
      return { set: true };
    } catch (error) {
      return { set: true, problem: error instanceof Error ? error.message : String(error) };
    }
  }
  return {
    set: false,
    warning:
      `Warning: SITE_URL is not set, so this build writes ${getDefaultSiteUrl()} into canonical links, hreflang, Open Graph and share-image URLs, ` +
      'structured data, the RSS feeds, the sitemap and robots.txt. That is right only for viewing the site on this machine; ' +
      'for a public site build with SITE_URL=https://your-address npm run build.',
  };
}
