import type { ListedArticle } from '@/lib/content/query';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { ArticleCard } from './article-card';

export function ArticleList({ entries, locale, emptyMessage }: { entries: ListedArticle[]; locale: Locale; emptyMessage: string }) {
  const t = getTranslator(locale);
  if (entries.length === 0) return <p className="list-empty">{emptyMessage}</p>;
  return (
    <div className="card-list">
      {entries.map(({ article, organisations }) => (
        <ArticleCard key={article.slug} article={article} organisations={organisations} locale={locale} draftLabel={t('draft')} />
      ))}
    </div>
  );
}
