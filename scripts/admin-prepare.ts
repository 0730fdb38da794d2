import path from 'node:path';
import { readBackendSettings } from '@/lib/cms/backend';
import { prepareAdmin } from '@/lib/cms/prepare';
import { getContentRoot } from '@/lib/content/site-content';

// `npm run admin:prepare`: writes what /admin serves into public/admin/ (run by dev, edit and build).
try {
  const contentRoot = getContentRoot();
  // The backend edits the repository: the config names the content folder relative to it.
  const contentFolder = path.relative(process.cwd(), contentRoot).split(path.sep).join('/');
  await prepareAdmin({ outDir: 'public/admin', contentFolder, contentRoot, backend: readBackendSettings() });
} catch (error) {
  process.stderr.write(`admin:prepare: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
