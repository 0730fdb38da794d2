import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

const makeFolder = (name: string) => mkdtempSync(path.join(tmpdir(), `vyapar-${name}-`));
const removeFolder = (dir: string) => rmSync(dir, { recursive: true, force: true });

/**
 * A new, empty folder under the system's temporary folder (`vyapar-<name>-…`),
 * removed when the test that made it finishes, passed or failed. Only inside a
 * test (Vitest's onTestFinished throws elsewhere); a folder the whole file shares
 * comes from makeFileTempFolder.
 */
export function makeTempFolder(name: string): string {
  let dir = '';
  // Registered first: outside a test this throws before any folder exists.
  onTestFinished(() => removeFolder(dir));
  dir = makeFolder(name);
  return dir;
}

/**
 * A new, empty folder for all the tests of one file, removed after the last of
 * them. Called at the file's top level (or a `describe`'s), where Vitest
 * collects hooks, not inside a test or a beforeAll.
 */
export function makeFileTempFolder(name: string): string {
  const dir = makeFolder(name);
  afterAll(() => removeFolder(dir));
  return dir;
}
