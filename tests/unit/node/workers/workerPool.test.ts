// The pool on real worker threads: results, progress, errors that keep their code, and workers
// that crash or hang being replaced without losing the tasks that follow.
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { AttacheError } from '../../../../src/core/errors';
import { WorkerPool } from '../../../../src/node/workers/workerPool';
import { resolveWorkerStart } from '../../../../src/node/workers/workerEntry';

const testWorker = fileURLToPath(new URL('./poolTestWorker.ts', import.meta.url));
const pools: WorkerPool[] = [];
function pool(options: { size?: number; defaultTimeoutMs?: number } = {}): WorkerPool {
  const p = new WorkerPool({ size: 1, ...options, start: () => resolveWorkerStart(testWorker) });
  pools.push(p);
  return p;
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe('worker pool', () => {
  it('runs a task and returns its result', async () => {
    await expect(pool().run('echo', { value: 21 })).resolves.toEqual({ doubled: 42 });
  });

  it('passes progress to the caller in order', async () => {
    const seen: unknown[] = [];
    await pool().run('steps', { n: 3 }, { onProgress: (p) => seen.push(p) });
    expect(seen).toEqual([{ step: 1 }, { step: 2 }, { step: 3 }]);
  });

  it('keeps the code, message and file of an error thrown in the worker', async () => {
    const err = await pool().run('fail', {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AttacheError);
    expect(err).toMatchObject({ code: 'PDF_DAMAGED', file: 'broken.pdf' });
  });

  it('says so in words, not INTERNAL, where no worker can be started, and starts one for the next task', async () => {
    let fail = true;
    const p = new WorkerPool({
      size: 1,
      start: () => {
        if (fail) throw new Error('EMFILE: too many open files');
        return resolveWorkerStart(testWorker);
      },
    });
    pools.push(p);
    const err = await p.run('echo', { value: 1 }, { label: 'report.pdf' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AttacheError);
    expect(err).toMatchObject({ code: 'WORKER_UNAVAILABLE', file: 'report.pdf' });
    expect((err as Error).message).toMatch(/^report\.pdf: a background worker could not be started \(EMFILE: too many open files\)\. Nothing was changed/);
    fail = false;
    await expect(p.run('echo', { value: 2 })).resolves.toEqual({ doubled: 4 });
  });

  it('replaces a crashed worker: the task fails clearly, the next one runs', async () => {
    const p = pool();
    const err = await p.run('crash', {}, { label: 'odd.pdf' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'INTERNAL', file: 'odd.pdf' });
    expect((err as Error).message).toMatch(/odd\.pdf: the reader stopped unexpectedly/);
    await expect(p.run('echo', { value: 1 })).resolves.toEqual({ doubled: 2 });
  });

  it('stops a hung task at its time limit and carries on with a fresh worker', async () => {
    const p = pool();
    const started = Date.now();
    const err = await p.run('hang', {}, { timeoutMs: 1500, label: 'loop.pdf' }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(err).toMatchObject({ code: 'INTERNAL', detail: { reason: 'timeout' } });
    expect((err as Error).message).toMatch(/loop\.pdf: reading took longer than 2 s/);
    await expect(p.run('echo', { value: 5 })).resolves.toEqual({ doubled: 10 });
  });

  it('cancels a queued task without running it, and a running one by stopping its worker', async () => {
    const p = pool();
    const abort = new AbortController();
    const running = p.run('hang', {}, { signal: abort.signal, timeoutMs: 30_000 }).catch((e: unknown) => e);
    const queued = p.run('echo', { value: 3 }, { signal: abort.signal }).catch((e: unknown) => e);
    abort.abort();
    expect(await queued).toMatchObject({ code: 'CANCELLED' });
    expect(await running).toMatchObject({ code: 'CANCELLED' });
    await expect(p.run('echo', { value: 4 })).resolves.toEqual({ doubled: 8 });
  });

  it('moves transferred buffers to the worker instead of copying them', async () => {
    const bytes = new Uint8Array(1024 * 1024);
    await expect(pool().run('size', { bytes }, { transfer: [bytes.buffer] })).resolves.toBe(1024 * 1024);
    expect(bytes.byteLength).toBe(0);
  });
});
