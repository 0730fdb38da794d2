import { readFileSync } from 'node:fs';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkHtml from 'remark-html';
import { describe, expect, it } from 'vitest';

const { version } = JSON.parse(readFileSync('node_modules/remark-html/package.json', 'utf8')) as { version: string };

/**
 * The library itself, not the site: the bug lib/markdown/render-markdown.ts
 * works around (localisedFootnoteReference). When this fails, remark-html
 * forwards the footnote options: pass them to remarkHtml and drop the handler.
 */
describe(`remark-html ${version}`, () => {
  it('still ignores footnoteLabel and footnoteBackLabel, leaving the English defaults', () => {
    // mdast-util-to-hast's own option names, which remark-rehype forwards (`sanitize: true` is the default).
    const footnoteOptions = { sanitize: true, footnoteLabel: 'Fussnoten', footnoteBackLabel: (index: number) => `Zurück zu ${index + 1}` };
    const html = String(remark().use(remarkGfm).use(remarkHtml, footnoteOptions).processSync('A claim[^1].\n\n[^1]: The source.'));
    // The control: footnotes were rendered, with mdast-util-to-hast's defaults.
    expect(html).toContain('>Footnotes</h2>');
    expect(html).toContain('aria-label="Back to reference 1"');
    expect(html, 'remark-html now forwards footnote labels: remove the workaround in lib/markdown/render-markdown.ts').not.toMatch(/Fussnoten|Zurück/);
  });
});
