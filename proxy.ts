import { NextResponse, type NextRequest } from 'next/server';
import { isMissingTranslation } from '@/lib/content/queries';
import { defaultLocale, isLocale } from '@/lib/i18n/locales';
import { homePath, parseArticlePath, unavailablePath } from '@/lib/routes';

/**
 * An article asked for in a language it was not published in answers 404 with
 * a page that offers the languages it was published in.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === '/') return NextResponse.redirect(new URL(homePath(defaultLocale), request.url), 307);
  if (/^\/[^/]+\/unavailable(\/|$)/.test(pathname)) {
    // The internal page is only ever a rewrite target, never an address of its own.
    return NextResponse.rewrite(new URL('/404', request.url), { status: 404 });
  }
  const article = parseArticlePath(pathname);
  if (article && isLocale(article.locale) && isMissingTranslation(article.locale, article.slug)) {
    return NextResponse.rewrite(new URL(unavailablePath(article.locale, article.slug), request.url), { status: 404 });
  }
  return NextResponse.next();
}

export const config = { matcher: ['/', '/:locale/articles/:slug', '/:locale/unavailable/:path*'] };
