import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/lib/markdown/render-markdown';

describe('renderMarkdown', () => {
  it('removes scripts, event handlers and javascript: links', () => {
    const html = renderMarkdown(
      'Text <script>alert(1)</script> <img src="x.png" onerror="alert(2)">\n\n<a href="javascript:alert(3)" onclick="x()">a</a>\n\n[link](javascript:alert(4)) <iframe src="https://evil.example"></iframe><style>p{}</style>',
      'en',
    );
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:|<iframe|<style/i);
    expect(html).toContain('Text');
  });

  it('gives headings stable ids, in Hindi too, and keeps links to them', () => {
    const html = renderMarkdown('## चमड़ा उद्योग\n\n## Trade figures\n\n## Trade figures\n\n[see](#चमड़ा-उद्योग)', 'hi');
    expect(html).toContain('<h2 id="चमड़ा-उद्योग">');
    expect(html).toContain('<h2 id="trade-figures">');
    expect(html).toContain('<h2 id="trade-figures-1">');
    expect(html).toContain(`href="#${encodeURIComponent('चमड़ा-उद्योग')}"`);
  });

  it('never gives two headings the same id, even when one heading looks like a numbered repeat', () => {
    const html = renderMarkdown('## A\n\n## A\n\n## A-1\n\n## !!!\n\n## ?', 'en');
    const ids = [...html.matchAll(/id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['a', 'a-1', 'a-1-1', 'section', 'section-1']);
  });

  it('links footnotes to ids that exist, with labels in the page language', () => {
    const html = renderMarkdown('A claim[^1].\n\n[^1]: The source.', 'hi');
    const hrefs = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    const ids = new Set([...html.matchAll(/id="([^"]+)"/g)].map((m) => m[1]));
    expect(hrefs.length).toBe(2);
    for (const href of hrefs) expect(ids).toContain(href);
    expect(html).toContain('फ़ुटनोट'.normalize('NFC'));
    expect(html).toContain('संदर्भ 1 पर वापस जाएँ');
    expect(html).not.toContain('Footnotes');
  });

  it('renders GitHub extensions: tables, strikethrough, autolinks', () => {
    const html = renderMarkdown('| a | b |\n| - | - |\n| 1 | 2 |\n\n~~old~~ https://example.org', 'en');
    expect(html).toContain('<table>');
    expect(html).toContain('<del>old</del>');
    expect(html).toContain('<a href="https://example.org">');
  });

  it('never writes an <img> that would load from another site, even if the content check were skipped', () => {
    const markdown = [
      '![pixel](https://tracker.example/p.gif) ![logo](//cdn.example/logo.png) ![back](/\\cdn.example/x.png)',
      '![dot](data:image/gif;base64,R0lGOD) ![ref][r] ![](https://tracker.example/no-alt.gif)',
      '',
      '[r]: https://ads.example/banner.png',
      '',
      '![ours](/images/chart.png)',
    ].join('\n');
    const html = renderMarkdown(markdown, 'en');
    const sources = [...html.matchAll(/<img [^>]*src="([^"]*)"/g)].map((m) => m[1]);
    // The backslash form is escaped (%5C), so it stays a path of this site: no browser reads it as //.
    expect(sources).toEqual(['/%5Ccdn.example/x.png', '/images/chart.png']);
    expect(html).not.toMatch(/tracker\.example|\/\/cdn\.example|ads\.example|data:/);
    // Readers still get the words the picture stood for.
    expect(html).toContain('pixel');
    expect(html).toContain('ref');
  });
});

