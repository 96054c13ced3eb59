// Messages between the pool and a worker, and the loop a worker runs over a task table. Errors
// cross as { code, message, file } shapes: an AttacheError thrown in a worker arrives as one.
import { parentPort } from 'node:worker_threads';
import { toErrorShape, type AttacheErrorShape } from '../../core/errors';
import { runInBackground } from './threadPriority';

export interface TaskContext {
  /** Reports progress to whoever runs the task (the import's progress events). */
  progress(p: unknown): void;
}

export type TaskFn = (payload: never, ctx: TaskContext) => Promise<unknown>;

export type ToWorker = { type: 'run'; id: number; name: string; payload: unknown };
export type FromWorker =
  | { type: 'progress'; id: number; value: unknown }
  | { type: 'result'; id: number; value: unknown }
  | { type: 'error'; id: number; error: AttacheErrorShape };

/** Runs in the worker: answers each 'run' message with the task's result or error. */
export function serveTasks(table: Readonly<Record<string, TaskFn>>): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks must run inside a worker thread');
  runInBackground();
  port.on('message', async (msg: ToWorker) => {
    if (msg?.type !== 'run') return;
    const send = (m: FromWorker) => port.postMessage(m);
    const task = table[msg.name] as ((payload: unknown, ctx: TaskContext) => Promise<unknown>) | undefined;
    if (!task) {
      send({ type: 'error', id: msg.id, error: { code: 'INTERNAL', message: `No worker task named "${msg.name}".` } });
      return;
    }
    try {
      const value = await task(msg.payload, { progress: (value) => send({ type: 'progress', id: msg.id, value }) });
      send({ type: 'result', id: msg.id, value });
    } catch (err) {
      send({ type: 'error', id: msg.id, error: toErrorShape(err) });
    }
  });
}
