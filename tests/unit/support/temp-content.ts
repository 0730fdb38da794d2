import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A throwaway copy of the synthetic fixture site that a test may add files to. */
export function makeTempContent(files: Record<string, string> = {}): { root: string; cleanup(): void } {
  const root = mkdtempSync(path.join(tmpdir(), 'vyapar-content-'));
  cpSync('tests/fixtures/site', root, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, name), text);
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
