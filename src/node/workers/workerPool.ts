// A small pool of worker threads, one task at a time per worker. A worker that crashes, runs out
// of memory or overruns its task's time is terminated and replaced; the task fails with an error
// that says so, and the next task gets a fresh worker. Idle workers do not keep the process alive.
//
// Memory: a worker's heap cap bounds only its JavaScript heap; Buffers, ArrayBuffers and wasm
// memory a reader allocates live outside it, and one file once took the process to 5 GB. So
// while tasks run, the process's resident memory is sampled (it counts every thread: the main
// one's project text and each worker's heap), and held to two limits: what the running tasks add
// over the size the process had when they started (the growth budget: what one file may take),
// and the size of the whole process (the process budget: a worker per core plus the project
// would otherwise add up past it). A task starts beside others only while the process leaves
// room for it; over the process budget, idle workers go first, then one running task is stopped
// and runs again alone after the others; a task that overruns alone fails OUT_OF_MEMORY, naming
// its file and the limit it reached.
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
  /**
   * The most resident memory the whole process may hold while tasks run (default 1,400 MB: under
   * the 1.5 GB the app is held to, less what a 20 ms sample may miss). null: no such limit.
   */
  processBudgetMb?: number | null;
  /**
   * Room a task needs to start beside others (default 256 MB): a second task starts only while
   * the process is at least this far under its budget; alone, a task always starts.
   */
  startRoomMb?: number;
  /** The process's resident memory in bytes (process.memoryUsage.rss; tests give their own). */
  rss?: () => number;
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
  /** Order of dispatch: the youngest running task is the one stopped when the process is full. */
  started?: number;
  /** Runs again in a fresh worker (stopped for memory once already). */
  fresh?: boolean;
}

interface Slot {
  worker: Worker | null;
  job: Job | null;
  /** Tasks its worker has finished: a worker that has run others holds their leftovers too. */
  done: number;
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
  private readonly processBudget: number;
  private readonly startRoom: number;
  private readonly rss: () => number;
  /** Resident memory when the running tasks started (sampled when the pool went from idle to busy). */
  private rssBaseline = 0;
  private rssWatch: NodeJS.Timeout | null = null;
  private dispatched = 0;
  /** Workers stopped for memory and not yet gone: until they are, the process still holds their memory. */
  private exiting = 0;

  constructor(options: PoolOptions = {}) {
    const size = options.size ?? defaultPoolSize();
    this.slots = Array.from({ length: size }, () => ({ worker: null, job: null, done: 0 }));
    this.start = options.start ?? (() => resolveWorkerStart());
    this.defaultTimeoutMs = options.defaultTimeoutMs ?? 120_000;
    this.maxHeapMb = options.maxHeapMb ?? 2048;
    this.rssBudget = (options.rssBudgetMb ?? 1024) * 1_048_576;
    this.rssSampleMs = options.rssSampleMs ?? 20;
    const processBudgetMb = options.processBudgetMb === undefined ? 1400 : options.processBudgetMb;
    this.processBudget = processBudgetMb === null ? Infinity : processBudgetMb * 1_048_576;
    this.startRoom = (options.startRoomMb ?? 256) * 1_048_576;
    this.rss = options.rss ?? (() => process.memoryUsage.rss());
  }

  run(name: string, payload: unknown, options: RunOptions = {}): Promise<unknown> {
    if (this.closed) return Promise.reject(shutDown(name, options.label));
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

  /**
   * Makes room for another pool (grouping's worker, which holds the project's index, starts after
   * the imports' workers have finished): with the process over half its budget the idle workers go,
   * with the heaps their last tasks grew. Under half they stay: a fresh worker costs seconds of CPU
   * (loading the readers) at the next import, which an ordinary project should not pay at every change.
   */
  trimIdle(): void {
    if (this.rss() > this.processBudget / 2) this.dropIdleWorkers();
  }

  /** How many workers are up (busy or idle). */
  get workers(): number {
    return this.slots.filter((s) => s.worker).length;
  }

  /** Terminates the workers that hold no task, whatever the process's size; resolves once they are gone. */
  async dropIdle(): Promise<void> {
    await Promise.all(this.slots.filter((s) => s.worker && !s.job).map((slot) => this.retire(slot)));
  }

  /** Whether the process is within the room a task needs of its budget (a second task would not start beside one). */
  shortOfRoom(): boolean {
    return this.rss() + this.startRoom > this.processBudget;
  }

  /** Terminates all workers; queued tasks fail (CANCELLED). */
  async close(): Promise<void> {
    this.closed = true;
    this.stopWatch();
    for (const job of this.queue.splice(0)) this.settle(job, shutDown(job.name, job.options.label));
    await Promise.all(
      this.slots.map(async (slot) => {
        if (slot.job) this.settle(slot.job, shutDown(slot.job.name, slot.job.options.label));
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
      const busy = this.slots.some((s) => s.job);
      // A task retried alone starts only on an idle pool, and nothing starts beside it.
      if ((next.alone || this.slots.some((s) => s.job?.alone)) && busy) return;
      // Beside others, only while the process has room (the watch pumps again as memory frees).
      if (busy && (this.exiting > 0 || this.rss() + this.startRoom > this.processBudget)) {
        this.watchMemory();
        return;
      }
      this.queue.shift();
      this.dispatch(slot, next);
    }
  }

  private dispatch(slot: Slot, job: Job): void {
    this.watchMemory();
    slot.job = job;
    job.started = ++this.dispatched;
    let worker = slot.worker;
    if (!worker) {
      try {
        worker = this.spawn(slot);
      } catch (err) {
        slot.job = null;
        // Not the file's failure nor the task's: the system had no room for another thread.
        const what = job.options.label ? `${job.options.label}: ` : '';
        this.settle(
          job,
          new AttacheError('WORKER_UNAVAILABLE', `${what}a background worker could not be started (${(err as Error).message}). Nothing was changed; close other programs or projects and try again.`, {
            file: job.options.label,
            cause: err,
          }),
        );
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
    if (!this.slots.some((s) => s.job)) this.rssBaseline = this.rss();
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
    // A stopped worker frees its memory only as it exits: judge again once it has.
    if (this.exiting > 0) return;
    const rss = this.rss();
    const overProcess = rss > this.processBudget;
    const overGrowth = rss - this.rssBaseline > this.rssBudget;
    if (!overProcess && !overGrowth) {
      if (rss + this.startRoom > this.processBudget) this.dropIdleWorkers();
      else if (this.queue.length) this.pump();
      return;
    }
    // Idle workers hold their heaps for nothing: they go first, and the tasks carry on.
    if (overProcess && this.dropIdleWorkers()) return;
    const detail = {
      reason: 'memory' as const,
      rssMb: Math.round(rss / 1_048_576),
      ...(overGrowth ? { budgetMb: Math.round(this.rssBudget / 1_048_576) } : { processMb: Math.round(this.processBudget / 1_048_576) }),
      running: busy.length,
    };
    // Tasks started after this count from here, not from a baseline they would seem to be over already.
    this.rssBaseline = Math.max(this.rssBaseline, rss);
    if (busy.length === 1) {
      const slot = busy[0]!;
      const job = slot.job!;
      // Over the process budget in a worker that ran other files first, the memory may be theirs
      // (a worker's heap does not shrink back at once): once more, in a fresh worker, before it is this file's.
      if (overProcess && !overGrowth && slot.done > 0 && !job.fresh && this.runAgain(slot, job)) return;
      this.replace(slot, outOfMemory(job, detail));
      return;
    }
    // NOTE: Node cannot tell which worker holds the memory (there is no per-thread figure), so
    // the youngest task is stopped (the least work lost) and the others carry on; it runs again
    // alone after them, where an overrun is its own. Still over once its worker is gone: the next
    // youngest, until one runs alone. A task whose buffers were moved to its worker runs again only
    // if it can make them afresh (`again`); else it is told to be imported alone.
    const slot = busy.reduce((a, b) => ((b.job!.started ?? 0) > (a.job!.started ?? 0) ? b : a));
    const job = slot.job!;
    if (!this.runAgain(slot, job, 'last')) {
      this.replace(slot, outOfMemory(job, detail));
    }
  }

  /**
   * Stops a running task to run it again alone in a fresh worker: first in the queue, or last
   * (after the others). False when it cannot run again: its buffers were moved to its worker and
   * it cannot make them afresh (`again`).
   */
  private runAgain(slot: Slot, job: Job, where: 'first' | 'last' = 'first'): boolean {
    if (job.options.transfer?.length && !job.options.again) return false;
    slot.job = null;
    if (job.timer) clearTimeout(job.timer);
    void this.retire(slot);
    job.alone = true;
    job.fresh = true;
    if (job.options.transfer?.length && job.options.again) {
      const fresh = job.options.again();
      job.payload = fresh.payload;
      job.options = { ...job.options, transfer: fresh.transfer ?? [] };
    }
    if (where === 'first') this.queue.unshift(job);
    else this.queue.push(job);
    return true;
  }

  /** Terminates the workers that hold no task; true when there was one. */
  private dropIdleWorkers(): boolean {
    const idle = this.slots.filter((s) => s.worker && !s.job);
    for (const slot of idle) void this.retire(slot);
    return idle.length > 0;
  }

  /** Terminates a slot's worker, counted as exiting until it is gone (its memory with it). */
  private retire(slot: Slot): Promise<void> {
    const worker = slot.worker;
    slot.worker = null;
    if (!worker) return Promise.resolve();
    this.exiting++;
    return worker
      .terminate()
      .then(() => undefined)
      .catch(() => undefined)
      .finally(() => {
        this.exiting--;
        if (this.exiting === 0) this.pump();
      });
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
      slot.done++;
      worker.unref();
      // A worker keeps the heap its tasks grew: with the process near its budget, the next task
      // gets a fresh one (the memory goes back as this one exits).
      if (this.rss() + this.startRoom > this.processBudget) void this.retire(slot);
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
    slot.done = 0;
    return worker;
  }

  /** Drops a slot's worker (it is terminated) and fails its task; the next task starts a new one. */
  private replace(slot: Slot, error: AttacheError): void {
    const job = slot.job;
    slot.job = null;
    void this.retire(slot);
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

/** What a memory stop names: the limit reached (what one file may add, the whole process, a worker's heap) and the process then. */
export interface MemoryDetail {
  reason: 'memory';
  /** Tasks running when it was stopped. */
  running: number;
  /** The growth budget, when that was the limit reached. */
  budgetMb?: number;
  /** The process budget, when that was the limit reached. */
  processMb?: number;
  heapMb?: number;
  rssMb?: number;
}

/** A task stopped for memory: the file, how much, and what to do. */
function outOfMemory(job: Job, detail: MemoryDetail): AttacheError {
  const label = job.options.label;
  const what = label ? `${label}: reading it` : `The task "${job.name}"`;
  const message =
    detail.running > 1
      ? `${label ?? `The task "${job.name}"`}: Attaché ran short of memory (${memoryLimitWords(detail)}) while ${detail.running} files were read at once, and stopped this one. Import ${label ?? 'it'} again on its own.`
      : `${what} ${memoryOverrun(detail)} and was stopped. The file may be too large or too intricate; split it, or save it again in a simpler form (plain text or PDF), and import that. Other files are not affected.`;
  return new AttacheError('OUT_OF_MEMORY', message, { ...(label ? { file: label } : {}), detail });
}

const mbWords = (mb: number) => `${mb.toLocaleString('en-US')} MB`;

/** The limit a memory stop reached, as a phrase ("its whole memory reached 1,412 MB of the 1,400 MB it keeps within"). */
function memoryLimitWords(detail: MemoryDetail): string {
  if (detail.processMb !== undefined) return `it holds at most ${mbWords(detail.processMb)} in all, and had ${mbWords(detail.rssMb ?? detail.processMb)}`;
  return `over ${mbWords(detail.budgetMb ?? detail.heapMb ?? 0)} more than it had`;
}

/**
 * "needed more memory than …": the growth budget and the heap cap are what one file may take; the
 * process budget is what Attaché holds in all, the open project included (a smaller project
 * leaves the file more).
 */
export function memoryOverrun(detail: MemoryDetail): string {
  if (detail.processMb !== undefined) {
    return `needed more memory than Attaché has room for (it holds at most ${mbWords(detail.processMb)} in all, the open project's text included)`;
  }
  return `needed more memory than Attaché allows one file (${mbWords(detail.budgetMb ?? detail.heapMb ?? 0)})`;
}

/**
 * A task the pool's shutdown ended (Attaché quitting, a test's end): cancelled, as the analyst's own
 * cancel is, since nothing was wrong with the file, and nothing of it was saved.
 */
function shutDown(name: string, label?: string): AttacheError {
  const what = label ?? `The task "${name}"`;
  return new AttacheError('CANCELLED', `${what}: not finished, because Attaché was shutting down; nothing of it was saved. Run it again once Attaché is open.`, {
    ...(label ? { file: label } : {}),
    detail: { reason: 'shutdown' },
  });
}

function cancelled(label?: string): AttacheError {
  return new AttacheError('CANCELLED', label ? `${label}: cancelled.` : 'Cancelled.', { file: label });
}

function asCode(code: string): ConstructorParameters<typeof AttacheError>[0] {
  return code as ConstructorParameters<typeof AttacheError>[0];
}
