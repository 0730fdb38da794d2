import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtFileResponse, linkBuiltFiles, writeBuiltFiles } from '@/lib/deploy/built-files';
import { makeTempFolder } from '../support/temp-folder';

describe('the files a Node server build answers as they are', () => {
  const setUp = () => {
    const root = makeTempFolder('built-files');
    const card = path.join(root, 'cache-card.png');
    writeFileSync(card, Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
    return { root, dir: path.join(root, 'files'), card };
  };
  const get = (address: string, dir: string, headers: Record<string, string> = {}) => builtFileResponse(new Request(`http://site.test${address}`, { headers }), address, dir);

  it('writes texts and links cards by address, and serves each with its type', async () => {
    const { dir, card } = setUp();
    writeBuiltFiles(dir, [{ address: '/hi/articles/pahla-lekh/share-image.png', linkTo: card }, { address: '/hi/search-index/words/0.json', text: '{"version":"a"}' }]);
    // A link, not a copy: the build writes thousands.
    expect(statSync(path.join(dir, 'hi/articles/pahla-lekh/share-image.png')).ino).toBe(statSync(card).ino);
    const image = await get('/hi/articles/pahla-lekh/share-image.png', dir);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await image.arrayBuffer()).equals(readFileSync(card))).toBe(true);
    const words = await get('/hi/search-index/words/0.json', dir);
    expect(words.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await words.text()).toBe('{"version":"a"}');
  });

  it('leaves nothing of the previous build: an address no longer written is a 404', async () => {
    const { dir, card } = setUp();
    writeBuiltFiles(dir, [{ address: '/en/articles/old/share-image.png', linkTo: card }]);
    writeBuiltFiles(dir, [{ address: '/en/articles/new/share-image.png', linkTo: card }]);
    expect(existsSync(path.join(dir, 'en/articles/old'))).toBe(false);
    expect((await get('/en/articles/old/share-image.png', dir)).status).toBe(404);
    expect((await get('/en/articles/new/share-image.png', dir)).status).toBe(200);
  });

  it('answers 404 for an address that climbs out of its folder or names a file of another type', async () => {
    const { dir } = setUp();
    writeBuiltFiles(dir, [{ address: '/hi/search-index/words/0.json', text: '{}' }]);
    writeFileSync(path.join(dir, 'hi/search-index/words/notes.txt'), 'not served');
    for (const address of ['/hi/search-index/words/../words/0.json', '/hi/search-index/words/./0.json', '/hi/search-index/../../cache-card.png', '/hi/search-index/words/notes.txt', '/hi/search-index/words//0.json', 'hi/search-index/words/0.json']) {
      expect((await get(address, dir)).status, address).toBe(404);
    }
  });

  it('refuses to write an address that is not a plain path of names', () => {
    const { dir } = setUp();
    expect(() => writeBuiltFiles(dir, [{ address: '/hi/../secret.json', text: '{}' }])).toThrow('/hi/../secret.json is not an address');
  });

  it('answers a client that has the file already with 304 and no body', async () => {
    const { dir } = setUp();
    writeBuiltFiles(dir, [{ address: '/en/search-index/results/3.json', text: '{"result":1}' }]);
    const first = await get('/en/search-index/results/3.json', dir);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    for (const match of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const again = await get('/en/search-index/results/3.json', dir, { 'If-None-Match': match });
      expect(again.status, match).toBe(304);
      expect(await again.text()).toBe('');
    }
    expect((await get('/en/search-index/results/3.json', dir, { 'If-None-Match': '"other"' })).status).toBe(200);
    writeBuiltFiles(dir, [{ address: '/en/search-index/results/3.json', text: '{"result":2}' }]);
    expect((await get('/en/search-index/results/3.json', dir, { 'If-None-Match': etag })).status).toBe(200);
  });

  it("gives the standalone folder the files as links, which the next build's files leave as they were", async () => {
    const { root, dir, card } = setUp();
    writeBuiltFiles(dir, [{ address: '/hi/share-image.png', linkTo: card }, { address: '/hi/search-index/words/0.json', text: '{"version":"first"}' }]);
    const standalone = path.join(root, 'standalone/.next-content/files');
    linkBuiltFiles(standalone, dir);
    expect(statSync(path.join(standalone, 'hi/search-index/words/0.json')).ino).toBe(statSync(path.join(dir, 'hi/search-index/words/0.json')).ino);
    expect((await get('/hi/share-image.png', standalone)).status).toBe(200);
    writeBuiltFiles(dir, [{ address: '/hi/search-index/words/0.json', text: '{"version":"second"}' }]);
    expect(readFileSync(path.join(standalone, 'hi/search-index/words/0.json'), 'utf8')).toBe('{"version":"first"}');
    expect((await get('/hi/share-image.png', standalone)).status).toBe(200);
  });
});
