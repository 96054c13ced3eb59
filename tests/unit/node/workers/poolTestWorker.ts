// A worker for the pool tests: tasks that answer, report progress, crash, hang or fail.
import { AttacheError } from '../../../../src/core/errors';
import { serveTasks, type TaskContext } from '../../../../src/node/workers/taskProtocol';

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
});
