import { statSync } from 'node:fs';
import { walkFolder } from './list-files';

/**
 * Names, sizes and change times of every file and folder under the content
 * root: far cheaper than parsing, and it changes whenever an editor saves,
 * adds, deletes or chmods a file, or adds a folder (one named like an article
 * is an error), so the development server re-reads only then. A file that
 * cannot be looked at (a link to itself) counts by its name; reading it
 * reports what is wrong.
 */
export function getContentFingerprint(root: string): string {
  const { files, folders } = walkFolder(root);
  const stamps = files.map((file) => {
    try {
      const stat = statSync(file, { throwIfNoEntry: false });
      return stat ? `${file}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}` : file;
    } catch {
      return file;
    }
  });
  return [...stamps, ...folders.map((folder) => `${folder}/`)].join('\n');
}
