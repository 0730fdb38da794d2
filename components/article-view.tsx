import type { Organisation, Tag } from '@/lib/content/registry';
import type { Article } from '@/lib/content/schema';
import { getArticleReadingMinutes } from '@/lib/format';
import { localeFacts, type Locale } from '@/lib/i18n/locales';
import type { Translate } from '@/lib/i18n/translator';
import { ListenControls } from './listen-controls';
import { PostTimeView } from './post-time';
import { RegistryEntryLinks } from './registry-entry-links';

interface Props {
  article: Article;
  organisations: Organisation[];
  tags?: Tag[];
  html: string;
  locale: Locale;
  t: Translate;
}

export function ArticleView({ article, organisations, tags = [], html, locale, t }: Props) {
  return (
    <article className="article">
      <header className="article-header">
        {article.draft ? <p className="draft-badge">{t('draft')}</p> : null}
        <h1>{article.title}</h1>
        <p className="article-summary">{article.summary}</p>
        <dl className="article-meta">
          <dt>{t('postedOn')}</dt>
          <dd>
            <PostTimeView time={article.postTime} locale={locale} />
          </dd>
          {article.updated ? (
            <>
              <dt>{t('updatedOn')}</dt>
              <dd>
                <PostTimeView time={article.updated} locale={locale} />
              </dd>
            </>
          ) : null}
          <dt>{t('organisations')}</dt>
          <dd>
            <RegistryEntryLinks kind="organisations" entries={organisations} locale={locale} />
          </dd>
          {tags.length ? (
            <>
              <dt>{t('tags')}</dt>
              <dd>
                <RegistryEntryLinks kind="tags" entries={tags} locale={locale} />
              </dd>
            </>
          ) : null}
        </dl>
        <div className="article-tools">
          <p className="reading-time">{t('readingTime', { count: getArticleReadingMinutes(article) })}</p>
          <ListenControls
            lang={localeFacts[locale].speechLang}
            labels={{ group: t('listenLabel'), play: t('listenPlay'), pause: t('listenPause'), resume: t('listenResume'), stop: t('listenStop') }}
          />
        </div>
      </header>
      {article.image ? <img className="article-image" src={article.image.src} alt={article.image.alt} /> : null}
      {/* Safe: renderMarkdown sanitises with an allow-list. */}
      <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />
      {article.source ? (
        <p className="article-source">
          {t('source')}:{' '}
          <a href={article.source.url} rel="noopener">
            {t('readOriginal', { name: article.source.name })}
          </a>
        </p>
      ) : null}
    </article>
  );
}
