import { spawn, type ChildProcess } from 'node:child_process';
import { watch } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { readBackendSettings } from '@/lib/cms/backend';
import { prepareAdmin, writeConfig } from '@/lib/cms/prepare';
import { getContentRoot } from '@/lib/content/site-content';

/**
 * `npm run edit`: /admin prepared, then the development site (`npm run dev`)
 * and Decap CMS's local backend, which writes what the editor saves straight
 * into content/ — no account, no network. Ctrl-C stops both; if either stops,
 * so does the other.
 */

function fail(message: string): never {
  process.stderr.write(`npm run edit: ${message}\n`);
  process.exit(1);
}

const backend = (() => {
  try {
    return readBackendSettings();
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
})();
const repo = process.cwd();
const contentRoot = getContentRoot();
const contentFolder = path.relative(repo, contentRoot).split(path.sep).join('/');
if (contentFolder.startsWith('..') || path.isAbsolute(contentFolder)) {
  fail(`CONTENT_DIR=${process.env.CONTENT_DIR} is outside this folder; the editor saves only inside the project — use a folder under ${repo}`);
}

const portFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
if (!(await portFree(backend.localPort))) {
  fail(`port ${backend.localPort} for the editor's local backend is in use (another npm run edit?) — stop that, or run CMS_LOCAL_PORT=${backend.localPort + 1} npm run edit`);
}

await prepareAdmin({ outDir: 'public/admin', contentFolder, contentRoot, backend });
const env = { ...process.env, CMS_LOCAL_PORT: String(backend.localPort), CONTENT_DIR: contentFolder };
const children: ChildProcess[] = [
  // Its own port and host: decap-server reads PORT, which must not be the site's.
  spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], {
    env: { ...env, PORT: String(backend.localPort), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: repo, LOG_LEVEL: 'warn' },
    stdio: 'inherit',
  }),
  spawn('npm', ['run', '--silent', 'dev'], { env, stdio: 'inherit' }),
];

let stopping = false;
function stopAll(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
for (const child of children) child.on('exit', (code) => stopAll(code ?? 0));
// Ctrl-C reaches the children from the terminal too; a signal sent to this process alone is passed on.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stopAll(0));

// An organisation or topic added (in the CMS or by hand) appears in the pickers on the next reload of /admin.
const refresh = () => {
  try {
    writeConfig({ outDir: 'public/admin', contentFolder, contentRoot, backend, configOnly: true });
  } catch (error) {
    process.stderr.write(`npm run edit: could not refresh the editor's lists: ${error instanceof Error ? error.message : String(error)}\n`);
  }
};
for (const file of ['organisations.yml', 'tags.yml']) {
  watch(path.join(contentRoot, file), { persistent: false }, refresh);
}

process.stdout.write(`\nEditor: /admin on the address the development server prints (normally http://localhost:3000/admin); it saves into ${contentFolder}/.\n\n`);
