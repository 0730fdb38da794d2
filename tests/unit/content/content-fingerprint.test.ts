import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { getContentFingerprint } from '@/lib/content/folder';
import { makeTempContent } from '../support/temp-content';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

it('changes when a folder is added or a file loses its permissions, so the development server re-checks; a looping link does not stop it', () => {
  const temp = makeTempContent();
  cleanup = temp.cleanup;
  const fingerprints = [getContentFingerprint(temp.root)];
  mkdirSync(path.join(temp.root, 'articles/synthetic-folder.hi.md'));
  fingerprints.push(getContentFingerprint(temp.root));
  chmodSync(path.join(temp.root, 'articles/synthetic-kal.hi.md'), 0o000);
  fingerprints.push(getContentFingerprint(temp.root));
  symlinkSync('synthetic-loop.hi.md', path.join(temp.root, 'articles/synthetic-loop.hi.md'));
  fingerprints.push(getContentFingerprint(temp.root));
  expect(new Set(fingerprints).size).toBe(4);
  expect(getContentFingerprint(temp.root)).toBe(fingerprints[3]);
});
