import { closeSync, existsSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { walkBuildFiles } from './build-folders';

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
  /** Page documents looked at. */
  pages: number;
  /** Files (documents and payloads) that carried a stylesheet's text and no longer do. */
  rewritten: number;
  /** Bytes those files shrank by. */
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
export function getPayloadTextRow(css: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`:T${css.length.toString(16)},`), css]);
}

/** The same row inside an HTML page's inline `self.__next_f.push([1,"…"])`: a JSON string, then Next's escaping for HTML (htmlEscapeJsonString). */
export function getInlinePayloadTextRow(css: Buffer): Buffer {
  const json = JSON.stringify(getPayloadTextRow(css).toString('utf8')).slice(1, -1);
  const escaped = json.replace(/[&<>\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return Buffer.from(escaped);
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

const headBuffer = Buffer.alloc(64 * 1024);

/** The start of an HTML file up to `</head>`, where React hoists its styles: a page's first 64 KB, or all of it when its head is longer. */
function readHead(file: string): string {
  const start = headBuffer;
  const fd = openSync(file, 'r');
  let length: number;
  try {
    length = readSync(fd, start, 0, start.length, 0);
  } finally {
    closeSync(fd);
  }
  const end = start.subarray(0, length).indexOf('</head>');
  if (end !== -1) return start.toString('utf8', 0, end);
  return length < start.length ? start.toString('utf8', 0, length) : readFileSync(file, 'utf8');
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

/**
 * Empties the stylesheet rows of every page's payloads (see above). Next's own
 * pages (`_not-found`, `_global-error`) have their own root layout; only their
 * inline payload is rewritten.
 */
export function dropPayloadStylesheets(options: PayloadStylesheetOptions): PayloadStylesheetReport {
  const { pagesDir, payloadExtension, staticDir } = options;
  const report: PayloadStylesheetReport = { pages: 0, rewritten: 0, bytesSaved: 0 };
  // Each page's hrefs first (its head only; at 10,000 article pages the pages are over a gigabyte), then each page is rewritten in turn.
  const pages = new Map<string, string[]>();
  for (const file of walkBuildFiles(pagesDir)) {
    if (file.endsWith('.html')) pages.set(file, getInlinedStylesheetHrefs(readHead(path.join(pagesDir, file))));
  }
  report.pages = pages.size;

  // The stylesheets every page under one first segment inlines.
  const shared = new Map<string, Set<string>>();
  for (const [file, hrefs] of pages) {
    const root = rootSegmentOf(file);
    const seen = shared.get(root);
    shared.set(root, seen ? new Set(hrefs.filter((href) => seen.has(href))) : new Set(hrefs));
  }

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

  const rewrite = (file: string, rows: readonly Buffer[]) => {
    const before = readFileSync(path.join(pagesDir, file));
    const after = emptyTextRows(before, rows);
    if (!after) return;
    writeFileSync(path.join(pagesDir, file), after);
    report.rewritten++;
    report.bytesSaved += before.length - after.length;
    for (const copy of options.copies ?? []) {
      const full = path.join(copy, file);
      const size = statSync(full, { throwIfNoEntry: false })?.size;
      if (size === undefined) continue;
      // Next's copy is the same bytes: the same size is taken as that, and written without being read and searched again.
      const copied = size === before.length ? after : emptyTextRows(readFileSync(full), rows);
      if (copied) writeFileSync(full, copied);
    }
  };

  for (const [file, hrefs] of pages) {
    if (hrefs.length === 0) continue;
    rewrite(file, rowsOf(hrefs, 'inline'));
    if (path.basename(file).startsWith('_')) continue;
    const payload = file.replace(/\.html$/, payloadExtension);
    const rows = rowsOf(shared.get(rootSegmentOf(file)) ?? [], 'payload');
    if (rows.length > 0 && existsSync(path.join(pagesDir, payload))) rewrite(payload, rows);
  }
  return report;
}

/** The build's log line; `seconds`, the pass's wall time, for a build that wonders where its time went. */
function describePayloadStylesheets(report: PayloadStylesheetReport, seconds: number): string {
  return `Emptied the stylesheet's copy in ${report.rewritten} page and payload files of ${report.pages} pages, ${(report.bytesSaved / 1024 / 1024).toFixed(1)} MB, in ${seconds.toFixed(1)} s (lib/deploy/payload-stylesheets.ts).`;
}

/** The pass and its log line. */
export function dropAndDescribePayloadStylesheets(options: PayloadStylesheetOptions): string {
  const started = performance.now();
  const report = dropPayloadStylesheets(options);
  return describePayloadStylesheets(report, (performance.now() - started) / 1000);
}
