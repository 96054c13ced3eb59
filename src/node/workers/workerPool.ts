// A small pool of worker threads, one task at a time per worker. A worker that crashes, runs out
// of memory or overruns its task's time is terminated and replaced; the task fails with an error
// that says so, and the next task gets a fresh worker. Idle workers do not keep the process alive.
//
// Memory: a worker's heap cap bounds only its JavaScript heap; Buffers, ArrayBuffers and wasm
// memory a reader allocates live outside it, and one file once took the process to 5 GB. So
// while tasks run, the process's resident memory is sampled, and tasks are stopped when it grows
// past a budget over what it was when they started (OUT_OF_MEMORY, naming the file).
import { availableParallelism } from 'node:os';
import { Worker, type Transferable } from 'node:worker_threads';
import { AttacheError } from '../../core/errors';
import type { FromWorker, ToWorker } from './taskProtocol';
import { threadsHaveOwnPriority } from './threadPriority';
import { resolveWorkerStart, type WorkerStart } from './workerEntry';

export interface RunOptions {
  signal?: AbortSignal;
  onProgress?: (p: unknown) => void;
  /** Wall-clock limit for this task; the worker is replaced when it is overrun. */
  timeoutMs?: number;
  /** Buffers to move (not copy) to the worker. */
  transfer?: Transferable[];
  /**
   * The payload made afresh, for a task whose buffers were moved and that must run again (stopped
   * for memory beside other tasks): without it such a task fails instead.
   */
  again?: () => { payload: unknown; transfer?: Transferable[] };
  /** What the task is about, for error messages ("report.pdf"). */
  label?: string;
}

export interface PoolOptions {
  size?: number;
  defaultTimeoutMs?: number;
  start?: () => WorkerStart;
  /** Heap limit per worker, so one hostile file cannot exhaust the app's memory. */
  maxHeapMb?: number;
  /**
   * How far the process's resident memory may grow over what it was when the pool became busy
   * before the running tasks are stopped (default 1,024 MB): bounds what the heap cap does not.
   */
  rssBudgetMb?: number;
  /** How often resident memory is sampled while a task runs (default 20 ms). */
  rssSampleMs?: number;
}

/** Young generation and code space per worker: bounded too (V8's defaults grow with the heap cap). */
const YOUNG_GENERATION_MB = 48;
const CODE_RANGE_MB = 64;

interface Job {
  id: number;
  name: string;
  payload: unknown;
  options: RunOptions;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
  timer?: NodeJS.Timeout;
  onAbort?: () => void;
  /** Stopped for memory beside other tasks: run again with no other task beside it. */
  alone?: boolean;
}

interface Slot {
  worker: Worker | null;
  job: Job | null;
}

/**
 * Default size, at most 4: every core where workers run below the window's priority (Linux:
 * threadPriority.ts), else one core left to the UI and main process (1 worker on 2 cores).
 */
export function defaultPoolSize(cores: number = availableParallelism(), yieldingThreads: boolean = threadsHaveOwnPriority()): number {
  return Math.max(1, Math.min(4, yieldingThreads ? cores : cores - 1));
}

export class WorkerPool {
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  private readonly start: () => WorkerStart;
  private readonly defaultTimeoutMs: number;
  private readonly maxHeapMb: number;
  private readonly rssBudget: number;
  private readonly rssSampleMs: number;
  /** Resident memory when the running tasks started (sampled when the pool went from idle to busy). */
  private rssBaseline = 0;
  private rssWatch: NodeJS.Timeout | null = null;

  constructor(options: PoolOptions = {}) {
    const size = options.size ?? defaultPoolSize();
    this.slots = Array.from({ length: size }, () => ({ worker: null, job: null }));
    this.start = options.start ?? (() => resolveWorkerStart());
    this.defaultTimeoutMs = options.defaultTimeoutMs ?? 120_000;
    this.maxHeapMb = options.maxHeapMb ?? 2048;
    this.rssBudget = (options.rssBudgetMb ?? 1024) * 1_048_576;
    this.rssSampleMs = options.rssSampleMs ?? 20;
  }

  run(name: string, payload: unknown, options: RunOptions = {}): Promise<unknown> {
    if (this.closed) return Promise.reject(new AttacheError('INTERNAL', 'The worker pool has been shut down.'));
    if (options.signal?.aborted) return Promise.reject(cancelled(options.label));
    return new Promise((resolve, reject) => {
      const job: Job = { id: this.nextId++, name, payload, options, resolve, reject };
      if (options.signal) {
        job.onAbort = () => this.abort(job);
        options.signal.addEventListener('abort', job.onAbort, { once: true });
      }
      this.queue.push(job);
      this.pump();
    });
  }

  /** Terminates all workers; queued tasks fail. */
  async close(): Promise<void> {
    this.closed = true;
    this.stopWatch();
    for (const job of this.queue.splice(0)) this.settle(job, new AttacheError('INTERNAL', 'The worker pool was shut down.'));
    await Promise.all(
      this.slots.map(async (slot) => {
        if (slot.job) this.settle(slot.job, new AttacheError('INTERNAL', 'The worker pool was shut down.'));
        slot.job = null;
        const w = slot.worker;
        slot.worker = null;
        if (w) await w.terminate();
      }),
    );
  }

  private pump(): void {
    for (const slot of this.slots) {
      const next = this.queue[0];
      if (!next) return;
      if (slot.job) continue;
      // A task retried alone starts only on an idle pool, and nothing starts beside it.
      if ((next.alone || this.slots.some((s) => s.job?.alone)) && this.slots.some((s) => s.job)) return;
      this.queue.shift();
      this.dispatch(slot, next);
    }
  }

  private dispatch(slot: Slot, job: Job): void {
    this.watchMemory();
    slot.job = job;
    let worker = slot.worker;
    if (!worker) {
      try {
        worker = this.spawn(slot);
      } catch (err) {
        slot.job = null;
        this.settle(job, new AttacheError('INTERNAL', `Could not start a worker: ${(err as Error).message}`));
        this.pump();
        return;
      }
    }
    worker.ref();
    const timeoutMs = job.options.timeoutMs ?? this.defaultTimeoutMs;
    job.timer = setTimeout(() => {
      const what = job.options.label ? `${job.options.label}: reading` : `The task "${job.name}"`;
      this.replace(
        slot,
        new AttacheError('INTERNAL', `${what} took longer than ${Math.round(timeoutMs / 1000)} s and was stopped. The file may be damaged or too complex; try a smaller or re-saved copy.`, {
          file: job.options.label,
          detail: { reason: 'timeout' },
        }),
      );
    }, timeoutMs);
    const message: ToWorker = { type: 'run', id: job.id, name: job.name, payload: job.payload };
    worker.postMessage(message, job.options.transfer ?? []);
  }

  /** Starts sampling resident memory when the pool goes from idle to busy; the baseline is taken then. */
  private watchMemory(): void {
    if (this.slots.some((s) => s.job)) return;
    this.rssBaseline = process.memoryUsage.rss();
    if (this.rssWatch) return;
    this.rssWatch = setInterval(() => this.checkMemory(), this.rssSampleMs);
    this.rssWatch.unref();
  }

  private stopWatch(): void {
    if (this.rssWatch) clearInterval(this.rssWatch);
    this.rssWatch = null;
  }

  private checkMemory(): void {
    const busy = this.slots.filter((s) => s.job);
    if (busy.length === 0) {
      this.stopWatch();
      return;
    }
    const rss = process.memoryUsage.rss();
    if (rss - this.rssBaseline <= this.rssBudget) return;
    const detail = { reason: 'memory' as const, rssMb: Math.round(rss / 1_048_576), budgetMb: Math.round(this.rssBudget / 1_048_576), running: busy.length };
    // The stopped workers free their memory only as they exit: tasks started meanwhile count
    // from here, not from a baseline they would seem to be over already.
    this.rssBaseline = Math.max(this.rssBaseline, rss);
    if (busy.length === 1) {
      this.replace(busy[0]!, outOfMemory(busy[0]!.job!, detail));
      return;
    }
    // NOTE: Node cannot tell which worker holds the memory (there is no per-thread figure). So all
    // the running tasks are stopped and each runs again alone, first in the queue: the one that
    // overruns alone is the culprit, and the files read beside it still get their facts. A task
    // whose buffers were moved to its worker runs again only if it can make them afresh (`again`);
    // else it is told to be imported alone.
    const stopped = busy.map((slot) => {
      const job = slot.job!;
      const worker = slot.worker;
      slot.job = null;
      slot.worker = null;
      if (job.timer) clearTimeout(job.timer);
      if (worker) void worker.terminate().catch(() => undefined);
      return job;
    });
    const again = stopped.filter((job) => !job.options.transfer?.length || job.options.again);
    for (const job of stopped) if (!again.includes(job)) this.settle(job, outOfMemory(job, detail));
    for (const job of again) {
      job.alone = true;
      if (job.options.transfer?.length && job.options.again) {
        const fresh = job.options.again();
        job.payload = fresh.payload;
        job.options = { ...job.options, transfer: fresh.transfer ?? [] };
      }
    }
    this.queue.unshift(...again);
    this.pump();
  }

  private spawn(slot: Slot): Worker {
    const start = this.start();
    const worker = new Worker(start.script, {
      eval: start.eval,
      resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, codeRangeSizeMb: CODE_RANGE_MB },
    });
    worker.on('message', (msg: FromWorker) => {
      const job = slot.job;
      if (!job || msg.id !== job.id) return;
      if (msg.type === 'progress') {
        job.options.onProgress?.(msg.value);
        return;
      }
      slot.job = null;
      worker.unref();
      if (msg.type === 'result') this.settle(job, null, msg.value);
      else this.settle(job, new AttacheError(asCode(msg.error.code), msg.error.message, { file: msg.error.file, detail: msg.error.detail }));
      this.pump();
    });
    const died = (why: string) => {
      if (slot.worker !== worker) return;
      const job = slot.job;
      const what = job?.options.label ? `${job.options.label}: the reader` : 'A background worker';
      this.replace(
        slot,
        new AttacheError('INTERNAL', `${what} stopped unexpectedly (${why}). The file may be damaged; other files are not affected.`, {
          file: job?.options.label,
          detail: { reason: 'crash' },
        }),
      );
    };
    worker.on('error', (err) => {
      // Its heap cap reached: a memory failure of the task's own, said as one.
      if ((err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY' && slot.worker === worker && slot.job) {
        this.replace(slot, outOfMemory(slot.job, { reason: 'memory', heapMb: this.maxHeapMb, running: 1 }));
        return;
      }
      died(err.message);
    });
    worker.on('exit', (code) => died(`exit code ${code}`));
    worker.unref();
    slot.worker = worker;
    return worker;
  }

  /** Drops a slot's worker (it is terminated) and fails its task; the next task starts a new one. */
  private replace(slot: Slot, error: AttacheError): void {
    const worker = slot.worker;
    const job = slot.job;
    slot.worker = null;
    slot.job = null;
    if (worker) void worker.terminate().catch(() => undefined);
    if (job) this.settle(job, error);
    this.pump();
  }

  private abort(job: Job): void {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      this.settle(job, cancelled(job.options.label));
      return;
    }
    const slot = this.slots.find((s) => s.job === job);
    if (slot) this.replace(slot, cancelled(job.options.label));
  }

  private settle(job: Job, error: unknown, value?: unknown): void {
    if (job.timer) clearTimeout(job.timer);
    if (job.onAbort) job.options.signal?.removeEventListener('abort', job.onAbort);
    if (error) job.reject(error);
    else job.resolve(value);
  }
}

/** A task stopped for memory: the file, how much, and what to do. */
function outOfMemory(job: Job, detail: { reason: 'memory'; running: number; budgetMb?: number; heapMb?: number; rssMb?: number }): AttacheError {
  const label = job.options.label;
  const what = label ? `${label}: reading it` : `The task "${job.name}"`;
  const limit = detail.budgetMb ?? detail.heapMb ?? 0;
  const message =
    detail.running > 1
      ? `${label ?? `The task "${job.name}"`}: Attaché ran short of memory (over ${limit.toLocaleString('en-US')} MB more than it had) while ${detail.running} files were read at once, and stopped them all. Import ${label ?? 'it'} again on its own.`
      : `${what} needed more memory than Attaché allows one file (${limit.toLocaleString('en-US')} MB) and was stopped. The file may be too large or too intricate; split it, or save it again in a simpler form (plain text or PDF), and import that. Other files are not affected.`;
  return new AttacheError('OUT_OF_MEMORY', message, { ...(label ? { file: label } : {}), detail });
}

function cancelled(label?: string): AttacheError {
  return new AttacheError('CANCELLED', label ? `${label}: cancelled.` : 'Cancelled.', { file: label });
}

function asCode(code: string): ConstructorParameters<typeof AttacheError>[0] {
  return code as ConstructorParameters<typeof AttacheError>[0];
}
