import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESERVED_ID_PREFIXES, RESERVED_IDS } from '@/lib/markdown/heading-ids';
import { renderMarkdown } from '@/lib/markdown/render-markdown';

/** Every .tsx and .ts file under a folder: the components and pages that put ids on the page around an article. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** `id="x"`, `id={'x'}` and `id={`x`}` attributes; any other `id={…}` is returned whole, as it cannot be checked here. */
function idsSetIn(file: string): { fixed: string[]; computed: string[] } {
  const text = readFileSync(file, 'utf8');
  const fixed: string[] = [];
  const computed: string[] = [];
  for (const match of text.matchAll(/(?<=\s)id=(?:"([^"]*)"|\{\s*(['"`])([^'"`$]*)\2\s*\}|(\{[^}]*\}))/g)) {
    const literal = match[1] ?? match[3];
    if (literal !== undefined) fixed.push(literal);
    else computed.push(match[4] ?? match[0]);
  }
  return { fixed, computed };
}

describe('ids the page itself uses', () => {
  const found = ['components', 'app'].flatMap(sources).map((file) => ({ file, ...idsSetIn(file) }));

  it('are all reserved, so no article heading can take one (add a new one to RESERVED_IDS in lib/markdown/heading-ids.ts)', () => {
    const unreserved = found.flatMap(({ file, fixed }) => fixed.filter((id) => !RESERVED_IDS.includes(id)).map((id) => `${file}: id="${id}"`));
    expect(unreserved).toEqual([]);
    // The scan itself works: the skip link's target is found where it is set.
    expect(found.some(({ fixed }) => fixed.includes('content'))).toBe(true);
  });

  it('are fixed strings, so the list above can be checked (a computed id needs a reserved prefix and a change here)', () => {
    expect(found.flatMap(({ file, computed }) => computed.map((id) => `${file}: id=${id}`))).toEqual([]);
  });
});

describe('heading ids', () => {
  it('never take an id the page or the footnotes use, and keep their own numbering', () => {
    const headings = ['Content', 'Content', 'Footnote label', 'Share heading', 'Search query', 'user-content-fn-1', 'Content 1'];
    const html = renderMarkdown(`${headings.map((h) => `## ${h}`).join('\n\n')}\n\nA claim[^1].\n\n[^1]: The source.`, 'en');
    const headingIds = [...html.matchAll(/<h2 id="([^"]+)">(?!Footnotes)/g)].map((m) => m[1] ?? '');
    expect(headingIds).toEqual(['content-1', 'content-2', 'footnote-label-1', 'share-heading-1', 'search-query-1', 'section-user-content-fn-1', 'content-1-1']);
    for (const id of headingIds) {
      expect(RESERVED_IDS).not.toContain(id);
      for (const prefix of RESERVED_ID_PREFIXES) expect(id.startsWith(prefix)).toBe(false);
    }
    // Every id on the rendered article appears once, footnotes included, and every in-page link finds its target.
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, href] of html.matchAll(/href="#([^"]+)"/g)) expect(ids).toContain(decodeURIComponent(href!));
  });
});
