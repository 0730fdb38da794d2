import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { getExportDir } from '@/lib/deploy/build-folders';
import { findMissingFiles, getInlineScriptHashes, MIN_COMPRESS_BYTES, prepareStaticSite, StaticSiteError } from '@/lib/deploy/static-site';
import { BOOTSTRAP, makeExport, ownScript, STARTER, routing, SCRIPT_FILE, type HandMadeExport } from './hand-made-export';

const origin = 'https://vyapar.example';
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

let exported: HandMadeExport | undefined;
afterEach(() => exported?.remove());

describe('getInlineScriptHashes', () => {
  it('hashes the inline scripts a browser runs, in page order, and skips data blocks and external scripts', () => {
    const html = [
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
      '<script id="_R_">first()</script>',
      '<script type="module">second()</script>',
      '<SCRIPT type="text/javascript">third()</SCRIPT>',
      '<script type="application/json">{"not":"run"}</script>',
      '<script data-src="x">fourth()</script>',
    ].join('');
    expect(getInlineScriptHashes(html)).toEqual([sha256('first()'), sha256('second()'), sha256('third()'), sha256('fourth()')]);
  });

  it('hashes the text as the HTML parser hands it to CSP: CRLF read as LF', () => {
    expect(getInlineScriptHashes('<script>a()\r\nb()\rc()</script>')).toEqual([sha256('a()\nb()\nc()')]);
  });

  it('lists a script repeated on the page once', () => {
    expect(getInlineScriptHashes(`<script>${BOOTSTRAP}</script><script>${BOOTSTRAP}</script>`)).toEqual([sha256(BOOTSTRAP)]);
  });
});

describe('getExportDir', () => {
  it('is out/ for the default dist folder, and the dist folder itself for any other, as next build exports', () => {
    expect(getExportDir('.next')).toBe(path.resolve('out'));
    expect(getExportDir('.next-e2e-static')).toBe(path.resolve('.next-e2e-static'));
  });
});

describe('findMissingFiles', () => {
  it('finds nothing missing in a complete export', () => {
    exported = makeExport(origin);
    expect(findMissingFiles(exported.exportDir, routing, origin)).toEqual([]);
  });

  it.each([
    ['/en/articles/hindi-only.html', 'the page offering the Hindi version'],
    ['/hi/page/2.html', 'a page only the sitemap lists'],
    ['/hi/search-index/results/1.json', 'a search result record'],
    ['/en/feed.xml', 'a feed'],
    ['/hi/articles/hindi-only/share-image.png', 'a share image'],
    ['/404.html', 'the 404 page'],
    [SCRIPT_FILE, 'a script the pages load'],
  ])('names %s (%s) when it is missing', (file) => {
    exported = makeExport(origin);
    rmSync(path.join(exported.exportDir, file));
    expect(findMissingFiles(exported.exportDir, routing, origin).join('\n')).toContain(file);
  });
});

describe('prepareStaticSite', () => {
  const prepare = (e: HandMadeExport) =>
    prepareStaticSite({ exportDir: e.exportDir, snapshotDir: e.snapshotDir, publicDir: e.publicDir, siteUrl: new URL(origin), log: () => {} });

  it('refuses an incomplete export with the list of missing files and what to do', async () => {
    exported = makeExport(origin);
    rmSync(path.join(exported.exportDir, 'en/articles/pair.html'));
    const error = await prepare(exported).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StaticSiteError);
    expect((error as Error).message).toMatch(/incomplete.*\n.*\/en\/articles\/pair\.html \(the page \/en\/articles\/pair\)[\s\S]*npm run build:static/);
  });

  it('writes Brotli and gzip copies that decompress to the file, for text files above the threshold only', async () => {
    exported = makeExport(origin);
    await prepare(exported);
    const at = (file: string) => path.join(exported!.exportDir, file);
    for (const file of ['/hi.html', '/hi.txt', SCRIPT_FILE, '/hi/feed.xml']) {
      expect(brotliDecompressSync(readFileSync(`${at(file)}.br`)).equals(readFileSync(at(file))), file).toBe(true);
      expect(gunzipSync(readFileSync(`${at(file)}.gz`)).equals(readFileSync(at(file))), file).toBe(true);
    }
    expect(readFileSync(at('/favicon.svg')).length).toBeLessThan(MIN_COMPRESS_BYTES);
    for (const file of ['/favicon.svg', '/hi/share-image.png', '/hi/search-index/results/0.json']) {
      expect(existsSync(`${at(file)}.br`), file).toBe(false);
      expect(existsSync(`${at(file)}.gz`), file).toBe(false);
    }
  });

  it('drops the /…/page/1 copies, whose addresses redirect to the list, and keeps page 2', async () => {
    exported = makeExport(origin);
    await prepare(exported);
    const at = (file: string) => path.join(exported!.exportDir, file);
    expect(existsSync(at('/hi/page/1.html'))).toBe(false);
    expect(existsSync(at('/hi/page/1.txt'))).toBe(false);
    expect(existsSync(at('/hi/page/1'))).toBe(false);
    expect(existsSync(at('/hi/page/2.html'))).toBe(true);
  });

  it('drops the segment prefetch files, and a folder they alone filled, before compressing; keeps each page, its payload and its share image', async () => {
    exported = makeExport(origin);
    await prepare(exported);
    const at = (file: string) => path.join(exported!.exportDir, file);
    for (const gone of ['/hi/page/2/__next._tree.txt', '/hi/page/2/__next.$d$locale.txt', '/hi/articles/pair/__next._full.txt', '/en/articles/pair/__next.$d$locale.articles.$d$slug.__PAGE__.txt']) {
      for (const suffix of ['', '.br', '.gz']) expect(existsSync(at(gone + suffix)), gone + suffix).toBe(false);
    }
    expect(existsSync(at('/hi/page/2'))).toBe(false);
    for (const kept of ['/hi/page/2.html', '/hi/page/2.txt', '/hi/page/2.txt.br', '/hi/articles/pair.txt', '/hi/articles/pair.txt.gz', '/hi/articles/pair/share-image.png', '/en/articles/pair.html']) {
      expect(existsSync(at(kept)), kept).toBe(true);
    }
  });

  it("records each page's own script hashes, and writes _headers, _redirects and the nginx files", async () => {
    exported = makeExport(origin);
    const site = await prepare(exported);
    expect(site.pages.get('/en/articles/pair.html')).toEqual([sha256(BOOTSTRAP), sha256(ownScript('en-pair')), sha256(STARTER)]);
    expect(site.pages.get('/admin/index.html')).toEqual([sha256('window.CMS_MANUAL_INIT = true')]);
    expect([...site.publicHtml]).toEqual(['/admin/index.html']);
    expect(readFileSync(path.join(exported.exportDir, '_headers'), 'utf8')).toContain(sha256(ownScript('hi-home')));
    expect(readFileSync(path.join(exported.exportDir, '_redirects'), 'utf8')).toContain('/en/news/2024/old-fair /en/articles/pair 308');
    for (const name of ['http.conf', 'site.conf', 'brotli.conf']) expect(existsSync(path.join(`${exported.exportDir}.nginx`, name)), name).toBe(true);
    expect(existsSync(path.join(exported.exportDir, 'site.conf'))).toBe(false);
  });
});
