import { readdirSync } from 'node:fs';
import path from 'node:path';

export interface FolderListing {
  /** Everything that is not a folder (files, links, anything else), sub-folders included, in a stable order: reading each says what it is. */
  files: string[];
  /** Every sub-folder that was listed, so a folder named like a file can be reported. */
  folders: string[];
  /** Folders that exist but could not be listed (no permission, or a file where a folder belongs). */
  unlisted: { path: string; error: unknown }[];
}

/** Hidden files and folders (.git, .DS_Store) are skipped; a folder missing altogether lists as empty. */
export function walkFolder(dir: string): FolderListing {
  const listing: FolderListing = { files: [], folders: [], unlisted: [] };
  const visit = (folder: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || folder !== dir) listing.unlisted.push({ path: folder, error });
      return;
    }
    for (const entry of entries.filter((e) => !e.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(folder, entry.name);
      // A link is not followed here: reading it reports a link to a folder or to nowhere.
      if (entry.isDirectory()) {
        listing.folders.push(full);
        visit(full);
      } else {
        listing.files.push(full);
      }
    }
  };
  visit(dir);
  listing.files.sort();
  return listing;
}

/** Every file under `dir`, sub-folders included, in a stable order; never throws (a folder that cannot be listed adds nothing). */
export function listFiles(dir: string): string[] {
  return walkFolder(dir).files;
}
