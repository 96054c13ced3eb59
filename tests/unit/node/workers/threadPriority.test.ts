// Workers run behind the window: on Linux each lowers its own thread (the main thread keeps its
// priority), so the pool may use every core; elsewhere it leaves one core to the UI.
import { getPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKGROUND_NICE, threadsHaveOwnPriority } from '../../../../src/node/workers/threadPriority';
import { defaultPoolSize, WorkerPool } from '../../../../src/node/workers/workerPool';
import { resolveWorkerStart } from '../../../../src/node/workers/workerEntry';

const testWorker = fileURLToPath(new URL('./poolTestWorker.ts', import.meta.url));
const pools: WorkerPool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe('worker thread priority', () => {
  it.runIf(threadsHaveOwnPriority())('a worker runs below normal priority and the main thread keeps its own', async () => {
    const before = getPriority(0);
    const pool = new WorkerPool({ size: 2, start: () => resolveWorkerStart(testWorker) });
    pools.push(pool);
    const [a, b] = await Promise.all([pool.run('nice', {}), pool.run('nice', {})]);
    expect([a, b]).toEqual([BACKGROUND_NICE, BACKGROUND_NICE]);
    expect(getPriority(0)).toBe(before);
  });

  it('uses every core (up to 4) only where workers yield to the window', () => {
    expect(defaultPoolSize(2, true)).toBe(2);
    expect(defaultPoolSize(2, false)).toBe(1);
    expect(defaultPoolSize(1, false)).toBe(1);
    expect(defaultPoolSize(16, true)).toBe(4);
    expect(defaultPoolSize(16, false)).toBe(4);
  });
});
