// Noto Sans Devanagari for Devanagari pages (data-script on <html>): the phone's own copy where it has one, else one self-hosted file (fonts.css says why).
import '@/components/styles/fonts.css';
import '@/components/styles/global.css';
import '@/components/styles/not-found.css';
import type { Metadata } from 'next';
import { ContentErrorsPanel } from '@/components/content-errors-panel';
import { NotFoundHelper } from '@/components/not-found-helper';
import { NotFoundMessage } from '@/components/not-found-message';
import { getPageErrors } from '@/lib/content/site-content';
import { defaultLocale, locales, localeFacts } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { faviconPath } from '@/lib/routes';

// Its own icon link: this page has no layout, and without one browsers ask for /favicon.ico, which does not exist.
export const metadata: Metadata = { title: '404', robots: { index: false }, icons: { icon: faviconPath } };

/**
 * Every 404 for an address no route knows (/fr, /en/nothing-here, unknown slugs).
 * WORKAROUND (vercel/next.js#62228, seen in Next 16.4.6; docs/workarounds.md):
 * Next does not server-render `notFound()` from a page (an empty error shell,
 * the boundary only in the script payload), but it does render this static
 * page, so no route relies on notFound() for a page readers see.
 * tests/e2e/next-workarounds.test.ts fails once Next renders it. This page
 * speaks every language, and the helper puts the language of the address first
 * in the browser.
 */
export default function GlobalNotFound() {
  const t = getTranslator(defaultLocale);
  return (
    <html lang={localeFacts[defaultLocale].tag} dir={localeFacts[defaultLocale].dir} data-script={localeFacts[defaultLocale].script}>
      <body>
        {/* On the development server an article with an error has no page yet: say why here. */}
        <ContentErrorsPanel problems={getPageErrors()} title={t('contentErrorsTitle')} hint={t('contentErrorsHint')} />
        <main id="content" className="page not-found-page">
          <NotFoundHelper tags={Object.fromEntries(locales.map((l) => [l, localeFacts[l].tag]))} />
          {locales.map((locale) => (
            <NotFoundMessage key={locale} locale={locale} />
          ))}
        </main>
      </body>
    </html>
  );
}
