import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultLocale, locales } from '@/lib/i18n/locales';
import { runTsx } from '../support/run-script';
import { makeTempContent } from '../support/temp-content';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function tempSite() {
  const temp = makeTempContent();
  cleanup = temp.cleanup;
  return temp.root;
}

const newArticle = (root: string, ...args: string[]) => runTsx('scripts/new-article.ts', args, root);
const check = (root: string) => runTsx('scripts/content-check.ts', [], root);
const todayInIndia = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata' }).format(new Date());

describe('npm run new', () => {
  it('creates one draft per locale, dated today in India, that content:check holds back until every placeholder is replaced', () => {
    const root = tempSite();
    const { status, stdout } = newArticle(root, 'synthetic-new-fair');
    expect(status).toBe(0);
    const files = locales.map((locale) => path.join(root, 'articles', `synthetic-new-fair.${locale}.md`));
    expect(stdout).toContain(files.map((file) => `Created ${file}`).join('\n'));
    const first = readFileSync(files[0]!, 'utf8');
    expect(first).toContain(`postTime: ${todayInIndia()}\nlocale: ${defaultLocale}\n`);
    expect(first).toMatch(/^draft: true /m);

    const before = check(root);
    expect(before.status).toBe(1);
    for (const [line, field] of [[2, 'title'], [3, 'summary'], [6, 'organisations[0]'], [11, 'body']] as const) {
      expect(before.stdout).toContain(`${files[0]}:${line}: ${field}: still holds the placeholder from npm run new — `);
    }

    for (const file of files) {
      const filled = readFileSync(file, 'utf8')
        .replace('TODO: headline', 'Synthetic fair')
        .replace('TODO: one or two sentences', 'A synthetic summary.')
        .replace('[TODO]', '[example-traders-guild]')
        .replace('TODO: write the article here in Markdown.', 'Synthetic body.');
      writeFileSync(file, filled);
    }
    const after = check(root);
    expect(after.status).toBe(0);
    expect(after.stdout).toContain(`${files[0]}:8: draft: is true, so the article is not published`);
  });

  it('creates only the locales asked for', () => {
    const root = tempSite();
    expect(newArticle(root, 'synthetic-english-only', '--locales', 'en').status).toBe(0);
    expect(existsSync(path.join(root, 'articles/synthetic-english-only.en.md'))).toBe(true);
    expect(existsSync(path.join(root, 'articles/synthetic-english-only.hi.md'))).toBe(false);
  });

  it.each([
    [['synthetic-fair-pair', '--locales', 'en'], /articles\/synthetic-fair-pair\.en\.md already exists — choose another slug, or open that file to edit it/],
    [['Synthetic_Fair'], /"Synthetic_Fair" is not a valid slug — use lower-case a–z, 0–9 and single hyphens, at most 80 characters, e.g. synthetic-fair/],
    [['synthetic-x', '--locales', 'hi,fr'], new RegExp(`"fr" is not a site locale — write --locales with any of ${locales.join(', ')}`)],
    [[], /No slug given — write the slug after npm run new --/],
  ])('refuses %j without touching any file', (args, message) => {
    const root = tempSite();
    const original = readFileSync(path.join(root, 'articles/synthetic-fair-pair.en.md'), 'utf8');
    const { status, stderr } = newArticle(root, ...args);
    expect(status).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr).toContain(`Usage: npm run new -- <slug> [--locales ${locales.join(',')}]`);
    expect(readFileSync(path.join(root, 'articles/synthetic-fair-pair.en.md'), 'utf8')).toBe(original);
    expect(existsSync(path.join(root, 'articles/Synthetic_Fair.hi.md'))).toBe(false);
  });
});
