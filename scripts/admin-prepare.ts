import { prepareAdminFor } from '@/lib/cms/prepare';
import { getContentRoot } from '@/lib/content/site-content';

// `npm run admin:prepare`: writes what /admin serves into public/admin/ (npm run build, dev and edit do it too).
try {
  await prepareAdminFor(getContentRoot());
} catch (error) {
  process.stderr.write(`admin:prepare: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
