import { NextResponse, type NextRequest } from 'next/server';
import { getAliasTarget } from '@/lib/content/aliases';
import { isMissingTranslation } from '@/lib/content/queries';
import { isLocale } from '@/lib/i18n/locales';
import { negotiateLocale } from '@/lib/i18n/negotiate-locale';
import { decodePath, homePath, parseArticlePath, parseFirstPagePath, unavailablePath } from '@/lib/routes';
import { getAbsoluteUrl } from '@/lib/site-url';

const REWRITTEN = 'x-vyapar-unavailable';

/** Same request, another path: a clone of nextUrl stays an internal rewrite whatever Host the client sent. */
function withPath(request: NextRequest, pathname: string): URL {
  const url = request.nextUrl.clone();
  url.pathname = pathname;
  return url;
}

/**
 * Location is built from SITE_URL (Next refuses a relative one), so the request's
 * Host is never echoed. A `personal` answer depends on the cookie and
 * Accept-Language: shared caches must not keep it.
 */
function redirectTo(pathname: string, status: 307 | 308, personal: boolean): NextResponse {
  const headers = new Headers({ Location: getAbsoluteUrl(pathname) });
  if (personal) {
    headers.set('Vary', 'Cookie, Accept-Language');
    headers.set('Cache-Control', 'private, no-store');
  }
  return new NextResponse(null, { status, headers });
}

/**
 * `/` goes to the reader's language (remembered choice, then browser, then default);
 * `/…/page/1` to its list; an article asked for in a language it was not
 * published in answers 404 with a page that offers the languages it was.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // Next itself answers 500 when it cannot decode a dynamic segment (`/%`, `/hi/tags/%E0`); such an address names no page.
  if (decodePath(pathname) === undefined) return NextResponse.rewrite(withPath(request, '/404'), { status: 404 });
  if (pathname === '/') {
    const locale = negotiateLocale({ cookie: request.cookies.get('locale')?.value, acceptLanguage: request.headers.get('accept-language') });
    // The query (campaign tags, a shared search) travels with the reader.
    return redirectTo(`${homePath(locale)}${request.nextUrl.search}`, 307, true);
  }
  const firstPage = parseFirstPagePath(pathname);
  if (firstPage) return redirectTo(`${firstPage}${request.nextUrl.search}`, 308, false);
  // An earlier address from an article's `aliases:` (checked here, not in next.config redirects, so it reads the same content the pages do at run time).
  const aliasTarget = getAliasTarget(pathname);
  if (aliasTarget) return redirectTo(`${aliasTarget}${request.nextUrl.search}`, 308, false);
  if (/^\/[^/]+\/unavailable(\/|$)/.test(pathname) && !request.headers.has(REWRITTEN)) {
    // The internal page is only ever a rewrite target, never an address of its own.
    return NextResponse.rewrite(withPath(request, '/404'), { status: 404 });
  }
  const article = parseArticlePath(pathname);
  if (article && isLocale(article.locale) && isMissingTranslation(article.locale, article.slug)) {
    // Marked, because when Next binds to a host name the rewritten request passes through here again.
    const headers = new Headers(request.headers);
    headers.set(REWRITTEN, '1');
    return NextResponse.rewrite(withPath(request, unavailablePath(article.locale, article.slug)), { status: 404, request: { headers } });
  }
  return NextResponse.next();
}

// The last pattern is for aliases, which may be any earlier path; only Next's own assets skip the proxy.
export const config = { matcher: ['/', '/:locale/articles/:slug', '/:locale/unavailable/:path*', '/:locale/page/1', '/:locale/:list/:id/page/1', '/((?!_next/).*)'] };
