import { parseArgs } from 'node:util';
import { readLocaleList, scaffoldArticle } from '@/lib/content/folder';
import { getContentRoot } from '@/lib/content/site-content';
import { locales } from '@/lib/i18n/locales';

// `npm run new -- <slug> [--locales hi,en]`: starts an article as drafts with placeholders content:check reports until filled in.
const USAGE = `Usage: npm run new -- <slug> [--locales ${locales.join(',')}]   e.g. npm run new -- india-leather-fair`;

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(1);
}

const { positionals, values } = (() => {
  try {
    return parseArgs({ allowPositionals: true, options: { locales: { type: 'string' } } });
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)} — check the command`);
  }
})();
const [slug, ...extra] = positionals;
if (!slug) fail('No slug given — write the slug after npm run new --');
if (extra.length) fail(`Only one slug at a time — got ${positionals.join(', ')}`);
const wanted = readLocaleList(values.locales);
if (typeof wanted === 'string') fail(wanted);

const result = scaffoldArticle(getContentRoot(), slug, wanted);
if (!result.ok) fail(result.problem);
process.stdout.write(
  result.created.map((file) => `Created ${file}`).join('\n') +
    '\n\nNext: replace every TODO in these files, then run npm run content:check.' +
    '\nPreview with npm run dev (drafts show there); delete the draft: true line when the article is ready to publish.\n',
);
