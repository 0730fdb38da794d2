import type { Article } from '@/lib/content/schema';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { articlePath } from '@/lib/routes';

/** The articles posted just before and after this one, in its language. */
export function ArticleNeighbours({ older, newer, locale }: { older?: Article; newer?: Article; locale: Locale }) {
  if (!older && !newer) return null;
  const t = getTranslator(locale);
  return (
    <nav className="neighbours" aria-label={t('neighboursLabel')}>
      {older ? (
        <a href={articlePath(locale, older.slug)} rel="prev" className="neighbour-older">
          <span className="neighbour-label">← {t('olderArticle')}</span>
          <span className="neighbour-title">{older.title}</span>
        </a>
      ) : null}
      {newer ? (
        <a href={articlePath(locale, newer.slug)} rel="next" className="neighbour-newer">
          <span className="neighbour-label">{t('newerArticle')} →</span>
          <span className="neighbour-title">{newer.title}</span>
        </a>
      ) : null}
    </nav>
  );
}
