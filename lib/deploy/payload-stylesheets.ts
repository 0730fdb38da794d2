import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { htmlEscapeJsonString } from 'next/dist/shared/lib/htmlescape';
import { createRewrittenFileWriter } from './build-folders';
import type { DocumentRewrite } from './page-documents';

/**
 * A fenced workaround (docs/workarounds.md, "The inlined stylesheet is copied
 * into every page's payload"; vercel/next.js#95141, seen in Next 16.4.6).
 *
 * With `experimental.inlineCss`, Next writes the site's stylesheet into each
 * prerendered page three times: the `<style>` that styles it, and the text
 * again in the page's script payload, both inline in the HTML and in the
 * `.rsc` (`.txt` in a static export) the router fetches on a click. About
 * 10 KB twice over on every page, parsed by every reader's phone.
 *
 * In the payload the stylesheet is a hoistable `<style href precedence>` whose
 * children are a text row (`<id>:T<byte length in hex>,<text>`). React never
 * reads those children when the document already has that stylesheet: it
 * adopts the `style[data-href~="<href>"]` element the server wrote
 * (react-dom's acquireResource). So the text can go wherever the stylesheet is
 * certainly in the document already:
 * - from a page's inline payload, for every stylesheet that page inlines;
 * - from a page's `.rsc`, for the stylesheets every page under the same first
 *   segment inlines. A click is handed to the router only between pages of one
 *   language (lib/in-app-navigation.ts), and each language is one root layout,
 *   whose stylesheet is in all of its documents. A stylesheet only some pages
 *   use keeps its text, so a click onto such a page still brings it.
 * The row stays, emptied (`<id>:T0,`), so no reference to it dangles.
 */

export interface PayloadStylesheetReport {
  /** Payload files (`.rsc`, `.txt`) that carried a stylesheet's text and no longer do. */
  payloads: number;
  /** Bytes the documents and payloads shrank by. */
  bytesSaved: number;
}

/** The hrefs of the stylesheets a document inlines: React writes each as `<style data-precedence data-href="…">` (several hrefs, space-separated, when it merges them). */
export function getInlinedStylesheetHrefs(html: string): string[] {
  const hrefs = new Set<string>();
  for (const tag of html.matchAll(/<style\b[^>]*>/g)) {
    if (!/\sdata-precedence="/.test(tag[0])) continue;
    const href = /\sdata-href="([^"]*)"/.exec(tag[0])?.[1];
    for (const one of href?.split(/\s+/) ?? []) if (one) hrefs.add(one);
  }
  return [...hrefs];
}

/** The payload row that carries `css` as React Flight writes it (`:T`, the UTF-8 length in hex, a comma, the text), without the row's id. */
function getPayloadTextRow(css: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`:T${css.length.toString(16)},`), css]);
}

/** The same row inside an HTML page's inline `self.__next_f.push([1,"…"])`: a JSON string, escaped for HTML by the function Next writes it with. */
function getInlinePayloadTextRow(css: Buffer): Buffer {
  return Buffer.from(htmlEscapeJsonString(JSON.stringify(getPayloadTextRow(css).toString('utf8')).slice(1, -1)));
}

/** Replaces every copy of each row with its emptied form (`:T0,`); returns the file's new bytes, or null when none was there. */
export function emptyTextRows(file: Buffer, rows: readonly Buffer[]): Buffer | null {
  const emptied = Buffer.from(':T0,');
  let current = file;
  let changed = false;
  for (const row of rows) {
    const parts: Buffer[] = [];
    let from = 0;
    for (let at = current.indexOf(row); at !== -1; at = current.indexOf(row, from)) {
      parts.push(current.subarray(from, at), emptied);
      from = at + row.length;
    }
    if (parts.length === 0) continue;
    parts.push(current.subarray(from));
    current = Buffer.concat(parts);
    changed = true;
  }
  return changed ? current : null;
}

/** A page's first path segment (`/en.html` and `/en/articles/x.html` alike): the pages one root layout renders. */
function rootSegmentOf(page: string): string {
  return page.split('/')[1]!.replace(/\.html$/, '');
}

export interface PayloadStylesheetOptions {
  /** Where the page files are: a server build's `server/app`, or a static export. */
  pagesDir: string;
  /** The extension of a page's payload file beside its `.html`: `.rsc` (server build) or `.txt` (static export). */
  payloadExtension: '.rsc' | '.txt';
  /** Where `/_next/static/…` files are, to read each stylesheet's text. */
  staticDir: string;
  /** Folders holding byte copies of `pagesDir` (the standalone server's), rewritten the same way. */
  copies?: readonly string[];
}

export interface PayloadStylesheetPass {
  /** Empties a page document's inline rows of the stylesheets it inlines, and notes them for rewritePayloads (page-documents.ts applies it to every document). */
  rewriteDocument: DocumentRewrite;
  /** Once every document has been through rewriteDocument: empties each `.rsc` of the rows of the stylesheets every page of its language inlines. */
  rewritePayloads(): Promise<PayloadStylesheetReport>;
}

/**
 * The pass (see above), in two steps so the documents are read once for this
 * and the build's other rewrites (page-documents.ts): a page's HTML is
 * rewritten as soon as its own styles are known, its `.rsc` once every page of
 * its language has been seen. Next's own pages (`_not-found`, `_global-error`)
 * have their own root layout and are no link's target; only their inline
 * payload is rewritten.
 */
export function createPayloadStylesheetPass(options: PayloadStylesheetOptions): PayloadStylesheetPass {
  const { pagesDir, payloadExtension, staticDir } = options;
  const report: PayloadStylesheetReport = { payloads: 0, bytesSaved: 0 };

  const stylesheets = new Map<string, { payload: Buffer; inline: Buffer } | null>();
  const rowsOf = (hrefs: Iterable<string>, form: 'payload' | 'inline'): Buffer[] => {
    const rows: Buffer[] = [];
    for (const href of hrefs) {
      if (!stylesheets.has(href)) {
        const file = href.startsWith('/_next/static/') ? path.join(staticDir, href.slice('/_next/static/'.length)) : undefined;
        const css = file && existsSync(file) ? readFileSync(file) : undefined;
        stylesheets.set(href, css ? { payload: getPayloadTextRow(css), inline: getInlinePayloadTextRow(css) } : null);
      }
      const known = stylesheets.get(href);
      if (known) rows.push(known[form]);
    }
    return rows;
  };

  // For each language, the stylesheets every one of its pages inlines; and each page's payload file, by its language.
  const shared = new Map<string, Set<string>>();
  const payloads = new Map<string, string>();
  const noted = new Set<string>();

  const rewriteDocument: DocumentRewrite = (html, file) => {
    // React hoists the styles into the head: only that part is decoded and searched.
    const head = html.indexOf('</head>');
    const hrefs = getInlinedStylesheetHrefs(html.toString('utf8', 0, head === -1 ? html.length : head));
    const after = hrefs.length > 0 ? emptyTextRows(html, rowsOf(hrefs, 'inline')) : null;
    // A copy of another size comes through again: it is neither counted nor noted twice.
    if (noted.has(file)) return after;
    noted.add(file);
    if (after) report.bytesSaved += html.length - after.length;
    if (!path.basename(file).startsWith('_')) {
      const root = rootSegmentOf(file);
      const seen = shared.get(root);
      shared.set(root, seen ? new Set(hrefs.filter((href) => seen.has(href))) : new Set(hrefs));
      payloads.set(file.replace(/\.html$/, payloadExtension), root);
    }
    return after;
  };

  const rewritePayloads = async (): Promise<PayloadStylesheetReport> => {
    const writer = createRewrittenFileWriter();
    const payloadRows = new Map([...shared].map(([root, hrefs]) => [root, rowsOf(hrefs, 'payload')]));
    for (const [payload, root] of payloads) {
      const rows = payloadRows.get(root) ?? [];
      const full = path.join(pagesDir, payload);
      if (rows.length === 0 || !existsSync(full)) continue;
      const before = readFileSync(full);
      const after = emptyTextRows(before, rows);
      if (!after) continue;
      await writer.write(pagesDir, payload, before, after, options.copies ?? [], (copy) => emptyTextRows(copy, rows));
      report.payloads++;
      report.bytesSaved += before.length - after.length;
    }
    await writer.finished();
    return report;
  };

  return { rewriteDocument, rewritePayloads };
}
