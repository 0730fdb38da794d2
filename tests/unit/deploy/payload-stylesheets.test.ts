import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { htmlEscapeJsonString } from 'next/dist/shared/lib/htmlescape';
import { describe, expect, it } from 'vitest';
import { rewritePageDocuments } from '@/lib/deploy/page-documents';
import { createPayloadStylesheetPass, emptyTextRows, getInlinedStylesheetHrefs } from '@/lib/deploy/payload-stylesheets';
import { makeTempFolder } from '../support/temp-folder';

/**
 * Hand-made pages as Next 16.4 writes them with experimental.inlineCss: the
 * `<style data-precedence data-href>` in the head, and the payload, inline in
 * the HTML and in the `.rsc`, carrying the same text in a `T` row (the real
 * build is checked in tests/e2e/serving.test.ts and links.test.ts).
 */
const SITE_CSS = 'body{margin:0}.headline::after{content:"—"}a>b{color:#8a3b12}';
const SEARCH_CSS = '.results{display:grid}';
const SITE_HREF = '/_next/static/chunks/site.css';
const SEARCH_HREF = '/_next/static/chunks/search.css';

/** A text row as React Flight writes it: the length is in UTF-8 bytes, in hex. */
const textRow = (id: string, text: string) => `${id}:T${Buffer.byteLength(text).toString(16)},${text}`;
const styleElement = (href: string, row: string) => `["$","style","0",{"precedence":"next","href":"${href}","children":"$${row}"}]`;

function payloadOf(sheets: [href: string, css: string][]): string {
  const rows = sheets.map(([href, css], i) => `${(7 + i).toString(16)}:${styleElement(href, (10 + i).toString(16))}\n${textRow((10 + i).toString(16), css)}`);
  return `0:{"P":null}\n${rows.join('')}\n1f:["$","p",null,{"children":"मेला"}]\n`;
}

/** Next's inline script: a JSON array, escaped for HTML by the function Next writes it with. */
const inlineScript = (payload: string) => `<script>self.__next_f.push(${htmlEscapeJsonString(JSON.stringify([1, payload]))})</script>`;

function pageHtml(sheets: [href: string, css: string][]): string {
  const styles = sheets.map(([href, css]) => `<style data-precedence="next" data-href="${href}">${css}</style>`).join('');
  return `<!DOCTYPE html><html><head>${styles}</head><body><p>मेला</p>${inlineScript(payloadOf(sheets))}</body></html>`;
}

/** A server build: two languages (one root layout each), a search page with a stylesheet of its own, Next's own 404, and a standalone copy. */
function makeBuild(payloadExtension: '.rsc' | '.txt' = '.rsc') {
  const dir = makeTempFolder('payload-css');
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  write('static/chunks/site.css', SITE_CSS);
  write('static/chunks/search.css', SEARCH_CSS);
  const page = (name: string, sheets: [string, string][]) => {
    for (const root of ['app', 'copy']) {
      write(`${root}/${name}.html`, pageHtml(sheets));
      write(`${root}/${name}${payloadExtension}`, payloadOf(sheets));
    }
  };
  const site: [string, string] = [SITE_HREF, SITE_CSS];
  page('hi', [site]);
  page('hi/articles/mela', [site]);
  page('hi/search', [site, [SEARCH_HREF, SEARCH_CSS]]);
  page('en', [site]);
  page('_not-found', [site]);
  return {
    dir,
    read: (file: string) => readFileSync(path.join(dir, file), 'utf8'),
    /** The pass as the build runs it (lib/deploy/page-documents.ts), on its own: every document, then the payloads. */
    run: async () => {
      const options = { pagesDir: path.join(dir, 'app'), payloadExtension, staticDir: path.join(dir, 'static'), copies: [path.join(dir, 'copy')] };
      const pass = createPayloadStylesheetPass(options);
      const documents = await rewritePageDocuments(options, [pass.rewriteDocument]);
      const payloads = await pass.rewritePayloads();
      return { pages: documents.pages, rewritten: documents.rewritten + payloads.payloads, bytesSaved: payloads.bytesSaved };
    },
  };
}

/** How often a text occurs. */
const count = (text: string, part: string) => text.split(part).length - 1;

describe('the payload stylesheet pass', () => {
  it("leaves each page's <style> as the only copy of its stylesheet, with the rows emptied and every reference in place", async () => {
    const build = makeBuild();
    const before = build.read('app/hi/articles/mela.html');
    expect(count(before, 'content:')).toBe(2);

    await build.run();

    const html = build.read('app/hi/articles/mela.html');
    expect(count(html, 'content:')).toBe(1);
    expect(html).toContain(`<style data-precedence="next" data-href="${SITE_HREF}">${SITE_CSS}</style>`);
    // The payload still parses, its style element still points at its row, which is now empty.
    const pushed = JSON.parse(/self\.__next_f\.push\((.*)\)<\/script>/.exec(html)![1]!) as [number, string];
    expect(pushed[1]).toBe(`0:{"P":null}\n7:${styleElement(SITE_HREF, 'a')}\na:T0,\n1f:["$","p",null,{"children":"मेला"}]\n`);
    expect(build.read('app/hi/articles/mela.rsc')).toBe(pushed[1]);
  });

  it("keeps a stylesheet only some pages of a language use in the .rsc a click fetches, and drops it from the page's own HTML", async () => {
    const build = makeBuild();
    await build.run();
    const rsc = build.read('app/hi/search.rsc');
    expect(rsc).toContain(textRow('b', SEARCH_CSS));
    expect(rsc).not.toContain(SITE_CSS);
    const html = build.read('app/hi/search.html');
    expect(count(html, SEARCH_CSS)).toBe(1);
    expect(count(html, 'content:')).toBe(1);
  });

  it("rewrites the payload of Next's own pages only inside their HTML: they have a root layout of their own", async () => {
    const build = makeBuild();
    await build.run();
    expect(count(build.read('app/_not-found.html'), 'content:')).toBe(1);
    expect(build.read('app/_not-found.rsc')).toContain(textRow('a', SITE_CSS));
  });

  it('counts what it rewrote and the bytes saved, and rewrites the standalone copy alike', async () => {
    const build = makeBuild();
    const files = ['hi.html', 'hi.rsc', 'hi/articles/mela.html', 'hi/articles/mela.rsc', 'hi/search.html', 'hi/search.rsc', 'en.html', 'en.rsc', '_not-found.html'];
    const sizeOf = (file: string) => Buffer.byteLength(build.read(`app/${file}`));
    const before = files.reduce((sum, file) => sum + sizeOf(file), 0);
    const report = await build.run();
    const after = files.reduce((sum, file) => sum + sizeOf(file), 0);
    expect(report.pages).toBe(5);
    expect(report.rewritten).toBe(files.length);
    expect(report.bytesSaved).toBe(before - after);
    for (const file of files) expect(build.read(`copy/${file}`)).toBe(build.read(`app/${file}`));
  });

  it('searches a copy that is not the same size as the page it copies', async () => {
    const build = makeBuild();
    writeFileSync(path.join(build.dir, 'copy/hi/articles/mela.rsc'), `${build.read('copy/hi/articles/mela.rsc')}20:"later"\n`);
    await build.run();
    expect(build.read('copy/hi/articles/mela.rsc')).toBe(`${build.read('app/hi/articles/mela.rsc')}20:"later"\n`);
  });

  it('finds nothing to do a second time', async () => {
    const build = makeBuild();
    await build.run();
    expect(await build.run()).toEqual({ pages: 5, rewritten: 0, bytesSaved: 0 });
  });

  it("works on a static export's .txt payloads", async () => {
    const build = makeBuild('.txt');
    await build.run();
    expect(build.read('app/hi/articles/mela.txt')).not.toContain(SITE_CSS);
  });

  it('leaves a page alone when the stylesheet file cannot be found (a name it does not know)', async () => {
    const build = makeBuild();
    rmSync(path.join(build.dir, 'static/chunks/site.css'));
    const before = build.read('app/hi/articles/mela.html');
    await build.run();
    expect(build.read('app/hi/articles/mela.html')).toBe(before);
  });
});

describe('getInlinedStylesheetHrefs', () => {
  it("lists React's hoisted styles, each href of a merged one, and no other <style>", () => {
    const html = '<style>.plain{}</style><style data-precedence="next" data-href="/a.css /b.css">x</style><style data-precedence="next" data-href="/c.css">y</style><style data-href="/no-precedence.css"></style>';
    expect(getInlinedStylesheetHrefs(html)).toEqual(['/a.css', '/b.css', '/c.css']);
  });
});

describe('emptyTextRows', () => {
  it('empties every copy of a row and reports no change when there is none', () => {
    const row = Buffer.from(':T3,abc');
    expect(emptyTextRows(Buffer.from('1:T3,abc\n2:T3,abc'), [row])?.toString()).toBe('1:T0,\n2:T0,');
    expect(emptyTextRows(Buffer.from('1:T3,abd'), [row])).toBeNull();
  });
});
