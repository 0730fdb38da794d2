import { mkdirSync, rmSync, statSync, utimesSync } from 'node:fs';

const LOCK = 'tests/.tmp/e2e.lock';
/** A holder touches the lock this often; one untouched for STALE_MS belongs to a run that died. */
const HEARTBEAT_MS = 15_000;
const STALE_MS = 120_000;

/**
 * One browser run at a time per checkout: runs share the build folders, and two
 * builds at once on a 2-core machine would only slow each other down. The
 * holder keeps the lock fresh however long its run takes (a loaded machine can
 * take far longer than usual), so only a dead run's lock is ever taken over.
 */
export async function acquireE2eLock(timeoutMs = 60 * 60_000): Promise<() => void> {
  mkdirSync('tests/.tmp', { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(LOCK);
      const heartbeat = setInterval(() => {
        const now = new Date();
        try {
          utimesSync(LOCK, now, now);
        } catch {
          // removed by hand: nothing to keep fresh
        }
      }, HEARTBEAT_MS);
      heartbeat.unref();
      return () => {
        clearInterval(heartbeat);
        rmSync(LOCK, { recursive: true, force: true });
      };
    } catch {
      const held = statSync(LOCK, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`another browser test run holds ${LOCK}; remove it if no run is active`);
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
}
