import { localeFacts, type Locale } from '@/lib/i18n/locales';
import { getMarkdownText } from '@/lib/search/markdown-text';
import { splitWords } from '@/lib/search/split-words';

/**
 * Words a reader sees in a Markdown body: the text of its nodes, so link targets,
 * `**`, `#`, table pipes and footnote markers (`[^1]`) are not words. Footnote text
 * is read, so it counts. Words are split the way search splits them: runs of letters,
 * combining marks and digits, so a matra, virama or nukta never breaks a Hindi word
 * (क्षेत्र and ज्ञान are one word each).
 */
export function countMarkdownWords(markdown: string): number {
  return splitWords(getMarkdownText(markdown)).length;
}

/** Whole minutes to read `words` at the language's rate, rounded up; at least one. */
export function getReadingMinutes(words: number, locale: Locale): number {
  return Math.max(1, Math.ceil(words / localeFacts[locale].wordsPerMinute));
}

const minutesByArticle = new WeakMap<object, number>();

/**
 * Minutes to read an article body in its language, for "4 min read". Kept per
 * article object: counting parses the Markdown, and a build shows each article's
 * reading time on its page and on every list page it appears on.
 */
export function getArticleReadingMinutes(article: { body: string; locale: Locale }): number {
  let minutes = minutesByArticle.get(article);
  if (minutes === undefined) {
    minutes = getReadingMinutes(countMarkdownWords(article.body), article.locale);
    minutesByArticle.set(article, minutes);
  }
  return minutes;
}
