import { describe, expect, it } from 'vitest';
import { describeImageSource, findRawHtml, inspectBody } from '@/lib/markdown/inspect-body';
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

describe('inspectBody', () => {
  it('finds every picture with its line, a reference by its definition, and ignores links', () => {
    const markdown = '![a](/images/a.png) [link](https://example.org)\n\n> ![b](https://x.example/b.gif)\n\n- ![c][c] ![none][missing]\n\n[c]: //cdn.example/c.png\n';
    expect(inspectBody(markdown).images).toEqual([
      { line: 1, src: '/images/a.png' },
      { line: 3, src: 'https://x.example/b.gif' },
      { line: 5, src: '//cdn.example/c.png' },
    ]);
  });
});

describe('describeImageSource', () => {
  it('accepts paths of this site only', () => {
    for (const src of ['/images/a.png', '/images/a%20b.png?v=2#x', '/images/चित्र.png']) expect(describeImageSource(src), src).toBeUndefined();
  });

  it.each([
    ['https://tracker.example/p.gif', /^is a picture on another website \(tracker\.example\)/],
    ['HTTP://Tracker.Example/p.gif', /^is a picture on another website \(tracker\.example\)/],
    ['//tracker.example/p.gif', /^is a picture on another website \(tracker\.example\)/],
    ['/\\tracker.example/p.gif', /^is a picture on another website \(tracker\.example\)/],
    ['data:image/png;base64,AAAA', /^is a picture written out inside the text \(a data: address\)/],
    ['javascript:alert(1)', /^is not a picture of this site \(a javascript: address\)/],
    ['images/a.png', /^is not a path from the site root — write it starting with \/, e\.g\. \/images\/a\.png$/],
    ['', /^has no address/],
  ])('refuses %s', (src, message) => {
    expect(describeImageSource(src)).toMatch(message);
  });
});

