import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRewrittenFileWriter, walkBuildFiles, writeFolder } from '@/lib/deploy/build-folders';
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

describe('writeFolder', () => {
  const setUp = () => {
    const root = makeTempFolder('write-folder');
    const card = path.join(root, 'card.png');
    const otherCard = path.join(root, 'other-card.png');
    writeFileSync(card, 'card');
    writeFileSync(otherCard, 'other card');
    return { root, dir: path.join(root, 'files'), card, otherCard };
  };
  const inode = (file: string) => statSync(file).ino;

  it('leaves the folder holding exactly the files given, writing only those that changed', () => {
    const { dir, card, otherCard } = setUp();
    const first = writeFolder(dir, [
      { file: '/hi/a.html', text: 'a' },
      { file: '/hi/b.html', text: 'b' },
      { file: '/en/old/c.html', text: 'c' },
      { file: '/hi/card.png', linkTo: card },
      { file: '/en/card.png', linkTo: card },
    ]);
    expect(first).toEqual({ written: 5, kept: 0, removed: 0 });
    expect(inode(path.join(dir, 'hi/card.png'))).toBe(inode(card));
    const before = { a: inode(path.join(dir, 'hi/a.html')), b: inode(path.join(dir, 'hi/b.html')), card: inode(path.join(dir, 'hi/card.png')) };

    const second = writeFolder(dir, [
      { file: '/hi/a.html', text: 'a' },
      { file: '/hi/b.html', text: 'b, changed' },
      { file: '/hi/card.png', linkTo: card },
      { file: '/en/card.png', linkTo: otherCard },
      { file: '/en/new.html', text: 'new' },
    ]);
    expect(second).toEqual({ written: 3, kept: 2, removed: 1 });
    expect([...walkBuildFiles(dir)].sort()).toEqual(['/en/card.png', '/en/new.html', '/hi/a.html', '/hi/b.html', '/hi/card.png']);
    // Unchanged files are the same files; changed ones have the new bytes.
    expect(inode(path.join(dir, 'hi/a.html'))).toBe(before.a);
    expect(inode(path.join(dir, 'hi/card.png'))).toBe(before.card);
    expect(readFileSync(path.join(dir, 'hi/b.html'), 'utf8')).toBe('b, changed');
    expect(inode(path.join(dir, 'en/card.png'))).toBe(inode(otherCard));
    // The stale file's emptied folder went with it; no temporary file is left.
    expect(existsSync(path.join(dir, 'en/old'))).toBe(false);
    expect(readdirSync(path.join(dir, 'hi')).sort()).toEqual(['a.html', 'b.html', 'card.png']);
  });

  it('writes a changed file as a new file, so a hard link to the old one (the standalone folder\'s) keeps the old bytes', () => {
    const { root, dir } = setUp();
    writeFolder(dir, [{ file: '/hi/words/0.json', text: '{"version":"first"}' }]);
    const deployed = path.join(root, 'deployed-0.json');
    linkSync(path.join(dir, 'hi/words/0.json'), deployed);
    writeFolder(dir, [{ file: '/hi/words/0.json', text: '{"version":"second"}' }]);
    expect(readFileSync(path.join(dir, 'hi/words/0.json'), 'utf8')).toBe('{"version":"second"}');
    expect(readFileSync(deployed, 'utf8')).toBe('{"version":"first"}');
  });

  it('puts a folder where a stale file stood, and a file where a folder of stale files stood', () => {
    const { dir } = setUp();
    writeFolder(dir, [
      { file: '/hi/x', text: 'a file' },
      { file: '/hi/y/z.json', text: 'in a folder' },
    ]);
    writeFolder(dir, [
      { file: '/hi/x/inside.json', text: 'now a folder' },
      { file: '/hi/y', text: 'now a file' },
    ]);
    expect(readFileSync(path.join(dir, 'hi/x/inside.json'), 'utf8')).toBe('now a folder');
    expect(readFileSync(path.join(dir, 'hi/y'), 'utf8')).toBe('now a file');
  });
});
