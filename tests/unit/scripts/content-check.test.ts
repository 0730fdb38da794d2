import { describe, expect, it } from 'vitest';
import { runTsx } from '../support/run-script';

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
    expect(stdout).toContain('Not published yet (warnings, no action needed):\n\ntests/fixtures/bad/articles/warn-draft.en.md:7: draft:');
    expect(lines.filter(Boolean).at(-1)).toBe('✗ 53 errors in 31 files, 2 warnings. Nothing can be published until every error is fixed.');
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
});
