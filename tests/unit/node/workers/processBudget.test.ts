// The pool holds the whole process (main thread and workers) under a budget, not only what a run
// adds: a task starts beside others only while the process has room, one over the budget is
// stopped (the youngest) and runs again alone after the others, and a task over it alone fails
// OUT_OF_MEMORY in words that name the limit. The process's size comes from a source the test
// sets (the pool samples it as it would process.memoryUsage.rss); the order of what happened is
// read from the tasks' own progress, never from a clock.
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { AttacheError } from '../../../../src/core/errors';
import { readFailure } from '../../../../src/node/ingest/readFailure';
import { WorkerPool } from '../../../../src/node/workers/workerPool';
import { resolveWorkerStart } from '../../../../src/node/workers/workerEntry';

const testWorker = fileURLToPath(new URL('./poolTestWorker.ts', import.meta.url));
const MB = 1_048_576;
const pools: WorkerPool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

/** A two-worker pool with a process budget of 1,400 MB whose resident memory is `rss()`. */
function pool(rss: () => number): WorkerPool {
  const p = new WorkerPool({ size: 2, maxHeapMb: 64, processBudgetMb: 1400, startRoomMb: 256, rssBudgetMb: 100_000, rssSampleMs: 10, rss, start: () => resolveWorkerStart(testWorker) });
  pools.push(p);
  return p;
}

/** Runs `announce` tasks at once, each logging "<label> started" and "<label> ended". */
function announced(p: WorkerPool, labels: readonly string[], ms: number, log: string[], onStart?: () => void) {
  return Promise.all(
    labels.map((label) =>
      p
        .run('announce', { ms }, { label, onProgress: () => (log.push(`${label} started`), onStart?.()) })
        .then((v) => (log.push(`${label} ended`), v))
        .catch((e: unknown) => (log.push(`${label} failed`), e)),
    ),
  );
}

describe('the process budget', () => {
  it('starts a second task only while the process leaves room for it', async () => {
    let rss = 500 * MB;
    const p = pool(() => rss);
    await Promise.all([p.run('echo', { value: 1 }), p.run('echo', { value: 2 })]);
    const roomy: string[] = [];
    expect(await announced(p, ['a.txt', 'b.txt'], 600, roomy)).toEqual(['slept', 'slept']);
    expect(roomy.slice(0, 2).sort()).toEqual(['a.txt started', 'b.txt started']);

    // 1,300 MB of 1,400: not the 256 MB a second task needs. One at a time, both done.
    rss = 1300 * MB;
    const tight: string[] = [];
    expect(await announced(p, ['a.txt', 'b.txt'], 300, tight)).toEqual(['slept', 'slept']);
    expect(tight).toEqual(['a.txt started', 'a.txt ended', 'b.txt started', 'b.txt ended']);
  });

  it('over the budget, stops the youngest task and runs it again alone after the others; the others carry on', async () => {
    let spike = false;
    // Over the budget once, when both run: the stopped worker's memory is taken to be freed then.
    const p = pool(() => {
      const over = spike;
      spike = false;
      return (over ? 1600 : 500) * MB;
    });
    await Promise.all([p.run('echo', { value: 1 }), p.run('echo', { value: 2 })]);
    const log: string[] = [];
    let started = 0;
    const first = p.run('announce', { ms: 1500 }, { label: 'old.txt', onProgress: () => (log.push('old.txt started'), ++started === 2 && (spike = true)) });
    const results = await Promise.all([first.then((v) => (log.push('old.txt ended'), v)), announced(p, ['young.txt'], 300, log, () => ++started === 2 && (spike = true))]);
    expect(results).toEqual(['slept', ['slept']]);
    // old.txt ran once, to its end; young.txt was stopped, then ran again once old.txt had ended.
    // (The two workers' first words arrive in either order.)
    expect(log.slice(0, 2).sort()).toEqual(['old.txt started', 'young.txt started']);
    expect(log.slice(2)).toEqual(['old.txt ended', 'young.txt started', 'young.txt ended']);
  });

  it('gives the next task a fresh worker when the process is near its budget (a worker keeps the heap its tasks grew)', async () => {
    let rss = 500 * MB;
    const p = new WorkerPool({ size: 1, processBudgetMb: 1400, startRoomMb: 256, rss: () => rss, start: () => resolveWorkerStart(testWorker) });
    pools.push(p);
    const kept = [await p.run('thread', {}), await p.run('thread', {})];
    expect(kept[1]).toBe(kept[0]);
    rss = 1200 * MB;
    const renewed = [await p.run('thread', {}), await p.run('thread', {})];
    expect(renewed[1]).not.toBe(renewed[0]);
  });

  it('runs a task over the budget alone once more in a fresh worker when its worker had run others: the memory may be theirs', async () => {
    let spike = false;
    const p = pool(() => {
      const over = spike;
      spike = false;
      return (over ? 1500 : 500) * MB;
    });
    await p.run('echo', { value: 1 });
    const log: string[] = [];
    const result = await p.run('announce', { ms: 600 }, { label: 'small.md', onProgress: () => (log.push('small.md started'), log.length === 1 && (spike = true)) });
    expect(result).toBe('slept');
    expect(log).toEqual(['small.md started', 'small.md started']);
  });

  it('fails a task over the budget alone: OUT_OF_MEMORY naming the whole-process limit, told with its phase', async () => {
    const p = pool(() => 1500 * MB);
    const err = (await p.run('announce', { ms: 5_000 }, { label: 'huge.docx' }).catch((e: unknown) => e)) as AttacheError;
    expect(err).toBeInstanceOf(AttacheError);
    expect(err).toMatchObject({ code: 'OUT_OF_MEMORY', file: 'huge.docx', detail: { reason: 'memory', processMb: 1400, rssMb: 1500, running: 1 } });
    expect(err.message).toMatch(/^huge\.docx: reading it needed more memory than Attaché has room for \(it holds at most 1,400 MB in all, the open project's text included\) and was stopped\. .*split it/);
    const retold = readFailure(err, 'huge.docx', 'docx', 'extracting', 120_000) as AttacheError;
    expect(retold.code).toBe('OUT_OF_MEMORY');
    expect(retold.message).toMatch(/^huge\.docx: extracting its facts needed more memory than Attaché has room for \(it holds at most 1,400 MB in all/);
  });

  it('with real memory: a file over the budget beside a small one fails alone, the small one ends once', async () => {
    // The budget set just over what the process holds now: 3,000 MB of Buffers cannot fit.
    const base = process.memoryUsage.rss();
    const p = new WorkerPool({ size: 2, maxHeapMb: 64, processBudgetMb: Math.round(base / MB) + 400, rssBudgetMb: 100_000, rssSampleMs: 10, start: () => resolveWorkerStart(testWorker) });
    pools.push(p);
    await Promise.all([p.run('echo', { value: 1 }), p.run('echo', { value: 2 })]);
    const log: string[] = [];
    const small = p.run('announce', { ms: 3_000 }, { label: 'small.txt', onProgress: () => log.push('small.txt started') });
    const big = p.run('buffers', { mb: 3_000, chunkMb: 8 }, { label: 'blob.docx' }).catch((e: unknown) => e as AttacheError);
    expect(await small).toBe('slept');
    expect(await big).toMatchObject({ code: 'OUT_OF_MEMORY', file: 'blob.docx', detail: { running: 1 } });
    expect(log).toEqual(['small.txt started']);
  });
});

describe('the pool shut down', () => {
  it('cancels the tasks running and waiting, in words, and refuses new ones the same way (never INTERNAL)', async () => {
    const p = new WorkerPool({ size: 1, start: () => resolveWorkerStart(testWorker) });
    const running = p.run('announce', { ms: 30_000 }, { label: 'long.pdf' }).catch((e: unknown) => e);
    const waiting = p.run('echo', { value: 1 }, { label: 'next.txt' }).catch((e: unknown) => e);
    await p.close();
    for (const [err, file] of [[await running, 'long.pdf'], [await waiting, 'next.txt']] as const) {
      expect(err).toMatchObject({ code: 'CANCELLED', file, detail: { reason: 'shutdown' } });
      expect((err as Error).message).toBe(`${file}: not finished, because Attaché was shutting down; nothing of it was saved. Run it again once Attaché is open.`);
    }
    await expect(p.run('echo', { value: 1 })).rejects.toMatchObject({ code: 'CANCELLED', detail: { reason: 'shutdown' } });
  });
});
