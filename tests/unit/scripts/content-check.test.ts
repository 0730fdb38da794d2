import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/locales';
import { addByteLevelCases, makeTempCorpus } from '../support/byte-level-content';
import { runTsx } from '../support/run-script';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('npm run content:check', () => {
  it('reports every problem in the bad corpus grouped by file, with a summary, and fails', () => {
    const { status, stdout } = runTsx('scripts/content-check.ts', [], 'tests/fixtures/bad');
    expect(status).toBe(1);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Errors — fix these before publishing:');
    expect(lines).toContain('tests/fixtures/bad/articles/bad-impossible-date.hi.md:4: postTime: 2024-02-30 is not a real calendar day: February 2024 has 29 days — check the month and day');
    // Grouped: the three placeholder problems of one file sit together, in line order.
    const at = lines.findIndex((l) => l.startsWith('tests/fixtures/bad/articles/bad-placeholder.hi.md:2:'));
    expect(lines.slice(at, at + 3).map((l) => l.split(': ')[0])).toEqual([2, 6, 9].map((n) => `tests/fixtures/bad/articles/bad-placeholder.hi.md:${n}`));
    expect(lines[at + 3]).toBe('');
    expect(stdout).toContain('Warnings — these do not stop publishing:\n\ntests/fixtures/bad/articles/warn-draft.en.md:7: draft:');
    // 3 warnings in a site of Hindi and English; each further language adds one per registry entry without its name (bad-corpus.test.ts).
    expect(lines.filter(Boolean).at(-1)).toMatch(/^✗ 60 errors in 34 files, \d+ warnings\. Nothing can be published until every error is fixed\.$/);
    if (locales.length === 2) expect(lines.filter(Boolean).at(-1)).toContain(', 3 warnings.');
  });

  it('passes good content, listing drafts and scheduled posts with their dates', () => {
    const { status, stdout } = runTsx('scripts/content-check.ts', [], 'tests/fixtures/site');
    expect(status).toBe(0);
    expect(stdout).not.toContain('Errors');
    expect(stdout).toContain('tests/fixtures/site/articles/synthetic-draft.en.md:7: draft: is true, so the article is not published');
    expect(stdout).toContain('tests/fixtures/site/articles/synthetic-scheduled.en.md:4: postTime: scheduled for 2999-01-01 (from midnight India time)');
    expect(stdout.trim().split('\n').at(-1)).toMatch(/^✓ \d+ article files checked: no errors, \d+ warnings\.$/);
  });

  it('says so when the content folder does not exist', () => {
    const { status, stdout } = runTsx('scripts/content-check.ts', [], 'tests/fixtures/no-such-folder');
    expect(status).toBe(1);
    expect(stdout).toContain('tests/fixtures/no-such-folder: the content folder does not exist — ');
  });

  it('reports unreadable bytes, links and pipes in a copy of the bad corpus, with no stack trace', () => {
    const temp = makeTempCorpus('tests/fixtures/bad');
    cleanup = temp.cleanup;
    const expected = addByteLevelCases(temp.root);
    const { status, stdout, stderr } = runTsx('scripts/content-check.ts', [], temp.root);
    expect(stderr).toBe('');
    expect(status).toBe(1);
    for (const [rule, line] of expected) expect(stdout.split('\n'), rule).toContain(`${temp.root}/${line}`);
    // The committed corpus is still reported in full beside them.
    expect(stdout).toContain(`${temp.root}/articles/bad-yaml-alias.hi.md:2: title: YAML syntax error: a value starting with *`);
  });

  it('reports a file and a folder it has no permission to read, and goes on with the rest', () => {
    const temp = makeTempCorpus('tests/fixtures/site');
    cleanup = temp.cleanup;
    const file = path.join(temp.root, 'articles/synthetic-locked.hi.md');
    const folder = path.join(temp.root, 'articles/2023');
    copyFileSync(path.join(temp.root, 'articles/synthetic-kal.hi.md'), file);
    mkdirSync(folder);
    chmodSync(file, 0o000);
    chmodSync(folder, 0o000);
    // root reads any file whatever its mode, so as root the check runs as "nobody" (uid 65534); as anyone else, as itself.
    const asOther = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const { status, stdout, stderr } = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/content-check.ts'], {
      env: { ...process.env, CONTENT_DIR: temp.root },
      encoding: 'utf8',
      ...asOther,
    });
    expect(stderr).toBe('');
    expect(status).toBe(1);
    const denied = 'cannot be read: permission denied — give your user permission to read it (on Linux or macOS: chmod a+r, and a+rx for a folder), then run the check again';
    expect(stdout).toContain(`${temp.root}/articles/synthetic-locked.hi.md: ${denied}\n`);
    expect(stdout).toContain(`${temp.root}/articles/2023: ${denied}\n`);
    expect(stdout).toContain('✗ 2 errors in 2 files');
  });
});

