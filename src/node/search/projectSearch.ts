// The open project's search, as the service sees it: a worker thread holding the index (building
// it takes seconds at 100,000 facts, which must not stall the app's main thread). Started when the
// project opens (or at the first search); told of every source whose facts changed; asked
// queries. A search made while the index is being built waits for it.
import { Worker } from 'node:worker_threads';
import { AttacheError, type AttacheErrorShape } from '../../core/errors';
import { factsBySource, searchFact, type FactMatch, type SearchOutcome } from '../../core/search';
import type { ProjectHandle } from '../store';
import { resolveWorkerStart, type WorkerStart } from '../workers/workerEntry';
import { SEARCH_ROLE, type FromSearchWorker, type IndexStats, type SearchRequest, type ToSearchWorker } from './searchProtocol';

export interface ProjectSearchOptions {
  start?: () => WorkerStart;
  /** Heap limit of the worker; the index of a 100,000-fact project takes about 100 MB. */
  maxHeapMb?: number;
}

interface Pending {
  resolve: (value: never) => void;
  reject: (error: unknown) => void;
}

export class ProjectSearch {
  private worker: Worker | null = null;
  /** Messages held back until the worker has been told to read the project. */
  private held: ToSearchWorker[] | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;
  /** Settles true once the running worker has read the project and built its index. */
  private built: Promise<boolean> = Promise.resolve(false);
  private isBuilt = false;

  constructor(
    private readonly handle: ProjectHandle,
    private readonly options: ProjectSearchOptions = {},
  ) {}

  /** Starts the worker reading the project, if it is not running. */
  start(): void {
    if (this.worker || this.closed) return;
    const start = (this.options.start ?? (() => resolveWorkerStart()))();
    const worker = new Worker(start.script, {
      eval: start.eval,
      workerData: { role: SEARCH_ROLE },
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb ?? 4096 },
    });
    worker.on('message', (msg: FromSearchWorker) => this.receive(worker, msg));
    worker.on('error', (err) => this.stopped(worker, searchStopped(err, this.options.maxHeapMb ?? 4096)));
    worker.on('exit', (code) => this.stopped(worker, searchStopped(`exit code ${code}`, this.options.maxHeapMb ?? 4096)));
    worker.unref();
    this.worker = worker;
    this.held = [];
    this.isBuilt = false;
    // The worker handles its messages in order: a question sent now is answered once the load is done.
    // Not held: a process with nothing else to do need not wait for the index.
    this.built = this.ask<IndexStats>((id) => ({ type: 'stats', id }), false).then(
      () => {
        if (this.worker === worker) this.isBuilt = true;
        return this.isBuilt;
      },
      () => false,
    );
    // The worker reads the file: what is in memory goes to disk first. Changes meanwhile are held
    // and sent after, each carrying its source's whole state, so one applied twice does no harm.
    void this.handle
      .flush()
      .catch(() => {
        // Unsaved changes would be missing from the file: send every source as it is in memory.
        this.held?.unshift(...this.messagesFor(this.handle.data.sources.map((s) => s.id)));
      })
      .then(() => {
        if (this.worker !== worker) return;
        worker.postMessage({ type: 'load', path: this.handle.path } satisfies ToSearchWorker);
        for (const m of this.held ?? []) worker.postMessage(m);
        this.held = null;
      });
  }

  /** Whether a question asked now is answered without waiting for the index to be built. */
  get ready(): boolean {
    return this.isBuilt && this.worker !== null;
  }

  /** Starts the worker if need be; settles true once its index is built, false if it stopped first. */
  whenReady(): Promise<boolean> {
    this.start();
    return this.built;
  }

  /** Re-indexes these sources as they are now (a source no longer in the project is dropped). */
  sourcesChanged(sourceIds: readonly string[]): void {
    if (!this.worker || sourceIds.length === 0) return;
    for (const m of this.messagesFor(sourceIds)) this.post(m);
  }

  search(request: SearchRequest): Promise<SearchOutcome> {
    return this.ask((id) => ({ type: 'search', id, request }));
  }

  /** Which facts the words find, unranked (the Facts list's filter). */
  matchFacts(query: string, prefix: boolean): Promise<FactMatch> {
    return this.ask((id) => ({ type: 'match', id, query, prefix }));
  }

  stats(): Promise<IndexStats> {
    return this.ask((id) => ({ type: 'stats', id }));
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    this.fail(new AttacheError('NO_PROJECT', 'The project was closed.'));
    if (worker) await worker.terminate();
  }

  private messagesFor(sourceIds: readonly string[]): ToSearchWorker[] {
    const wanted = new Set(sourceIds);
    const facts = factsBySource(this.handle.data.facts.filter((f) => wanted.has(f.sourceId)));
    const sources = new Map(this.handle.data.sources.filter((s) => wanted.has(s.id)).map((s) => [s.id, s]));
    return [...wanted].map((id): ToSearchWorker => {
      const source = sources.get(id);
      if (!source) return { type: 'remove', sourceId: id };
      return { type: 'set', source: { id, text: source.text }, facts: (facts.get(id) ?? []).map(searchFact) };
    });
  }

  private ask<T>(message: (id: number) => ToSearchWorker, hold = true): Promise<T> {
    if (this.closed) return Promise.reject(new AttacheError('NO_PROJECT', 'The project was closed.'));
    this.start();
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: never) => void, reject });
      // Held until answered: an unanswered question keeps the process (a CLI, a test) waiting.
      if (hold) this.worker?.ref();
      this.post(message(id));
    });
  }

  private post(message: ToSearchWorker): void {
    if (this.held) this.held.push(message);
    else this.worker?.postMessage(message);
  }

  private receive(worker: Worker, msg: FromSearchWorker): void {
    if (worker !== this.worker) return;
    if (msg.type === 'loadFailed') {
      this.stopped(worker, errorFrom(msg.error, 'Search could not read the project: '));
      return;
    }
    const waiting = this.pending.get(msg.id);
    if (!waiting) return;
    this.pending.delete(msg.id);
    if (this.pending.size === 0) worker.unref();
    if (msg.type === 'result') waiting.resolve(msg.value as never);
    else waiting.reject(errorFrom(msg.error));
  }

  /** The worker is gone: its questions fail, and the next one starts another (reading the project again). */
  private stopped(worker: Worker, error: AttacheError): void {
    if (worker !== this.worker) return;
    this.worker = null;
    this.held = null;
    this.isBuilt = false;
    void worker.terminate().catch(() => undefined);
    this.fail(error);
  }

  private fail(error: AttacheError): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}

/** The search worker gone: its heap cap reached (said as memory), or another crash; both say what to do. */
function searchStopped(why: Error | string, heapMb: number): AttacheError {
  if (typeof why !== 'string' && (why as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new AttacheError(
      'OUT_OF_MEMORY',
      `Search needed more memory than Attaché allows its index (${heapMb.toLocaleString('en-US')} MB) and stopped. Searching again starts it afresh; if it stops again, the project is too large to search at once: start a new project for further sources.`,
      { detail: { reason: 'memory', heapMb } },
    );
  }
  const reason = typeof why === 'string' ? why : why.message;
  return new AttacheError('SEARCH_FAILED', `Search stopped unexpectedly (${reason}). Search again to start it afresh; if it stops again, close the project and open it again.`, {
    detail: { reason: 'crash' },
  });
}

function errorFrom(shape: AttacheErrorShape, before = ''): AttacheError {
  return new AttacheError(shape.code, `${before}${shape.message}`, shape.file !== undefined ? { file: shape.file } : {});
}
