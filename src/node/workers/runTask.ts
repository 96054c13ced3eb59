// The main side's one call into the workers: runTask('readSource', payload, { signal, onProgress }).
// One shared pool, started on first use; its workers do not keep the process alive when idle.
// Types only: the task code itself loads in the worker, never on the main thread.
import type { TaskName, TaskPayload, TaskResult } from './tasks';
import { WorkerPool, type RunOptions } from './workerPool';

let shared: WorkerPool | null = null;
// Verification keeps each project's index in its worker between changes (verifyTask.ts), so it
// runs in a pool of its own with one worker: every change reaches the worker holding the index.
let verifying: WorkerPool | null = null;

export function workerPool(): WorkerPool {
  shared ??= new WorkerPool();
  return shared;
}

export function runTask<N extends TaskName>(name: N, payload: TaskPayload<N>, options: RunOptions = {}): Promise<TaskResult<N>> {
  if (name === 'group') {
    // NOTE: no process budget here: its one worker holds the index every change needs, and a stop
    // would fail the whole grouping; the import workers left idle make room for it instead.
    const pool = (verifying ??= new WorkerPool({ size: 1, processBudgetMb: null }));
    shared?.trimIdle();
    // Its worker (the project's index, for the next change) goes once it is done if the process
    // is short of room: the save that follows a grouping needs about as much again as the project's
    // text. The next change then regroups the project whole in a fresh worker.
    // NOTE: not sooner (say, past half the budget): the app's process holds its workers' heaps too,
    // and a project of ordinary size would lose its index at every change.
    // (dropIdle, not trimIdle: this pool has no process budget, so trimIdle would never drop it.)
    const done = () => {
      if (workerPool().shortOfRoom()) void pool.dropIdle();
    };
    const run = pool.run(name, payload, options) as Promise<TaskResult<N>>;
    run.then(done, done);
    return run;
  }
  return workerPool().run(name, payload, options) as Promise<TaskResult<N>>;
}

/** Stops grouping's worker once it is idle, and with it every project index it held. */
export async function dropVerificationWorker(): Promise<void> {
  await verifying?.dropIdle();
}

/** How many verification workers are up (0 or 1). */
export function verificationWorkers(): number {
  return verifying?.workers ?? 0;
}

/** Whether the verification pool is up (a project's index can be held only there). */
export function verificationPoolUp(): boolean {
  return verifying !== null;
}

/** Stops the shared pool's workers (on quit, and between tests). */
export async function shutdownWorkers(): Promise<void> {
  const pools = [shared, verifying];
  shared = null;
  verifying = null;
  await Promise.all(pools.map((pool) => pool?.close()));
}
