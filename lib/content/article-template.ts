import type { Locale } from '@/lib/i18n/locales';

/** Marks every value `npm run new` leaves for the editor to fill in; content:check reports each one until replaced. */
export const PLACEHOLDER = 'TODO';

/** What each placeholder should become, in the words content:check uses. */
export const PLACEHOLDER_HINTS: Record<string, string> = {
  title: 'write the headline',
  summary: 'write one or two sentences for the index and share previews',
  organisations: 'write the id of each organisation from organisations.yml, e.g. [china-leather-association]',
  body: 'write the article text in its place',
};

/** A YAML comment lined up after the value, so the notes read as one column. */
const withNote = (line: string, note: string) => `${line.padEnd(30)}# ${note}`;

/** A new article file: today's date, a draft, and a marked placeholder for everything only the editor can write. */
export function buildArticleTemplate(locale: Locale, date: string): string {
  return [
    '---',
    `title: "${PLACEHOLDER}: headline"`,
    `summary: "${PLACEHOLDER}: one or two sentences"`,
    `postTime: ${date}`,
    `locale: ${locale}`,
    withNote(`organisations: [${PLACEHOLDER}]`, 'ids from organisations.yml, e.g. [china-leather-association]'),
    withNote('tags: []', 'ids from tags.yml, e.g. [leather-industry]; may stay empty'),
    withNote('draft: true', 'delete this line when the article is ready to publish'),
    '---',
    '',
    `${PLACEHOLDER}: write the article here in Markdown.`,
    '',
  ].join('\n');
}
