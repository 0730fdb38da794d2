import { spawnSync } from 'node:child_process';

/** Runs a command-line entry point the way an editor would, with CONTENT_DIR pointing at test content. */
export function runScript(command: string, args: readonly string[], contentDir: string, extraEnv: Record<string, string> = {}) {
  const result = spawnSync(command, args, {
    env: { ...process.env, CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: '1', ...extraEnv },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: result.stdout + result.stderr };
}

/** `tsx scripts/<name>.ts`, without npm's start-up time. */
export function runTsx(script: string, args: readonly string[], contentDir: string) {
  return runScript(process.execPath, ['node_modules/tsx/dist/cli.mjs', script, ...args], contentDir);
}
