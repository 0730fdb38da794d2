import { describe, expect, it } from 'vitest';
import { findRawHtml } from '@/lib/markdown/find-raw-html';
import { renderMarkdown } from '@/lib/markdown/render-markdown';

describe('findRawHtml', () => {
  it('finds every HTML tag the renderer would drop, with its line', () => {
    const markdown = 'Intro\n\nH<sub>2</sub>O\n\n<details>\nMore\n</details>\n';
    expect(findRawHtml(markdown)).toEqual([
      { line: 3, tag: '<sub>' },
      { line: 3, tag: '</sub>' },
      { line: 5, tag: '<details>' },
    ]);
    expect(renderMarkdown(markdown, 'en')).not.toMatch(/<sub>|<details>/);
  });

  it('leaves comments, code and escaped brackets alone', () => {
    const markdown = '<!-- editor note -->\n\nUse `<b>` in code, and 3 \\< 4.\n\n```\n<div>\n```\n';
    expect(findRawHtml(markdown)).toEqual([]);
  });
});
