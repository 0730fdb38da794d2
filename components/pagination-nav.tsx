import './styles/pagination.css';
import type { ListPage } from '@/lib/content/query';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { listPagePath } from '@/lib/routes';

/**
 * Newer/older links for a list. `rel` on the links, and `<link rel>` hints
 * that React places in the document head, tell browsers and crawlers the order.
 */
export function PaginationNav({ page, listPath, locale }: { page: ListPage<unknown>; listPath: string; locale: Locale }) {
  if (page.count <= 1) return null;
  const t = getTranslator(locale);
  const newer = page.number > 1 ? listPagePath(listPath, page.number - 1) : undefined;
  const older = page.number < page.count ? listPagePath(listPath, page.number + 1) : undefined;
  return (
    <nav className="pagination" aria-label={t('paginationLabel')}>
      {newer ? <link rel="prev" href={newer} /> : null}
      {older ? <link rel="next" href={older} /> : null}
      {newer ? (
        <a href={newer} rel="prev" className="pagination-newer">
          ← {t('paginationNewer')}
        </a>
      ) : null}
      <span className="pagination-status" aria-current="page">
        {t('paginationStatus', { page: page.number, count: page.count })}
      </span>
      {older ? (
        <a href={older} rel="next" className="pagination-older">
          {t('paginationOlder')} →
        </a>
      ) : null}
    </nav>
  );
}
