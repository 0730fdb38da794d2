import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir`, sub-folders included, in a stable order; hidden files and folders (.git, .DS_Store) are skipped. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? listFiles(full) : [full];
    })
    .sort();
}
