import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getPageErrors, getSiteContent } from '@/lib/content/site-content';
import { makeTempContent } from '../support/temp-content';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  vi.unstubAllEnvs();
});

function developmentServerOn(files: Record<string, string> = {}) {
  const temp = makeTempContent(files);
  cleanup = temp.cleanup;
  vi.stubEnv('NODE_ENV', 'development');
  vi.stubEnv('CONTENT_DIR', temp.root);
  return temp.root;
}

describe('content on the development server', () => {
  it('shows an edit on the next request, and re-reads only when a file changed', () => {
    const root = developmentServerOn();
    const file = path.join(root, 'articles/synthetic-fair-pair.en.md');
    const first = getSiteContent();
    expect(getSiteContent()).toBe(first);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Synthetic edited headline'));
    expect(getSiteContent().visible.find((a) => a.file.endsWith('synthetic-fair-pair.en.md'))?.title).toBe('Synthetic edited headline');
  });

  it('keeps serving the good files and hands the errors to the page instead of failing', () => {
    developmentServerOn({ 'articles/synthetic-typo.hi.md': '---\ntitle: T\nsummary: S\npostTime: 2024-02-30\nlocale: hi\norganisations: [example-traders-guild]\n---\nBody\n' });
    expect(getSiteContent().visible.some((a) => a.slug === 'synthetic-fair-pair')).toBe(true);
    expect(getPageErrors()).toEqual([expect.objectContaining({ line: 4, field: 'postTime', message: expect.stringMatching(/^2024-02-30 is not a real calendar day/) })]);
  });

  it('never reads the files in production: pages there read only what npm run build compiled (and that build refuses errors)', () => {
    developmentServerOn({ 'articles/synthetic-typo.hi.md': '---\ntitle: T\n---\nBody\n' });
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('NEXT_DIST_DIR', path.join(tmpdir(), `vyapar-never-built-${process.pid}`));
    expect(() => getSiteContent()).toThrow(/site\.json does not exist: production pages read the content compiled by `npm run build`/);
  });
});
