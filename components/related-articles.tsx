import type { Article } from '@/lib/content/schema';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { articlePath } from '@/lib/routes';
import { PostTimeView } from './post-time';

export function RelatedArticles({ articles, locale }: { articles: Article[]; locale: Locale }) {
  if (articles.length === 0) return null;
  const t = getTranslator(locale);
  return (
    <section className="related" aria-labelledby="related-heading">
      <h2 id="related-heading">{t('relatedHeading')}</h2>
      <ul>
        {articles.map((a) => (
          <li key={a.slug}>
            <a href={articlePath(locale, a.slug)}>{a.title}</a> <PostTimeView time={a.postTime} locale={locale} />
          </li>
        ))}
      </ul>
    </section>
  );
}
