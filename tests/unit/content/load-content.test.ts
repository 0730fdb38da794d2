import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/check';
import { readContentFile } from '@/lib/content/folder';
import { formatProblem } from '@/lib/content/report';
import { addByteLevelCases, makeTempCorpus } from '../support/byte-level-content';
import { makeTempContent } from '../support/temp-content';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function load(files: Record<string, string>) {
  const temp = makeTempContent(files);
  cleanup = temp.cleanup;
  return loadContent(temp.root);
}

const article = (locale: string, extra = '') =>
  `---\ntitle: T\nsummary: S\npostTime: 2024-01-01\nlocale: ${locale}\norganisations: [example-traders-guild]\n${extra}---\nBody\n`;

describe('loadContent', () => {
  it('reads the synthetic fixture site without problems', () => {
    const content = loadContent('tests/fixtures/site');
    expect(content.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(content.articles.map((a) => `${a.slug}.${a.locale}`).sort()).toEqual([
      'synthetic-draft.en',
      'synthetic-export-outlook.en',
      'synthetic-fair-pair.en',
      'synthetic-fair-pair.hi',
      'synthetic-hindi-draft.hi',
      'synthetic-hindi-only.hi',
      'synthetic-hindi-scheduled.hi',
      'synthetic-kaal.hi',
      'synthetic-kal.hi',
      'synthetic-nukta-decomposed.hi',
      'synthetic-nukta-precomposed.hi',
      'synthetic-scheduled.en',
      'synthetic-trade-figures.en',
    ]);
    expect(content.registries.organisations.get('example-traders-guild')?.name.hi).toBe('उदाहरण व्यापारी संघ');
  });

  it('reports translations that name different organisations', () => {
    const { problems } = load({ 'articles/synthetic-hindi-only.en.md': article('en').replace('[example-traders-guild]', '[sample-export-council]') });
    expect(problems).toContainEqual(
      expect.objectContaining({ file: expect.stringMatching(/\/articles\/synthetic-hindi-only\.en\.md$/), line: 6, field: 'organisations', message: expect.stringMatching(/list the same organisations in both files/) }),
    );
  });

  it('reports an alias that is a live page and an alias claimed twice', () => {
    const { problems } = load({
      'articles/synthetic-a.en.md': article('en', 'aliases: [/en/articles/synthetic-fair-pair, /en/articles/old]\n'),
      'articles/synthetic-b.en.md': article('en', 'aliases: [/en/articles/old]\n'),
    });
    expect(problems).toContainEqual(expect.objectContaining({ field: 'aliases', message: expect.stringMatching(/address of a live page/) }));
    expect(problems).toContainEqual(expect.objectContaining({ field: 'aliases', message: expect.stringMatching(/also an alias of/) }));
  });

  it('reports a registry entry without a name in every locale, and keeps the others', () => {
    const { problems, registries: { organisations } } = load({ 'organisations.yml': 'good-one:\n  name: { en: A, hi: अ }\n  country: IN\nhalf-named:\n  name: { en: B }\n  country: IN\n' });
    expect(problems).toContainEqual(expect.objectContaining({ file: expect.stringMatching(/\/organisations\.yml$/), line: 5, field: 'half-named.name.hi' }));
    expect(organisations.has('good-one')).toBe(true);
  });

  it('never silently drops a file it cannot read as an article', () => {
    const { problems } = load({ 'articles/notes.txt': 'hello' });
    expect(problems).toContainEqual(expect.objectContaining({ file: expect.stringMatching(/\/articles\/notes\.txt$/), message: expect.stringMatching(/<slug>\.<locale>\.md — rename it, e\.g\. notes\.hi\.md/) }));
  });

  it('reports bytes that are not UTF-8, links, pipes and folders named like articles, and reads every other file', () => {
    const temp = makeTempCorpus('tests/fixtures/site');
    cleanup = temp.cleanup;
    const expected = addByteLevelCases(temp.root);
    mkdirSync(path.join(temp.root, 'articles/synthetic-folder.hi.md'));
    expected.push(['a folder named like an article', 'articles/synthetic-folder.hi.md: is a folder, not an article file — an article is a file named <slug>.<locale>.md: move anything inside the folder out of it, delete the folder, and create the article as a file']);
    const content = loadContent(temp.root);
    expect(content.problems.filter((p) => p.severity === 'error').map(formatProblem).sort()).toEqual(expected.map(([, line]) => `${temp.root}/${line}`).sort());
    expect(content.articles).toHaveLength(loadContent('tests/fixtures/site').articles.length);
  });

  it('reports a registry it cannot read instead of failing', () => {
    const temp = makeTempCorpus('tests/fixtures/site');
    cleanup = temp.cleanup;
    rmSync(path.join(temp.root, 'tags.yml'));
    mkdirSync(path.join(temp.root, 'tags.yml'));
    writeFileSync(path.join(temp.root, 'organisations.yml'), Buffer.concat([Buffer.from('synthetic-body:\n  name:\n    en: Caf'), Buffer.from([0xe9]), Buffer.from('\n    hi: अ\n  country: IN\n')]));
    const errors = loadContent(temp.root).problems.filter((p) => p.severity === 'error');
    expect(errors).toContainEqual(expect.objectContaining({ file: `${temp.root}/tags.yml`, message: expect.stringMatching(/^is a folder \(or a link to one\), not a file — /) }));
    expect(errors).toContainEqual(expect.objectContaining({ file: `${temp.root}/organisations.yml`, line: 3, message: expect.stringMatching(/^has bytes that are not UTF-8 text.* — save the file as UTF-8/) }));
  });

  it('takes a file deleted after the folder was listed as gone, not as a broken link (editors that save by delete and rename)', () => {
    const temp = makeTempCorpus('tests/fixtures/site');
    cleanup = temp.cleanup;
    expect(readContentFile(path.join(temp.root, 'articles/synthetic-saved-away.hi.md'), true)).toEqual({ ok: false, problems: [] });
  });
});

