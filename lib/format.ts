import { format } from 'date-fns';
import { formatOffset, getMarkdownBody, type Article, type PostTime } from '@/lib/content/schema';
import { localeFacts, type Locale } from '@/lib/i18n/locales';
import { getMarkdownText } from '@/lib/markdown/render-markdown';
import { splitWords } from '@/lib/search/words';

/**
 * `d MMMM yyyy` rather than `PPP`: date-fns' Hindi `PPP` mixes Devanagari and
 * Latin digits. The Date is built at local noon from the stored parts, so the
 * calendar day is the same in every server and reader time zone.
 */
export function formatPostDate(time: PostTime, locale: Locale): string {
  const day = new Date(time.year, time.month - 1, time.day, 12);
  const date = format(day, 'd MMMM yyyy', { locale: localeFacts[locale].dateLocale });
  if (time.kind === 'date') return date;
  const clock = `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
  return `${date}, ${clock} (UTC${formatOffset(time.offsetMinutes)})`;
}

/**
 * A post time as a full ISO 8601 date-time with its offset, as structured data
 * and `article:published_time` want it. A date-only post is midnight at its
 * home offset (the same instant the site orders and schedules by).
 */
export function formatIsoDateTime(time: PostTime): string {
  if (time.kind === 'datetime') return time.iso;
  return `${time.iso}T00:00:00${formatOffset(time.offsetMinutes)}`;
}

/** RFC 822 date for RSS `pubDate`, in UTC so every reader agrees on the instant. */
export function formatRfc822(time: PostTime): string {
  return new Date(time.instant).toUTCString();
}

/** `CN` → "China" / "चीन", from the runtime's own CLDR data; the code itself if the runtime lacks a name. */
export function formatCountry(code: string, locale: Locale): string {
  return new Intl.DisplayNames([localeFacts[locale].tag], { type: 'region' }).of(code) ?? code;
}

/** Whole minutes to read `words` at the language's rate, rounded up; at least one. */
export function getReadingMinutes(words: number, locale: Locale): number {
  return Math.max(1, Math.ceil(words / localeFacts[locale].wordsPerMinute));
}

const textByArticle = new WeakMap<object, string>();

/**
 * The words of an article body without Markdown syntax (getMarkdownText), kept
 * per article object: the build counts reading time and fills the search index
 * from the same text; parsing it once instead of twice took 1.3 s of CPU off
 * the build's prepare step at 1,002 article files.
 */
export function getArticleText(article: Pick<Article, 'file'> & { body?: string }): string {
  let text = textByArticle.get(article);
  if (text === undefined) {
    text = getMarkdownText(getMarkdownBody(article));
    textByArticle.set(article, text);
  }
  return text;
}

/**
 * Words a reader sees in an article body: the words of getArticleText, so link
 * targets, `**`, `#`, table pipes and footnote markers (`[^1]`) are not words.
 * Footnote text is read, so it counts. Words are split the way search splits
 * them: runs of letters, combining marks and digits, so a matra, virama or
 * nukta never breaks a Hindi word (क्षेत्र and ज्ञान are one word each).
 */
export function countArticleWords(article: Pick<Article, 'file'> & { body?: string }): number {
  return splitWords(getArticleText(article)).length;
}

const minutesByArticle = new WeakMap<object, number>();

/**
 * Minutes to read an article body in its language, for "4 min read". A
 * production article carries the count from `npm run build`'s snapshot;
 * otherwise it is kept per article object: counting parses the Markdown, and a
 * page shows the reading time of every article it lists.
 */
export function getArticleReadingMinutes(article: Pick<Article, 'locale' | 'file'> & { body?: string; readingMinutes?: number }): number {
  if (article.readingMinutes !== undefined) return article.readingMinutes;
  let minutes = minutesByArticle.get(article);
  if (minutes === undefined) {
    minutes = getReadingMinutes(countArticleWords(article), article.locale);
    minutesByArticle.set(article, minutes);
  }
  return minutes;
}
