import { spawn } from 'node:child_process';
import { existsSync, watch } from 'node:fs';
import { prepareAdminFor } from '@/lib/cms/prepare';
import { loadContent } from '@/lib/content/check';
import { compileRoutingManifest } from '@/lib/content/routing';
import { buildSiteContent, getContentRoot, getPublication, writeRoutingManifest } from '@/lib/content/site-content';
import { getSnapshotDir } from '@/lib/deploy/build-folders';

/**
 * `npm run dev`: the development server, plus the one thing it cannot read
 * from the files itself. Pages re-read content/ on every request that follows
 * an edit; the proxy answers from a routing manifest (aliases, languages of
 * each slug), which this keeps in step with the files as editors save them.
 */
// Next's types make NODE_ENV read-only; this process is the development server's parent, so it is set here once.
Object.assign(process.env, { NODE_ENV: 'development' });
const root = getContentRoot();
const dir = getSnapshotDir();

function refreshRoutingManifest(): void {
  const publication = getPublication();
  // Files with errors are left out here too; the page shows the errors panel for them.
  const site = buildSiteContent(loadContent(root, publication.now), publication);
  writeRoutingManifest(dir, compileRoutingManifest(site.visible));
}

refreshRoutingManifest();
// /admin works under plain npm run dev too (npm run edit adds the local backend that saves into content/).
await prepareAdminFor(root);
let pending: NodeJS.Timeout | undefined;
// Editors' tools write a file in several steps; one refresh after they settle is enough.
// A missing content folder is reported on the page itself (loadContent says what to do).
const watcher = existsSync(root)
  ? watch(root, { recursive: true }, () => {
      clearTimeout(pending);
      pending = setTimeout(refreshRoutingManifest, 100);
    })
  : undefined;

const next = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'dev', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => next.kill(signal));
next.on('exit', (code) => {
  watcher?.close();
  clearTimeout(pending);
  process.exit(code ?? 0);
});
