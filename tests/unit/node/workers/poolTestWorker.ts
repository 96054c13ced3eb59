// A worker for the pool tests: tasks that answer, report progress, crash, hang or fail.
import { AttacheError } from '../../../../src/core/errors';
import { getPriority } from 'node:os';
import { serveTasks, type TaskContext } from '../../../../src/node/workers/taskProtocol';
import { systemThreadId } from '../../../../src/node/workers/threadPriority';

serveTasks({
  echo: async (payload: { value: number }) => ({ doubled: payload.value * 2 }),
  steps: async (payload: { n: number }, ctx: TaskContext) => {
    for (let i = 1; i <= payload.n; i++) ctx.progress({ step: i });
    return 'done';
  },
  crash: async () => {
    process.exit(3);
  },
  hang: async () => {
    // Busy loop: a reader stuck in synchronous parsing, which only termination can stop.
    for (;;) Math.sqrt(Math.random());
  },
  fail: async () => {
    throw new AttacheError('PDF_DAMAGED', 'broken.pdf: the PDF is damaged.', { file: 'broken.pdf' });
  },
  size: async (payload: { bytes: Uint8Array }) => payload.bytes.byteLength,
  // A task that takes a while and little memory: a small file read beside a big one.
  sleep: async (payload: { ms: number }) => {
    await new Promise((resolve) => setTimeout(resolve, payload.ms));
    return 'slept';
  },
  // A sleep that says when it starts: the tests see which tasks ran side by side, and which again.
  announce: async (payload: { ms: number }, ctx: TaskContext) => {
    ctx.progress('started');
    await new Promise((resolve) => setTimeout(resolve, payload.ms));
    return 'slept';
  },
  // Which worker ran it: the tests see whether a worker was kept or replaced between tasks.
  thread: async () => (await import('node:worker_threads')).threadId,
  // The scheduling priority this worker's own thread runs at (null where threads have none of their own).
  nice: async () => {
    const tid = systemThreadId();
    return tid === null ? null : getPriority(tid);
  },
  // Memory outside the JavaScript heap, which its cap does not see: Buffers kept, each written
  // through so that its pages are resident, up to `mb` (or until the worker is stopped).
  buffers: async (payload: { mb: number; chunkMb: number }) => {
    const kept: Buffer[] = [];
    for (let total = 0; total < payload.mb; total += payload.chunkMb) kept.push(Buffer.alloc(payload.chunkMb * 1_048_576, 1));
    return kept.length;
  },
  // The JavaScript heap itself filled: arrays of doubles (1 MB each) kept until the heap cap ends the worker.
  heap: async (payload: { mb: number }) => {
    const kept: number[][] = [];
    for (let i = 0; i < payload.mb; i++) kept.push(new Array<number>(131_072).fill(i + 0.5));
    return kept.length;
  },
});
