import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const PRELOAD = path.resolve('scripts/next-worker-heap.cjs');

/**
 * A process that keeps about 80 MB and, beside it, keeps each of 2,000 small
 * batches long enough to reach the old generation before dropping it: the
 * pattern of a prerender worker. Prints the largest heap V8 grew to.
 */
const WORKLOAD = `
const v8 = require('node:v8');
const kept = []; for (let i = 0; i < 100000; i++) kept.push(new Array(100).fill(i));
let peak = 0; const recent = [];
for (let r = 0; r < 2000; r++) {
  const batch = []; for (let i = 0; i < 500; i++) batch.push(new Array(50).fill(r));
  recent.push(batch); if (recent.length > 200) recent.shift();
  if (r % 20 === 0) peak = Math.max(peak, v8.getHeapStatistics().total_heap_size);
}
// Reading kept at the end keeps its 80 MB alive throughout.
process.stdout.write(String(kept.length && peak));
`;

function peakHeap(env: Record<string, string>): number {
  const { IS_NEXT_WORKER: _worker, NODE_OPTIONS: _options, ...rest } = process.env;
  return Number(execFileSync(process.execPath, ['-e', WORKLOAD], { env: { ...rest, ...env }, encoding: 'utf8' }));
}

describe('scripts/next-worker-heap.cjs (the bound on the garbage of next build’s workers)', () => {
  it('keeps a worker’s heap to well under what V8 grows it to by itself, and leaves other processes alone', () => {
    const unbounded = peakHeap({});
    const worker = peakHeap({ IS_NEXT_WORKER: 'true', NODE_OPTIONS: `--require=${PRELOAD}` });
    const notWorker = peakHeap({ NODE_OPTIONS: `--require=${PRELOAD}` });
    // Seen on this project's machines: about 515 MB by itself, 250 MB with the bound.
    expect(worker).toBeLessThan(0.7 * unbounded);
    expect(notWorker).toBeGreaterThan(0.85 * unbounded);
  });

  it('is still needed: Next still removes --max-old-space-size from its static-generation workers', () => {
    // When this fails, Next passes a heap limit on to these workers: bound them with NODE_OPTIONS=--max-old-space-size instead, and remove the preload (docs/workarounds.md).
    const source = readFileSync('node_modules/next/dist/build/index.js', 'utf8');
    const createStaticWorker = /function createStaticWorker\([\s\S]*?\n}\n/.exec(source)?.[0];
    expect(createStaticWorker, 'createStaticWorker in next/dist/build/index.js').toBeDefined();
    expect(createStaticWorker).toMatch(/isolatedMemory: true/);
    const worker = readFileSync('node_modules/next/dist/lib/worker.js', 'utf8');
    expect(worker).toMatch(/if \(isolatedMemory\) \{\s*delete nodeOptions\['max-old-space-size'\];/);
  });
});
