import type { Locale } from '@/lib/i18n/locales';
import type { PostTime } from './post-time';

/** One article in one language, reshaped once from its file's frontmatter. */
export interface Article {
  slug: string;
  locale: Locale;
  title: string;
  summary: string;
  postTime: PostTime;
  updated?: PostTime;
  /** Registry ids, in the order the editor listed them. */
  organisations: string[];
  tags: string[];
  image?: { src: string; alt: string };
  source?: { name: string; url: string };
  draft: boolean;
  /** Earlier paths that redirect here. */
  aliases: string[];
  /** Markdown body, NFC-normalised. */
  body: string;
  /** Path as messages show it (relative to the project folder when inside it). */
  file: string;
  /** Line of each frontmatter field in the file, for messages about rules that span files. */
  fieldLines?: Partial<Record<string, number>>;
}
