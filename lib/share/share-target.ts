import type { Article } from '@/lib/content/schema';
import { getTranslator } from '@/lib/i18n/translator';
import { articlePath } from '@/lib/routes';
import { getAbsoluteUrl } from '@/lib/site-url';
import type { ShareTarget } from './share-links';

/** What sharing an article passes on: its canonical address (never the address bar's), headline and a message in its language. */
export function getArticleShareTarget(article: Article): ShareTarget {
  const t = getTranslator(article.locale);
  return {
    url: getAbsoluteUrl(articlePath(article.locale, article.slug)),
    title: article.title,
    summary: article.summary,
    message: t('shareMessage', { title: article.title, siteName: t('siteName') }),
  };
}
