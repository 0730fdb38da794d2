import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * `npm start`: the standalone server `npm run build` left in <dist>/standalone
 * (a complete folder: server, static files and public/; docs/deploy.md says how
 * to copy it elsewhere). PORT and HOSTNAME are read by server.js itself.
 */
const folder = path.resolve(process.env.NEXT_DIST_DIR || '.next', 'standalone');
if (!existsSync(path.join(folder, 'server.js'))) {
  process.stderr.write(`${folder}/server.js does not exist — run npm run build first (npm run serve does both).\n`);
  process.exit(1);
}
const server = spawn(process.execPath, ['server.js'], {
  cwd: folder,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', PORT: process.env.PORT || '3000' },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
