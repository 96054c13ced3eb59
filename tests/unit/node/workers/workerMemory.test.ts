// The pool bounds the process, not only each worker's heap: memory a task holds outside the
// JavaScript heap (Buffers, ArrayBuffers) is watched through the process's resident size while it
// runs, and the task is stopped over its budget, reported as its file's own OUT_OF_MEMORY. Figures
// are resident-memory growth over the run, compared with the budget; no clock is read.
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { AttacheError } from '../../../../src/core/errors';
import { readFailure } from '../../../../src/node/ingest/readFailure';
import { WorkerPool } from '../../../../src/node/workers/workerPool';
import { resolveWorkerStart } from '../../../../src/node/workers/workerEntry';

const testWorker = fileURLToPath(new URL('./poolTestWorker.ts', import.meta.url));
const MB = 1_048_576;
const pools: WorkerPool[] = [];
function pool(rssBudgetMb: number): WorkerPool {
  // A heap cap far below what the task takes: it does not see Buffers.
  const p = new WorkerPool({ size: 1, maxHeapMb: 64, rssBudgetMb, rssSampleMs: 10, start: () => resolveWorkerStart(testWorker) });
  pools.push(p);
  return p;
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

/** Runs `work` while sampling resident memory; gives its outcome and the peak growth over the start, in MB. */
async function peakGrowth(work: () => Promise<unknown>): Promise<{ outcome: unknown; growthMb: number }> {
  const start = process.memoryUsage.rss();
  let peak = start;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 2);
  try {
    const outcome = await work().catch((e: unknown) => e);
    peak = Math.max(peak, process.memoryUsage.rss());
    return { outcome, growthMb: (peak - start) / MB };
  } finally {
    clearInterval(sampler);
  }
}

describe('worker memory outside the heap', () => {
  it('is not bounded by the heap cap alone: 600 MB of Buffers in a 64 MB heap', async () => {
    const p = pool(100_000);
    await p.run('echo', { value: 1 }); // the worker started, its code loaded
    const { outcome, growthMb } = await peakGrowth(() => p.run('buffers', { mb: 600, chunkMb: 8 }, { label: 'blob.docx' }));
    expect(outcome).toBe(75);
    expect(growthMb).toBeGreaterThan(450);
  });

  it('is stopped over the budget: OUT_OF_MEMORY for that file, the process under the ceiling, the next task runs', async () => {
    const budget = 200;
    const p = pool(budget);
    await p.run('echo', { value: 1 });
    const { outcome, growthMb } = await peakGrowth(() => p.run('buffers', { mb: 3_000, chunkMb: 8 }, { label: 'blob.docx' }));
    expect(outcome).toBeInstanceOf(AttacheError);
    const err = outcome as AttacheError;
    expect(err.code).toBe('OUT_OF_MEMORY');
    expect(err.file).toBe('blob.docx');
    expect(err.message).toMatch(/^blob\.docx: reading it needed more memory than Attaché allows one file \(200 MB\) and was stopped\. .*split it.* Other files are not affected\.$/);
    expect(err.detail).toMatchObject({ reason: 'memory', budgetMb: budget, running: 1 });
    // Stopped near the budget, far below the 3,000 MB the task would have taken.
    expect(growthMb, `resident memory grew ${growthMb.toFixed(0)} MB for a budget of ${budget} MB`).toBeLessThan(budget + 250);
    await expect(p.run('echo', { value: 4 })).resolves.toEqual({ doubled: 8 });
    // Retold with the phase the import knows (cleaning, finding facts), the code kept.
    const retold = readFailure(err, 'blob.docx', 'docx', 'extracting', 120_000) as AttacheError;
    expect(retold.code).toBe('OUT_OF_MEMORY');
    expect(retold.message).toMatch(/^blob\.docx: extracting its facts needed more memory than Attaché allows one file \(200 MB\) and was stopped\./);
  });

  it('stops every task running when it cannot tell whose the memory is, then runs each alone: only the culprit fails', async () => {
    const p = new WorkerPool({ size: 2, maxHeapMb: 64, rssBudgetMb: 200, rssSampleMs: 10, start: () => resolveWorkerStart(testWorker) });
    pools.push(p);
    await Promise.all([p.run('echo', { value: 1 }), p.run('echo', { value: 2 })]);
    const [big, small] = await Promise.all([
      p.run('buffers', { mb: 3_000, chunkMb: 8 }, { label: 'blob.docx' }).catch((e: unknown) => e as AttacheError),
      p.run('sleep', { ms: 4_000 }, { label: 'short.txt' }).catch((e: unknown) => e as AttacheError),
    ]);
    // Alone, the big one overran again: it is that file's own failure, said as one.
    expect(big).toMatchObject({ code: 'OUT_OF_MEMORY', file: 'blob.docx', detail: { running: 1 } });
    expect((big as AttacheError).message).toMatch(/^blob\.docx: reading it needed more memory than Attaché allows one file \(200 MB\)/);
    // The small one, stopped beside it, ran again alone and finished.
    expect(small).toBe('slept');
  });

  it('runs a task whose buffers went to its worker again from a fresh copy, or tells it to be imported alone', async () => {
    const p = new WorkerPool({ size: 2, maxHeapMb: 64, rssBudgetMb: 200, rssSampleMs: 10, start: () => resolveWorkerStart(testWorker) });
    pools.push(p);
    await Promise.all([p.run('echo', { value: 1 }), p.run('echo', { value: 2 })]);
    const moved = (label: string, again: boolean) => {
      const fresh = () => {
        const bytes = new Uint8Array(1024);
        return { payload: { ms: 4_000, bytes }, transfer: [bytes.buffer] };
      };
      const first = fresh();
      return p.run('sleep', first.payload, { label, transfer: first.transfer, ...(again ? { again: fresh } : {}) }).catch((e: unknown) => e as AttacheError);
    };
    const [big, copied] = await Promise.all([p.run('buffers', { mb: 3_000, chunkMb: 8 }, { label: 'blob.docx' }).catch((e: unknown) => e as AttacheError), moved('scan.pdf', true)]);
    expect(big).toMatchObject({ code: 'OUT_OF_MEMORY', file: 'blob.docx', detail: { running: 1 } });
    expect(copied).toBe('slept');

    const [, gone] = await Promise.all([p.run('buffers', { mb: 3_000, chunkMb: 8 }, { label: 'blob.docx' }).catch((e: unknown) => e), moved('scan.pdf', false)]);
    expect(gone).toMatchObject({ code: 'OUT_OF_MEMORY', file: 'scan.pdf', detail: { running: 2 } });
    expect((gone as AttacheError).message).toMatch(/^scan\.pdf: Attaché ran short of memory .* while 2 files were read at once, and stopped this one\. Import scan\.pdf again on its own\.$/);
  });

  it('names the heap cap too when a task fills its JavaScript heap', async () => {
    const p = new WorkerPool({ size: 1, maxHeapMb: 32, start: () => resolveWorkerStart(testWorker) });
    pools.push(p);
    const err = (await p.run('heap', { mb: 512 }, { label: 'deep.html' }).catch((e: unknown) => e)) as AttacheError;
    expect(err.code).toBe('OUT_OF_MEMORY');
    expect(err.message).toMatch(/^deep\.html: reading it needed more memory than Attaché allows one file \(32 MB\)/);
  });
});
