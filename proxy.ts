import { NextResponse, type NextRequest } from 'next/server';
import { getAliasTarget } from '@/lib/content/aliases';
import { isMissingTranslation } from '@/lib/content/queries';
import { defaultLocale, isLocale } from '@/lib/i18n/locales';
import { homePath, parseArticlePath, unavailablePath } from '@/lib/routes';

const REWRITTEN = 'x-vyapar-unavailable';

/** Same request, another path: a clone of nextUrl stays an internal rewrite whatever Host the client sent. */
function withPath(request: NextRequest, pathname: string): URL {
  const url = request.nextUrl.clone();
  url.pathname = pathname;
  return url;
}

/**
 * `/` goes to a language; an article asked for in a language it was not
 * published in answers 404 with a page that offers the languages it was.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === '/') return NextResponse.redirect(withPath(request, homePath(defaultLocale)), 307);
  // An earlier address from an article's `aliases:` (checked here, not in next.config redirects, so it reads the same content the pages do at run time).
  const aliasTarget = getAliasTarget(pathname);
  // A relative Location, so the request's Host is never echoed.
  if (aliasTarget) return new NextResponse(null, { status: 308, headers: { Location: `${aliasTarget}${request.nextUrl.search}` } });
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
export const config = { matcher: ['/', '/:locale/articles/:slug', '/:locale/unavailable/:path*', '/((?!_next/).*)'] };
