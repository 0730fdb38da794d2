import type { Organisation } from '@/lib/content/registry';
import type { Article } from '@/lib/content/schema';
import { getArticleReadingMinutes } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { articlePath } from '@/lib/routes';
import { PostTimeView } from './post-time';
import { RegistryEntryLinks } from './registry-entry-links';

interface Props {
  article: Article;
  organisations: Organisation[];
  locale: Locale;
  draftLabel?: string;
}

export function ArticleCard({ article, organisations, locale, draftLabel }: Props) {
  return (
    <article className="card">
      <h2 className="card-title">
        <a href={articlePath(locale, article.slug)}>{article.title}</a>
        {article.draft && draftLabel ? <span className="draft-badge">{draftLabel}</span> : null}
      </h2>
      <p className="card-meta">
        <PostTimeView time={article.postTime} locale={locale} />
        <span className="card-reading-time"> · {getTranslator(locale)('readingTime', { count: getArticleReadingMinutes(article) })}</span>
      </p>
      <p className="card-summary">{article.summary}</p>
      <RegistryEntryLinks kind="organisations" entries={organisations} locale={locale} />
    </article>
  );
}
