import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rewritePageDocuments } from '@/lib/deploy/page-documents';
import { getStartedScripts, startScriptsInDocument } from '@/lib/deploy/scripts-after-paint';
import { makeTempFolder } from '../support/temp-folder';

/** The rewrite on a page's text, as the build applies it to the page's bytes. */
const startScriptsAfterPaint = (html: string): string | null => startScriptsInDocument(Buffer.from(html), 'page.html')?.toString('utf8') ?? null;

/**
 * A hand-made page with the script tags Next 16.4 writes into a prerendered
 * page: async scripts and a low-priority preload in the head, Turbopack's
 * inline bootstrap and one more async script in the body, the payload's inline
 * scripts last. What the browser does with the result is watched in Chromium:
 * tests/e2e/script-loading.test.ts.
 */
const FRAMEWORK = '/_next/static/chunks/framework-1.js';
const RUNTIME = '/_next/static/chunks/turbopack-2.js';
const PAGE = '/_next/static/chunks/page-3.js';
const BODY_SCRIPT = '/_next/static/chunks/body-4.js';

const tag = (src: string) => `<script src="${src}" async=""></script>`;
const PAYLOAD = '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"0:{}\\n"])</script>';

function pageHtml(): string {
  return [
    '<!DOCTYPE html><html lang="hi"><head><meta charSet="utf-8"/><style data-precedence="next">body{margin:0}</style>',
    `<link rel="preload" as="script" fetchPriority="low" href="${BODY_SCRIPT}"/>`,
    tag(FRAMEWORK), tag(RUNTIME), tag(PAGE),
    '<title>मेला</title><script src="/_next/static/chunks/polyfills.js" noModule=""></script></head>',
    '<body><main><h1>मेला</h1></main><script type="application/ld+json">{"@type":"NewsArticle"}</script>',
    '<script id="_R_">(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push({})</script>',
    tag(BODY_SCRIPT), PAYLOAD, '</body></html>',
  ].join('');
}

describe('startScriptsInDocument', () => {
  it('takes out every script tag and preload of Next and starts the same scripts, in page order, from the end of the body', () => {
    const html = startScriptsAfterPaint(pageHtml())!;
    expect(html).not.toMatch(/<script src="\/_next\/static\/[^"]*" async=""/);
    expect(html).not.toContain('rel="preload" as="script"');
    expect(getStartedScripts(html)).toEqual([FRAMEWORK, RUNTIME, PAGE, BODY_SCRIPT]);
    // Last in the body, after the payload's scripts, which only fill an array for the framework to read.
    expect(html.indexOf('(function(s)')).toBeGreaterThan(html.indexOf(PAYLOAD));
    expect(html.slice(html.lastIndexOf('<script>'))).toMatch(/^<script>\(function\(s\)[\s\S]*<\/script><\/body><\/html>$/);
  });

  it('leaves everything else as it was', () => {
    const before = pageHtml();
    const after = startScriptsAfterPaint(before)!;
    const starter = /<script>\(function\(s\)[\s\S]*?<\/script>/.exec(after)![0];
    const removed = [FRAMEWORK, RUNTIME, PAGE, BODY_SCRIPT].map(tag).concat(`<link rel="preload" as="script" fetchPriority="low" href="${BODY_SCRIPT}"/>`);
    expect(after.replace(starter, '')).toBe(removed.reduce((page, text) => page.replace(text, ''), before));
    // The legacy-browser script, the structured data and Turbopack's inline bootstrap stay where they were.
    for (const kept of ['noModule=""', 'application/ld+json', 'id="_R_"']) expect(after).toContain(kept);
  });

  it('reads no started scripts from a page without a starter', () => {
    expect(getStartedScripts(pageHtml())).toEqual([]);
  });

  it('starts a script named twice once', () => {
    const html = startScriptsAfterPaint(pageHtml().replace('</main>', `</main>${tag(PAGE)}`))!;
    expect(getStartedScripts(html)).toEqual([FRAMEWORK, RUNTIME, PAGE, BODY_SCRIPT]);
  });

  it('leaves a page already rewritten, a page without Next scripts and a fragment without a body alone', () => {
    const once = startScriptsAfterPaint(pageHtml())!;
    expect(startScriptsAfterPaint(once)).toBeNull();
    expect(startScriptsAfterPaint('<!DOCTYPE html><html><head><script src="/elsewhere.js" async=""></script></head><body></body></html>')).toBeNull();
    expect(startScriptsAfterPaint(tag(FRAMEWORK))).toBeNull();
  });

  it('writes an address that could close the script element escaped', () => {
    const odd = '/_next/static/chunks/a</script>.js';
    const html = startScriptsAfterPaint(pageHtml().replace(tag(PAGE), tag(odd)))!;
    expect(html.match(/<\/script>/g)!.length).toBe(pageHtml().match(/<\/script>/g)!.length - 4 + 1);
    expect(getStartedScripts(html)).toContain(odd);
  });
});

describe('startScriptsInDocument, over a build (lib/deploy/page-documents.ts)', () => {
  function write(root: string, file: string, text: string): void {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }

  it('rewrites every page of a build and of its standalone copy, and no other file', async () => {
    const dir = makeTempFolder('scripts-after-paint');
    const pages = path.join(dir, 'server/app');
    const copy = path.join(dir, 'standalone/server/app');
    const payload = '0:["$","script",null,{"src":"/_next/static/chunks/page-3.js","async":true}]\n';
    for (const root of [pages, copy]) {
      write(root, 'hi/articles/मेला.html', pageHtml());
      write(root, '_not-found.html', pageHtml());
      write(root, 'hi/articles/मेला.rsc', payload);
    }
    // A copy that is not byte for byte the build's is rewritten from its own text.
    write(copy, 'en.html', pageHtml().replace('मेला', 'Fair'));
    write(pages, 'en.html', pageHtml());

    expect(await rewritePageDocuments({ pagesDir: pages, copies: [copy] }, [startScriptsInDocument])).toEqual({ pages: 3, rewritten: 3, changedBy: [3] });
    const expected = startScriptsAfterPaint(pageHtml());
    for (const root of [pages, copy]) {
      expect(readFileSync(path.join(root, 'hi/articles/मेला.html'), 'utf8')).toBe(expected);
      expect(readFileSync(path.join(root, '_not-found.html'), 'utf8')).toBe(expected);
      expect(readFileSync(path.join(root, 'hi/articles/मेला.rsc'), 'utf8')).toBe(payload);
    }
    expect(readFileSync(path.join(copy, 'en.html'), 'utf8')).toBe(startScriptsAfterPaint(pageHtml().replace('मेला', 'Fair')));
    // Run again (a build step repeated), nothing changes.
    expect(await rewritePageDocuments({ pagesDir: pages, copies: [copy] }, [startScriptsInDocument])).toEqual({ pages: 3, rewritten: 0, changedBy: [0] });
  });
});
