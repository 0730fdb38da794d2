import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRewrittenFileWriter, walkBuildFiles } from './build-folders';
import { createPayloadStylesheetPass } from './payload-stylesheets';
import { startScriptsInDocument } from './scripts-after-paint';

/**
 * What the build changes in the page documents Next wrote, after `next build`:
 * the stylesheet's copies in the payloads go (payload-stylesheets.ts, a fenced
 * workaround) and the scripts start after the first paint
 * (scripts-after-paint.ts). Both rewrite every page, so they share one walk:
 * each document is read once and written once, in the build folder and in its
 * byte copies (the standalone server's). At 1,000 article pages that is 1,524
 * documents, about 90 MB, where each rewrite on its own read and wrote them
 * all again.
 */

/**
 * One rewrite of a page document (`file` is its path from the pages folder,
 * `/hi/articles/x.html`): its new bytes, or null to leave it. A copy that is not
 * byte for byte the build's page is passed through it again, so the same bytes
 * must give the same answer.
 */
export type DocumentRewrite = (html: Buffer, file: string) => Buffer | null;

export interface PageFolders {
  /** Where the page files are: a server build's `server/app`, or a static export. */
  pagesDir: string;
  /** Folders holding byte copies of `pagesDir` (the standalone server's), rewritten the same way. */
  copies?: readonly string[];
}

export interface DocumentsReport {
  /** Page documents looked at. */
  pages: number;
  /** Of those, written again. */
  rewritten: number;
  /** For each rewrite, in order, the documents it changed. */
  changedBy: number[];
}

/** Applies `rewrites`, in order, to every page document under `pagesDir` (and its copies), reading and writing each once. */
export async function rewritePageDocuments(folders: PageFolders, rewrites: readonly DocumentRewrite[]): Promise<DocumentsReport> {
  const report: DocumentsReport = { pages: 0, rewritten: 0, changedBy: rewrites.map(() => 0) };
  const apply = (html: Buffer, file: string, count: boolean): Buffer | null => {
    let current = html;
    rewrites.forEach((rewrite, i) => {
      const next = rewrite(current, file);
      if (!next) return;
      current = next;
      if (count) report.changedBy[i]!++;
    });
    return current === html ? null : current;
  };
  const writer = createRewrittenFileWriter();
  for (const file of walkBuildFiles(folders.pagesDir)) {
    if (!file.endsWith('.html')) continue;
    report.pages++;
    const before = readFileSync(path.join(folders.pagesDir, file));
    const after = apply(before, file, true);
    if (!after) continue;
    await writer.write(folders.pagesDir, file, before, after, folders.copies ?? [], (copy) => apply(copy, file, false));
    report.rewritten++;
  }
  await writer.finished();
  return report;
}

/**
 * The build's step (scripts/build.ts for a server build, static-site.ts for an
 * export, before the inline scripts are hashed): both rewrites over every
 * document, then the payload files; returns the build's log line, with its
 * wall time, for a build that wonders where its time went.
 */
export async function rewritePagesAfterBuild(options: PageFolders & { payloadExtension: '.rsc' | '.txt'; staticDir: string }): Promise<string> {
  const started = performance.now();
  const stylesheets = createPayloadStylesheetPass(options);
  const documents = await rewritePageDocuments(options, [stylesheets.rewriteDocument, startScriptsInDocument]);
  const payloads = await stylesheets.rewritePayloads();
  const seconds = (performance.now() - started) / 1000;
  return [
    `Rewrote ${documents.rewritten} of ${documents.pages} page documents in ${seconds.toFixed(1)} s:`,
    `the stylesheet's copy emptied in ${documents.changedBy[0]} of them and in ${payloads.payloads} payload files, ${(payloads.bytesSaved / 1024 / 1024).toFixed(1)} MB (lib/deploy/payload-stylesheets.ts);`,
    `scripts started after the first paint in ${documents.changedBy[1]} (lib/deploy/scripts-after-paint.ts).`,
  ].join(' ');
}
