import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { renderNginxMainConf } from '@/lib/deploy/serving-config';
import { getExportDir } from '@/lib/deploy/build-folders';
import { getNginxConfDir } from '@/lib/deploy/static-site';

/**
 * `npm run serve:static`: the export of `npm run build:static`, served by
 * Debian's nginx with the config generated beside it, in the foreground on
 * PORT (default 3000), unprivileged: pid, logs and temporary files live in a
 * temporary folder removed on exit. STATIC_DIR picks another export folder.
 */
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const INSTALL = 'apt-get install -y nginx libnginx-mod-http-brotli-static';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const nginx = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'].find((candidate) => existsSync(candidate)) ?? 'nginx';
if (spawnSync(nginx, ['-v']).error) fail(`nginx is not installed. On Debian or Ubuntu: sudo ${INSTALL}`);

const exportDir = path.resolve(process.env.STATIC_DIR || getExportDir());
const confDir = getNginxConfDir(exportDir);
if (!existsSync(path.join(confDir, 'site.conf'))) {
  fail(`${confDir}/site.conf does not exist: build the static site first with SITE_URL=https://your-address npm run build:static${process.env.STATIC_DIR ? '' : ' (or set STATIC_DIR to an export folder)'}`);
}
const port = Number(process.env.PORT?.trim() || '3000');
if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`PORT "${process.env.PORT}" is not a port number; write e.g. PORT=3000`);

// A port in use would make nginx retry for seconds and then exit; say so at once.
const free = await new Promise<boolean>((resolve) => {
  const probe = createServer().once('error', () => resolve(false));
  probe.listen(port, () => probe.close(() => resolve(true)));
});
if (!free) fail(`Port ${port} is in use; stop what listens there or choose another, e.g. PORT=3001 npm run serve:static`);

const runDir = mkdtempSync(path.join(tmpdir(), 'vyapar-nginx-'));
const brotliModule = existsSync(BROTLI_MODULE) ? BROTLI_MODULE : undefined;
const conf = path.join(runDir, 'nginx.conf');
// Only a root nginx switches users; it then reads the export as whoever started it.
const user = process.getuid?.() === 0 ? userInfo().username : undefined;
writeFileSync(conf, renderNginxMainConf({ port, runDir, exportDir, confDir, brotliModule, user }));
if (!brotliModule) process.stderr.write(`Note: serving gzip copies only; for Brotli: sudo ${INSTALL}\n`);

const cleanUp = () => rmSync(runDir, { recursive: true, force: true });
// -e: nginx opens its error log before it reads the config; the default one is not ours to write.
const args = ['-p', runDir, '-c', conf, '-e', path.join(runDir, 'error.log'), '-g', 'daemon off;'];
const test = spawnSync(nginx, ['-t', '-q', ...args], { encoding: 'utf8' });
if (test.status !== 0) {
  cleanUp();
  fail(`nginx refused the generated config (${test.error?.message ?? (test.signal ? `signal ${test.signal}` : `exit ${test.status}`)}):\n${test.stderr}${test.stdout}`);
}

const server = spawn(nginx, args, { stdio: ['ignore', 'inherit', 'inherit'] });
// Said once nginx listens: a port in use makes it exit instead, with its own message on stderr.
const announce = (tries: number) => {
  const probe = connect(port, '127.0.0.1', () => {
    probe.end();
    process.stdout.write(`Serving ${exportDir} with nginx on http://localhost:${port} (logs in ${runDir}); Ctrl-C stops it.\n`);
  });
  probe.on('error', () => {
    if (tries > 0 && server.exitCode === null) setTimeout(() => announce(tries - 1), 100);
  });
};
announce(100);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  // nginx stops at once on SIGTERM ("fast shutdown"), SIGQUIT would wait for open connections.
  process.on(signal, () => server.kill('SIGTERM'));
}
server.on('exit', (code, signal) => {
  const failed = code !== 0 && signal === null;
  // nginx has said why on stderr.
  if (failed) process.stderr.write(`nginx stopped (exit ${code}).\n`);
  cleanUp();
  process.exit(failed ? 1 : 0);
});
