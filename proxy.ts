import { NextResponse, type NextRequest } from 'next/server';
import routing from '@generated/routing';
import { findAliasTarget, findOtherLanguages } from '@/lib/content/routing';
import { isLocale } from '@/lib/i18n/locales';
import { LOCALE_COOKIE, negotiateLocale } from '@/lib/i18n/negotiate-locale';
import { ALLOW_HEADER, ALLOWED_METHODS, PAGE_CACHE_CONTROL } from '@/lib/security/headers';
import { homePath, parseArticlePath, parseFirstPagePath } from '@/lib/routes';
import { getAbsoluteUrl } from '@/lib/site-url';

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
  // Every page is a prerendered document: nothing here takes a form post or a preflight.
  if (!(ALLOWED_METHODS as readonly string[]).includes(request.method)) {
    return new NextResponse(null, { status: 405, headers: { Allow: ALLOW_HEADER } });
  }
  if (pathname === '/') {
    const locale = negotiateLocale({ cookie: request.cookies.get(LOCALE_COOKIE)?.value, acceptLanguage: request.headers.get('accept-language') });
    // The query (campaign tags, a shared search) travels with the reader.
    return redirectTo(`${homePath(locale)}${request.nextUrl.search}`, 307, true);
  }
  const firstPage = parseFirstPagePath(pathname);
  if (firstPage) return redirectTo(`${firstPage}${request.nextUrl.search}`, 308, false);
  // An earlier address from an article's `aliases:`, from the routing manifest the build compiled with the pages.
  const aliasTarget = findAliasTarget(routing, pathname);
  if (aliasTarget) return redirectTo(`${aliasTarget}${request.nextUrl.search}`, 308, false);
  const article = parseArticlePath(pathname);
  if (article && isLocale(article.locale) && findOtherLanguages(routing, article.locale, article.slug)) {
    // The article page itself offers the languages it exists in; only the status is the proxy's to set.
    return NextResponse.next({ status: 404 });
  }
  // Overrides Next's year-long s-maxage for prerendered files, so a CDN in front shows a rebuild within minutes.
  return NextResponse.next({ headers: { 'Cache-Control': PAGE_CACHE_CONTROL } });
}

// lib/routes.ts's proxyMatcher, written out because Next reads it without running this file (tests/unit/routes.test.ts pins the two
// together). Everything but Next's own files: aliases may be any earlier path.
export const config = { matcher: ['/((?!_next/).*)'] };
