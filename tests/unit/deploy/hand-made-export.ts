import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RoutingManifest } from '@/lib/content/routing';
import { getScriptStarter } from '@/lib/deploy/scripts-after-paint';
import { locales } from '@/lib/i18n/locales';

/**
 * A small export as `next build` writes it for a static site, made by hand:
 * every language of the locale table, an article in Hindi and English (with two earlier addresses, one of them
 * Devanagari), one only in Hindi, a second home page, search, feeds, sitemaps,
 * share images, one public HTML file and the framework's assets. Each page
 * carries one inline script of its own, Next's shared bootstrap line, a JSON-LD
 * block and an external script, so the hashes differ from page to page. Some
 * pages have their payload (`.txt`) and segment prefetch files (`__next.*.txt`).
 */
export const routing: RoutingManifest = {
  aliases: {
    '/en/news/2024/old-fair': '/en/articles/pair',
    '/hi/पुराना-पता': '/hi/articles/pair',
  },
  languages: { pair: ['en', 'hi'], 'hindi-only': ['hi'] },
};

export const BOOTSTRAP = '(self.__next_f=self.__next_f||[]).push([0])';
/** Long enough to be compressed. */
export const SCRIPT_FILE = '/_next/static/chunks/app-0a1b2c.js';

/** The inline script the build puts at the end of each page to start SCRIPT_FILE after the first paint (lib/deploy/scripts-after-paint.ts). */
export const STARTER = getScriptStarter([SCRIPT_FILE]);

export function ownScript(page: string): string {
  return `self.__next_f.push([1,"payload of ${page}"])`;
}

function html(page: string, lang: string, body: string): string {
  return [
    `<!DOCTYPE html><html lang="${lang}"><head><meta charSet="utf-8"/><title>${page}</title>`,
    `<script src="${SCRIPT_FILE}" async=""></script></head><body><main>${body}</main>`,
    `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${page}"}</script>`,
    `<script>${BOOTSTRAP}</script><script>${ownScript(page)}</script>`,
    // Padding, so pages pass the precompression threshold as real ones do.
    `<p hidden>${'पाठ text '.repeat(120)}</p></body></html>`,
  ].join('\n');
}

export interface HandMadeExport {
  root: string;
  exportDir: string;
  snapshotDir: string;
  publicDir: string;
  remove(): void;
}

export function makeExport(origin: string): HandMadeExport {
  const root = mkdtempSync(path.join(tmpdir(), 'vyapar-export-test-'));
  const exportDir = path.join(root, 'out');
  const snapshotDir = path.join(root, 'content');
  const publicDir = path.join(root, 'public');
  const write = (dir: string, file: string, text: string | Buffer) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  const file = (name: string, text: string | Buffer) => write(exportDir, name, text);

  write(snapshotDir, 'routing.json', JSON.stringify(routing));
  write(publicDir, 'admin/index.html', '<!DOCTYPE html><html lang="en"><head><title>Editor</title></head><body><script>window.CMS_MANUAL_INIT = true</script></body></html>');
  file('/admin/index.html', '<!DOCTYPE html><html lang="en"><head><title>Editor</title></head><body><script>window.CMS_MANUAL_INIT = true</script></body></html>');

  file('/404.html', html('not-found', 'hi', 'पृष्ठ नहीं मिला / Page not found'));
  file('/_not-found.html', html('not-found', 'hi', 'पृष्ठ नहीं मिला / Page not found'));
  file('/hi.html', html('hi-home', 'hi', 'मुखपृष्ठ'));
  file('/hi.txt', `1:"$Sreact.fragment"\n${'0:["hi-home"]\n'.repeat(80)}`);
  file('/hi/page/2.html', html('hi-home-2', 'hi', 'पृष्ठ 2'));
  file('/hi/page/2.txt', `0:["hi-home-2"]\n${'1:["list"]\n'.repeat(120)}`);
  // Segment prefetch files, as Next 16.4 writes them beside every page (long enough to be compressed).
  file('/hi/page/2/__next._tree.txt', `0:{"tree":1}${' '.repeat(1100)}`);
  file('/hi/page/2/__next.$d$locale.txt', `0:["layout"]${' '.repeat(1100)}`);
  file('/hi/page/1.html', html('hi-home-1', 'hi', 'पृष्ठ 1'));
  file('/hi/page/1.txt', '0:["hi-home-1"]');
  file('/hi/page/1/__next._tree.txt', '0:[]');
  file('/en.html', html('en-home', 'en', 'Home'));
  for (const locale of locales) {
    file(`/${locale}/search.html`, html(`${locale}-search`, locale, `<script>self.__next_f.push([1,"{\\"documentCount\\":2,\\"shardCount\\":1}"])</script>`));
    file(`/${locale}/search-index/words/0.json`, JSON.stringify({ fair: [0, 10] }));
    file(`/${locale}/feed.xml`, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${locale}</title>${'<item><title>fair</title></item>'.repeat(60)}</channel></rss>`);
    file(`/${locale}/share-image.png`, Buffer.from('89504e470d0a1a0a', 'hex'));
    file(`/${locale}/articles/pair.html`, html(`${locale}-pair`, locale, locale === 'hi' ? 'मेला' : 'The fair'));
    file(`/${locale}/articles/pair/share-image.png`, Buffer.from('89504e470d0a1a0a', 'hex'));
    file(`/${locale}/articles/pair.txt`, `0:["${locale}-pair"]\n${'1:["article"]\n'.repeat(80)}`);
    file(`/${locale}/articles/pair/__next._full.txt`, `0:["${locale}-pair"]\n${'1:["article"]\n'.repeat(80)}`);
    file(`/${locale}/articles/pair/__next.$d$locale.articles.$d$slug.__PAGE__.txt`, `0:["page"]${' '.repeat(1100)}`);
    file(`/${locale}/articles/hindi-only.html`, html(`${locale}-hindi-only`, locale, locale === 'hi' ? 'केवल हिन्दी' : 'Only in Hindi; available in: हिन्दी'));
  }
  file('/hi/articles/hindi-only/share-image.png', Buffer.from('89504e470d0a1a0a', 'hex'));
  file('/hi/search-index/results/0.json', '{"title":"मेला"}');
  file('/hi/search-index/results/1.json', '{"title":"केवल हिन्दी"}');
  file('/en/search-index/results/0.json', '{"title":"The fair"}');
  file('/robots.txt', `User-Agent: *\nAllow: /\nSitemap: ${origin}/sitemap.xml\n`);
  const urlset = (paths: string[]) => `<?xml version="1.0" encoding="UTF-8"?><urlset>${paths.map((p) => `<url><loc>${origin}${p}</loc></url>`).join('')}</urlset>`;
  file('/sitemap.xml', `<?xml version="1.0" encoding="UTF-8"?><sitemapindex><sitemap><loc>${origin}/sitemaps/hi-1.xml</loc></sitemap><sitemap><loc>${origin}/sitemaps/en-1.xml</loc></sitemap></sitemapindex>`);
  file('/sitemaps/hi-1.xml', urlset(['/hi', '/hi/page/2', '/hi/articles/pair', '/hi/articles/hindi-only']));
  file('/sitemaps/en-1.xml', urlset(['/en', '/en/articles/pair']));
  file(SCRIPT_FILE, `export const app = ${JSON.stringify('x'.repeat(4000))};`);
  file('/favicon.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return { root, exportDir, snapshotDir, publicDir, remove: () => rmSync(root, { recursive: true, force: true }) };
}
