import { mkdirSync, rmSync, statSync } from 'node:fs';

const LOCK = 'tests/.tmp/e2e.lock';

/**
 * One browser run at a time per checkout: runs share the build folders, and two
 * builds at once on a 2-core machine would only slow each other down.
 */
export async function acquireE2eLock(timeoutMs = 20 * 60_000): Promise<() => void> {
  mkdirSync('tests/.tmp', { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(LOCK);
      return () => rmSync(LOCK, { recursive: true, force: true });
    } catch {
      // A lock older than the timeout belongs to a run that died.
      const held = statSync(LOCK, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > timeoutMs) rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`another browser test run holds ${LOCK}; remove it if no run is active`);
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
}
