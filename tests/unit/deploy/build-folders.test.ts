import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRewrittenFileWriter } from '@/lib/deploy/build-folders';
import { makeTempFolder } from '../support/temp-folder';

describe('createRewrittenFileWriter', () => {
  const setUp = () => {
    const dir = makeTempFolder('rewritten-files');
    const pages = path.join(dir, 'app');
    const copy = path.join(dir, 'standalone/app');
    for (const root of [pages, copy]) mkdirSync(root, { recursive: true });
    return { pages, copy };
  };

  it('writes every file and its copies, a copy of another size from its own bytes, once finished resolves', async () => {
    const { pages, copy } = setUp();
    const writer = createRewrittenFileWriter();
    const names = Array.from({ length: 100 }, (_, i) => `page-${i}.html`);
    for (const name of names) {
      writeFileSync(path.join(pages, name), `<p>${name}</p>`);
      writeFileSync(path.join(copy, name), name === 'page-7.html' ? '<p>another text</p>' : `<p>${name}</p>`);
    }
    const upper = (bytes: Buffer) => Buffer.from(bytes.toString().toUpperCase());
    for (const name of names) {
      const before = readFileSync(path.join(pages, name));
      await writer.write(pages, name, before, upper(before), [copy], upper);
    }
    await writer.finished();
    for (const name of names) {
      expect(readFileSync(path.join(pages, name), 'utf8')).toBe(`<P>${name.toUpperCase()}</P>`);
      expect(readFileSync(path.join(copy, name), 'utf8')).toBe(name === 'page-7.html' ? '<P>ANOTHER TEXT</P>' : `<P>${name.toUpperCase()}</P>`);
    }
  });

  it('fails the step when a write fails, naming the file', async () => {
    const { pages } = setUp();
    const writer = createRewrittenFileWriter();
    // A folder where the file should be: the write is refused.
    mkdirSync(path.join(pages, 'en.html'));
    await writer.write(pages, 'en.html', Buffer.from('a'), Buffer.from('b'), [], () => null);
    await expect(writer.finished()).rejects.toThrow(/en\.html/);
    await expect(writer.write(pages, 'hi.html', Buffer.from('a'), Buffer.from('b'), [], () => null)).rejects.toThrow(/en\.html/);
  });
});
