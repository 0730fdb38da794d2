import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFileTempFolder, makeTempFolder } from './temp-folder';

// The tests of a file run one after another, in order: each checks what the one before it left.
describe('makeTempFolder', () => {
  let made = '';
  const shared = makeFileTempFolder('shared');
  let outsideATest: unknown;
  try {
    makeTempFolder('outside-a-test');
  } catch (error) {
    outsideATest = error;
  }

  it('gives a new empty folder of its own each time', () => {
    made = makeTempFolder('probe');
    const other = makeTempFolder('probe');
    expect(other).not.toBe(made);
    expect(path.basename(made)).toMatch(/^vyapar-probe-/);
    expect(readdirSync(made)).toEqual([]);
    writeFileSync(path.join(made, 'file.txt'), 'x');
    writeFileSync(path.join(shared, 'file.txt'), 'x');
  });

  it("removes the folder, and what was written into it, once the test that made it has finished", () => {
    expect(made).not.toBe('');
    expect(existsSync(made)).toBe(false);
  });

  it("keeps a file's shared folder until all of the file's tests have run", () => {
    expect(existsSync(path.join(shared, 'file.txt'))).toBe(true);
  });

  it('is refused outside a test, where no test would remove it, before making anything', () => {
    expect(outsideATest).toBeInstanceOf(Error);
    expect(readdirSync(tmpdir()).filter((name) => name.startsWith('vyapar-outside-a-test-'))).toEqual([]);
  });
});
