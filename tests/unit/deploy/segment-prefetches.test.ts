import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropServerSegmentPrefetches } from '@/lib/deploy/segment-prefetches';
import { makeTempFolder } from '../support/temp-folder';

/** A server build's `server/app` as Next 16.4 writes it, made by hand (the static export's files: static-site.test.ts). */
function makeAppDir(): string {
  const dir = makeTempFolder('segments-test');
  const file = (name: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  };
  const pageMeta = (segments: string[]) => JSON.stringify({ headers: { 'x-nextjs-prerender': '1' }, segmentPaths: segments, prefetchHints: { hints: 64, slots: null } }, null, 2);
  file('hi/articles/pair.html', '<html lang="hi">मेला</html>');
  file('hi/articles/pair.rsc', '0:["pair"]');
  file('hi/articles/pair.meta', pageMeta(['/_tree', '/_full', '/$d$locale', '/$d$locale/articles/$d$slug/__PAGE__']));
  file('hi/articles/pair.segments/_tree.segment.rsc', '0:{}');
  file('hi/articles/pair.segments/_full.segment.rsc', '0:["pair"]');
  file('hi/articles/pair.segments/$d$locale.segment.rsc', '0:["layout"]');
  file('hi/articles/pair.segments/$d$locale/articles/$d$slug/__PAGE__.segment.rsc', '0:["page"]');
  file('hi/articles/pair/share-image.png.body', 'png');
  file('hi/articles/pair/share-image.png.meta', JSON.stringify({ status: 200, headers: { 'content-type': 'image/png' } }));
  file('en.html', '<html lang="en">Home</html>');
  file('en.meta', pageMeta(['/_tree']));
  file('en.segments/_tree.segment.rsc', '0:{"en":1}');
  return dir;
}

describe('dropServerSegmentPrefetches', () => {
  it("removes every page's .segments folder; the page, its payload, its metadata and route files stay as they were", () => {
    const appDir = makeAppDir();
    const at = (name: string) => path.join(appDir, name);
    const imageMeta = readFileSync(at('hi/articles/pair/share-image.png.meta'), 'utf8');
    const pageMeta = readFileSync(at('hi/articles/pair.meta'), 'utf8');

    expect(dropServerSegmentPrefetches(appDir)).toBe(2);

    expect(existsSync(at('hi/articles/pair.segments'))).toBe(false);
    expect(existsSync(at('en.segments'))).toBe(false);
    expect(readFileSync(at('hi/articles/pair.meta'), 'utf8')).toBe(pageMeta);
    expect(readFileSync(at('hi/articles/pair.html'), 'utf8')).toBe('<html lang="hi">मेला</html>');
    expect(readFileSync(at('hi/articles/pair.rsc'), 'utf8')).toBe('0:["pair"]');
    expect(readFileSync(at('hi/articles/pair/share-image.png.meta'), 'utf8')).toBe(imageMeta);
  });

  it('finds nothing to drop the second time', () => {
    const appDir = makeAppDir();
    dropServerSegmentPrefetches(appDir);
    expect(dropServerSegmentPrefetches(appDir)).toBe(0);
  });

  it('hands the folders to the given discard instead of deleting them', () => {
    const appDir = makeAppDir();
    const handed: string[] = [];
    dropServerSegmentPrefetches(appDir, (paths) => handed.push(...paths.map((p) => path.relative(appDir, p))));
    expect(handed.sort()).toEqual(['en.segments', 'hi/articles/pair.segments']);
    expect(existsSync(path.join(appDir, 'en.segments', '_tree.segment.rsc'))).toBe(true);
  });
});
