/**
 * What an article is, as editors write it and as pages read it: the Article
 * type, post times, ids and file names, and the frontmatter contract. Imported
 * by the CMS's browser bundle too, so it stays free of file access.
 */
import { z } from 'zod';
import { isLocale, locales, type Locale } from '@/lib/i18n/locales';
import { describeImageSource } from '@/lib/markdown/inspect-body';
import type { Finding } from './report';

/**
 * One article in one language, reshaped once from its file's frontmatter: what
 * pages read. The Markdown body is not part of it: pages show the body's HTML
 * (getArticleHtml), and a production build's snapshot carries no Markdown.
 */
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
  /** Path as messages show it (relative to the project folder when inside it). */
  file: string;
  /** Line of each frontmatter field in the file, for messages about rules that span files; not kept in the build's snapshot. */
  fieldLines?: Partial<Record<string, number>>;
}

/** An article as read from its file: the content check, the development server and the build's compile step hold these. */
export interface ArticleFile extends Article {
  /** Markdown body, NFC-normalised. */
  body: string;
}

/**
 * An article's Markdown, for what the development server derives from it on
 * demand (its HTML, reading time and search entry). A production build reads
 * what `npm run build` derived instead, so its snapshot carries no Markdown;
 * a production page that asked for it would be a bug, and fails saying so.
 */
export function getMarkdownBody(article: Pick<Article, 'file'> & { body?: string }): string {
  if (typeof article.body === 'string') return article.body;
  throw new Error(`${article.file}: this article came from the compiled snapshot, which holds no Markdown; read what the build compiled (getArticleHtml, the stored reading time, the search index files) instead`);
}

/**
 * A post time as editors write it. A date-only value is a calendar day, not an
 * instant, so it is kept as parts and never passed through `new Date(string)`
 * (which would read it as UTC midnight and shift it a day west of UTC).
 */
export interface PostTime {
  kind: 'date' | 'datetime';
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** Offset from UTC in minutes; for a date, the site's home offset. */
  offsetMinutes: number;
  /** Value for `<time datetime>` and structured data. */
  iso: string;
  /** Milliseconds since the epoch, for ordering and scheduling. */
  instant: number;
}

/** The associations publish from India: a date-only post begins at midnight IST. */
const HOME_OFFSET_MINUTES = 330;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

export type PostTimeResult = { ok: true; value: PostTime } | { ok: false; problem: string };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseOffset(text: string): number {
  if (text === 'Z') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  return sign * (Number(text.slice(1, 3)) * 60 + Number(text.slice(4, 6)));
}

export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export function parsePostTime(raw: string): PostTimeResult {
  const text = raw.trim();
  const date = DATE.exec(text);
  const dateTime = date ? null : DATE_TIME.exec(text);
  const m = date ?? dateTime;
  if (!m) {
    return { ok: false, problem: `"${text}" is not a date — write it as YYYY-MM-DD, e.g. 2023-09-25, or with a time and offset, e.g. 2023-09-25T10:30:00+05:30` };
  }
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) {
    return { ok: false, problem: `${text.slice(0, 10)} is not a real calendar day: there is no month ${pad(month)} — check the order is year-month-day, e.g. 2023-09-25` };
  }
  if (day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, problem: `${text.slice(0, 10)} is not a real calendar day: ${MONTHS[month - 1]} ${year} has ${daysInMonth(year, month)} days — check the month and day` };
  }
  if (date) {
    const instant = Date.UTC(year, month - 1, day) - HOME_OFFSET_MINUTES * 60_000;
    const iso = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
    return { ok: true, value: { kind: 'date', year, month, day, hour: 0, minute: 0, offsetMinutes: HOME_OFFSET_MINUTES, iso, instant } };
  }
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (m[7] === undefined) {
    return { ok: false, problem: `"${text}" has a time but no UTC offset, so the moment is ambiguous — add one, e.g. ${text}+05:30 for India` };
  }
  const offsetMinutes = parseOffset(m[7]);
  if (hour > 23 || minute > 59 || second > 59 || Math.abs(offsetMinutes) > 14 * 60) {
    return { ok: false, problem: `"${text}" is not a real time — hours go to 23, minutes to 59, offsets to ±14:00` };
  }
  const instant = Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000;
  const iso = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${formatOffset(offsetMinutes)}`;
  return { ok: true, value: { kind: 'datetime', year, month, day, hour, minute, offsetMinutes, iso, instant } };
}


/** Today's calendar day where the associations publish (India), as YYYY-MM-DD. */
export function formatHomeDate(instant: number): string {
  return new Date(instant + HOME_OFFSET_MINUTES * 60_000).toISOString().slice(0, 10);
}

/** Registry ids and slugs: lower-case ASCII words joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The nearest valid id or slug, offered when an editor's one is not valid. */
export function suggestSlug(text: string): string {
  const words = text.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return words.slice(0, 80).replace(/-+$/, '') || 'new-article';
}

const FILE_NAME = /^(?<slug>[^/]+)\.(?<locale>[^./]+)\.md$/;
const MAX_SLUG = 80;

export function isValidSlug(slug: string): boolean {
  return ID_PATTERN.test(slug) && slug.length <= MAX_SLUG;
}

export function describeInvalidSlug(slug: string): string {
  return `"${slug}" is not a valid slug — use lower-case a–z, 0–9 and single hyphens, at most ${MAX_SLUG} characters, e.g. ${suggestSlug(slug)}`;
}

/** Slug and locale from `<slug>.<locale>.md`, or what is wrong with the name. */
export function readFileName(file: string): { slug: string; locale?: Locale; problems: Finding[] } {
  const base = file.split('/').pop() ?? '';
  const name = FILE_NAME.exec(base);
  if (!name?.groups) {
    return { slug: '', problems: [{ message: `file name is not <slug>.<locale>.md — rename it, e.g. ${suggestSlug(base.replace(/\.[^.]*$/, ''))}.${locales[0]}.md` }] };
  }
  const { slug = '', locale = '' } = name.groups;
  const problems: Finding[] = [];
  if (!isValidSlug(slug)) problems.push({ field: 'slug', message: `${describeInvalidSlug(slug)}.${isLocale(locale) ? locale : locales[0]}.md (rename the file)` });
  if (!isLocale(locale)) problems.push({ field: 'locale', message: `"${locale}" in the file name is not a site locale — rename the file to ${slug}.<locale>.md with one of ${locales.join(', ')}` });
  return { slug, locale: isLocale(locale) ? locale : undefined, problems };
}

const EMPTY = 'is empty — write the value after the colon (a # starts a comment: put such a value in double quotes)';

/** Text, with an empty or non-text value explained in terms of the example an editor should copy. */
const text = (example: string) =>
  z.string({ error: (issue) => (issue.input === null ? EMPTY : `must be text — put it in double quotes, e.g. ${example}`) });

const postTime = (field: string) =>
  z
    .string({ error: (issue) => (issue.input === null ? EMPTY : `must be a date — write it as ${field}: 2023-09-25 or ${field}: 2023-09-25T10:30:00+05:30`) })
    .transform((raw, ctx) => {
      const result = parsePostTime(raw);
      if (result.ok) return result.value;
      ctx.addIssue({ code: 'custom', message: result.problem });
      return z.NEVER;
    });

const idList = (field: string, example: string) =>
  z.array(z.string({ error: `each id must be text — write ids like ${example}` }), {
    error: (issue) => (issue.input === null ? `is empty — write ${field}: [${example}]` : `must be a list — write ${field}: [${example}]`),
  });

const sourceSchema = z.strictObject(
  {
    name: text('name: "China Leather Association"').trim().min(1, 'is empty — write the name of the original publication'),
    url: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address — copy the full address of the original, e.g. https://example.org/news/123' }),
  },
  { error: 'must have name: and url: indented under it — write source: on its own line, then "  name: …" and "  url: https://…" on the next two lines' },
);

/** The editors' contract (shared/spec/content-format.md) for frontmatter, field by field. */
export const frontmatterSchema = z
  .strictObject({
    title: text('title: "A headline"').trim().min(1, EMPTY).max(200, { error: (issue) => `is ${String(issue.input).length} characters long — shorten the headline to at most 200` }),
    summary: text('summary: "One or two sentences."')
      .trim()
      .min(1, EMPTY)
      .max(300, { error: (issue) => `is ${String(issue.input).length} characters long — keep it to one or two sentences, at most 300 characters` }),
    postTime: postTime('postTime'),
    locale: z.enum(locales, { error: (issue) => `"${String(issue.input)}" is not a site locale — write one of ${locales.join(', ')}, the same as in the file name` }),
    organisations: idList('organisations', 'china-leather-association').min(1, 'is empty — name at least one organisation id from organisations.yml, e.g. [china-leather-association]'),
    tags: idList('tags', 'leather-industry').optional(),
    updated: postTime('updated').optional(),
    image: text('image: /images/cover.jpg')
      .superRefine((src, ctx) => {
        const outside = describeImageSource(src);
        if (outside) ctx.addIssue({ code: 'custom', message: `${src} ${outside}` });
        else if (/\s/.test(src)) ctx.addIssue({ code: 'custom', message: 'must be a path under public/ starting with / and without spaces — e.g. /images/cover.jpg for the file public/images/cover.jpg' });
      })
      .optional(),
    imageAlt: text('imageAlt: "Delegates signing the memorandum"').trim().min(1, 'is empty — describe in words what the image shows').optional(),
    source: sourceSchema.optional(),
    draft: z.boolean({ error: 'must be true or false — write draft: true, or remove the line to publish the article' }).optional(),
    aliases: z
      .array(text('/hi/articles/old-slug').regex(/^\/[^\s?#]*$/, 'must be a path starting with / — e.g. /hi/articles/old-slug'), {
        error: 'must be a list of old addresses — write aliases: [/hi/articles/old-slug]',
      })
      .optional(),
  })
  .superRefine((data, ctx) => {
    if (data.image && !data.imageAlt) {
      ctx.addIssue({ code: 'custom', path: ['imageAlt'], message: 'is required when image is given — add imageAlt: with a short description of what the image shows' });
    }
    if (data.imageAlt && !data.image) {
      ctx.addIssue({ code: 'custom', path: ['image'], message: 'is missing although imageAlt is given — add image: /images/… or remove imageAlt' });
    }
    if (data.updated && data.updated.instant < data.postTime.instant) {
      ctx.addIssue({ code: 'custom', path: ['updated'], message: `${data.updated.iso} is before postTime ${data.postTime.iso} — write a date on or after ${data.postTime.iso}, or remove updated` });
    }
  });

export const frontmatterKeys = Object.keys(frontmatterSchema.shape);
export const sourceKeys = Object.keys(sourceSchema.shape);
export type Frontmatter = z.infer<typeof frontmatterSchema>;

