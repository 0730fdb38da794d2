import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Bad content that cannot live in the committed corpus (tests/fixtures/bad):
 * bytes that are not UTF-8 (git settings and editors may "fix" them),
 * symbolic links that loop or lead nowhere (they trip up tools walking the
 * repo), a named pipe, and files without read permission (meaningless in git).
 * Each is made at test time in a folder under tests/.tmp, so messages show
 * short relative paths.
 */
export function makeTempCorpus(from: string): { root: string; cleanup(): void } {
  mkdirSync('tests/.tmp', { recursive: true });
  const root = mkdtempSync(path.join('tests/.tmp', 'bad-bytes-'));
  cpSync(from, root, { recursive: true });
  // Readable by any user: the permission test runs the check as another one when tests run as root.
  chmodSync(root, 0o755);
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

const frontmatter = (title: string) => `---\ntitle: ${title}\nsummary: Synthetic summary.\npostTime: 2024-03-10\nlocale: en\norganisations: [example-traders-guild]\n---\n\n`;

/** Adds the cases to `root`/articles; returns each as [rule, expected line without the root prefix]. */
export function addByteLevelCases(root: string): [rule: string, line: string][] {
  const articles = path.join(root, 'articles');
  // Latin-1, as an old editor saves it: é is the single byte 0xE9, £ is 0xA3.
  writeFileSync(path.join(articles, 'bad-latin1.en.md'), Buffer.concat([
    Buffer.from(frontmatter('Synthetic caf\xe9 notice'), 'latin1'),
    Buffer.from('Plain ASCII line.\n\nA price in \xa3 on line 11.\n', 'latin1'),
  ]));
  writeFileSync(path.join(articles, 'bad-utf16.en.md'), Buffer.from(`\uFEFF${frontmatter('Synthetic UTF-16 notice')}Body.\n`, 'utf16le'));
  symlinkSync('bad-link-loop.en.md', path.join(articles, 'bad-link-loop.en.md'));
  symlinkSync('no-such-file.en.md', path.join(articles, 'bad-link-broken.en.md'));
  symlinkSync('.', path.join(articles, 'bad-link-folder.en.md'));
  const fifo = spawnSync('mkfifo', [path.join(articles, 'bad-pipe.en.md')]);
  if (fifo.status !== 0) throw new Error('mkfifo is needed to make the named-pipe case');

  const utf8 = 'has bytes that are not UTF-8 text, so letters would show as � — save the file as UTF-8 (in most editors: Save with Encoding → UTF-8), then check this line\'s letters and retype any that look wrong';
  return [
    ['a frontmatter line that is not UTF-8', `articles/bad-latin1.en.md:2: title: ${utf8}`],
    ['a body line that is not UTF-8', `articles/bad-latin1.en.md:11: body: ${utf8}`],
    ['a file saved as UTF-16', 'articles/bad-utf16.en.md:1: is saved as UTF-16, not UTF-8 — save the file again as UTF-8 (in most editors: Save with Encoding → UTF-8)'],
    ['a link that leads back to itself', 'articles/bad-link-loop.en.md: is a link that leads back to itself — replace it with the file itself'],
    ['a link to nowhere', 'articles/bad-link-broken.en.md: is a link to a file that does not exist — replace it with the file itself, or delete it'],
    ['a link to a folder', 'articles/bad-link-folder.en.md: is a folder (or a link to one), not a file — put the file itself here, and move anything in the folder elsewhere'],
    ['a named pipe (reading it would wait forever)', 'articles/bad-pipe.en.md: is not an ordinary file (it is a pipe, socket or device) — replace it with a text file, or delete it'],
  ];
}
