// The open project: lowdb's in-memory data plus coalesced, serialised, durable writes to one
// `.attache` file that this process holds the lock of. Changes never wait on disk: update()
// mutates memory and arms a timer; one write then carries every change made meanwhile.
import { randomUUID } from 'node:crypto';
import { access, constants as fsConstants } from 'node:fs';
import { lstat, readdir, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Low } from 'lowdb';
import { AttacheError } from '../../core/errors';
import { emptyProject, type Project } from '../../core/model';
import { codeOf, modeOf, partWriterOf, processAlive, tempWriterOf } from './atomicWrite';
import { replaceWithBackup } from './backupRestore';
import { ProjectFileAdapter, readProject } from './projectFileAdapter';
import { acquireLock, type ProjectLock } from './projectLock';
import { SAFE_PROJECT_CHARS, projectTooLarge } from './projectSize';

export interface StoreOptions {
  /** Who holds the lock, shown to others: e.g. "Attaché window (pid 123)" or "attache CLI (pid 456)". */
  owner: string;
  /** Coalescing delay for writes, default 300 ms. */
  debounceMs?: number;
  now?: () => string;
  /** The most characters the project's JSON may grow to (default SAFE_PROJECT_CHARS; lowered in tests). */
  maxProjectChars?: number;
}

export type StoreEvent = 'saved' | 'saveFailed';
export interface StoreEventPayload {
  path: string;
  at?: string;
  message?: string;
}

export interface ProjectHandle {
  readonly path: string;
  /** Current in-memory state (the lowdb data). Treat as read-only outside update(). */
  readonly data: Project;
  /** Mutate in memory and schedule a coalesced durable write; never waits on disk; bumps updatedAt. */
  update(change: (project: Project) => void): void;
  /** True when everything in memory has reached disk. */
  readonly saved: boolean;
  /** Counts the changes made through update(): readers' caches keyed on it go stale with any change. */
  readonly revision: number;
  /** Resolves when the latest state is durably on disk (rejects with AttacheError on failure). */
  flush(): Promise<void>;
  /** Writes to a new path (takes a lock there, releases the old one) and continues there. */
  saveAs(newPath: string): Promise<void>;
  /** Flushes, releases the lock. After close() the handle refuses updates. */
  close(): Promise<void>;
  /** 'saved' {path, at} after each durable write; 'saveFailed' {path, message}. Returns unsubscribe. */
  on(event: StoreEvent, listener: (payload: StoreEventPayload) => void): () => void;
  /** Schema version the file had when opened (below the current one when it was migrated). */
  readonly openedFromVersion: number;
  /** The file may not be written (no write permission): update() refuses with NOT_ALLOWED. */
  readonly readOnly: boolean;
  /** About how many characters the project's JSON has: the last save's, and the growth reserved since. */
  readonly sizeChars: number;
  /**
   * Call before an update() that grows the project by about `chars` (jsonSize.ts): refuses with
   * PROJECT_TOO_LARGE, changing nothing, when that would take it past the size it can be saved at.
   */
  reserveGrowth(chars: number): void;
}

const DEFAULT_DEBOUNCE_MS = 300;
/** After a failed write, try again on its own this much later (changes also retry at once). */
const RETRY_AFTER_FAILURE_MS = 5_000;

export async function createProjectFile(path: string, name: string, options: StoreOptions): Promise<ProjectHandle> {
  const file = resolve(path);
  await refuseExisting(file);
  const lock = await acquireLock(file, options.owner);
  try {
    await refuseExisting(file); // someone may have created it between the check and the lock
    const now = nowOf(options);
    const adapter = new ProjectFileAdapter(file);
    const db = new Low<Project>(adapter, emptyProject({ id: `proj_${randomUUID()}`, name, now }));
    await db.write();
    return new OpenProject(db, adapter, lock, options, 1, true);
  } catch (err) {
    await lock.release();
    throw err;
  }
}

export async function openProjectFile(path: string, options: StoreOptions): Promise<ProjectHandle> {
  const file = resolve(path);
  const lock = await acquireLock(file, options.owner);
  try {
    return await openLocked(file, lock, options);
  } catch (err) {
    await lock.release();
    throw err;
  }
}

/**
 * Copies `<path>.bak` over a damaged `<path>`, keeping the damaged file as
 * `<path>.damaged-<timestamp>` (never deleted: the person may want it examined), then opens it.
 */
export async function restoreProjectBackup(path: string, options: StoreOptions): Promise<ProjectHandle> {
  const file = resolve(path);
  const lock = await acquireLock(file, options.owner);
  try {
    await replaceWithBackup(file, nowOf(options));
    return await openLocked(file, lock, options);
  } catch (err) {
    await lock.release();
    throw err;
  }
}

/** Reads without locking, for `attache info` on a project another process holds. */
export async function readProjectFile(path: string): Promise<Project> {
  const file = resolve(path);
  const result = await readProject(file);
  if (!result) throw notFound(file);
  return result.project;
}

async function openLocked(file: string, lock: ProjectLock, options: StoreOptions): Promise<ProjectHandle> {
  const adapter = new ProjectFileAdapter(file);
  // The default data is never written: read() replaces it, or we refuse to open.
  const db = new Low<Project>(adapter, emptyProject({ id: 'unread', name: '', now: '' }));
  await db.read();
  if (adapter.lastReadVersion === null) throw notFound(file);
  await removeLeftovers(file);
  return new OpenProject(db, adapter, lock, options, adapter.lastReadVersion, !(await isReadOnly(file)));
}

/** No write bit for the owner (root may write anything: the bits are what the person set), or no access. */
async function isReadOnly(file: string): Promise<boolean> {
  const mode = await modeOf(file);
  if (mode !== null && (mode & 0o200) === 0) return true;
  return new Promise((done) => access(file, fsConstants.W_OK, (err) => done(err !== null)));
}

/**
 * Temp files a crashed writer left: the project's own save temps, and PDF exports' `.part` files
 * in the project's folder, of processes that are gone. Only called with the lock held, so no
 * save of this project is in flight; a live process's export `.part` is left alone.
 */
async function removeLeftovers(file: string): Promise<void> {
  const folder = dirname(file);
  const names = await readdir(folder).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((n) => {
        const pid = tempWriterOf(file, n) ?? partWriterOf(n);
        if (pid === null) return false;
        if (pid !== process.pid) return !processAlive(pid);
        // Our own save temps cannot be in flight while we hold the lock (an earlier process with
        // our pid left them), but a lock temp may be: another opener in this process racing us.
        return tempWriterOf(file, n) !== null && !n.endsWith('.locktmp');
      })
      .map((n) => unlink(join(folder, n)).catch(() => undefined)),
  );
}

async function refuseExisting(file: string): Promise<void> {
  try {
    await lstat(file);
  } catch (err) {
    if (codeOf(err) === 'ENOENT') return;
    throw err;
  }
  throw new AttacheError('PROJECT_EXISTS', `${basename(file)} already exists; open it, or choose another name.`, { file });
}

function notFound(file: string): AttacheError {
  return new AttacheError('NOT_FOUND', `${basename(file)} does not exist (it may have been moved or deleted).`, { file });
}

function nowOf(options: StoreOptions): string {
  return options.now ? options.now() : new Date().toISOString();
}

class OpenProject implements ProjectHandle {
  /** Bumped by every update(); `durable` is the change count known to be on disk. */
  private version = 0;
  private durable = 0;
  private timer: NodeJS.Timeout | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private inFlight: Promise<void> | null = null;
  private closed = false;
  private readonly listeners = { saved: new Set<(p: StoreEventPayload) => void>(), saveFailed: new Set<(p: StoreEventPayload) => void>() };
  private readonly debounceMs: number;
  /** Growth reserved by changes not yet carried by a save. */
  private reserved = 0;

  constructor(
    private readonly db: Low<Project>,
    private readonly adapter: ProjectFileAdapter,
    private lock: ProjectLock,
    private readonly options: StoreOptions,
    readonly openedFromVersion: number,
    private writable: boolean,
  ) {
    this.debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  }

  get path(): string {
    return this.adapter.path;
  }

  get data(): Project {
    return this.db.data;
  }

  get readOnly(): boolean {
    return !this.writable;
  }

  get saved(): boolean {
    return this.durable === this.version;
  }

  get revision(): number {
    return this.version;
  }

  get sizeChars(): number {
    return this.adapter.lastChars + this.reserved;
  }

  reserveGrowth(chars: number): void {
    const limit = this.options.maxProjectChars ?? SAFE_PROJECT_CHARS;
    const after = this.sizeChars + chars;
    if (chars > 0 && after > limit) throw projectTooLarge(this.path, after, limit);
    this.reserved += chars;
  }

  update(change: (project: Project) => void): void {
    this.refuseClosed();
    if (this.readOnly) {
      throw new AttacheError(
        'NOT_ALLOWED',
        `${basename(this.path)} is read-only (its file may not be written); Attaché shows it but changes nothing. Make it writable, or save a copy with File › Save Project As….`,
        { file: this.path },
      );
    }
    try {
      change(this.db.data);
    } finally {
      // Even a change that threw may have touched memory: keep disk in step with it.
      this.db.data.updatedAt = nowOf(this.options);
      this.version += 1;
      this.schedule();
    }
  }

  /** Arms one timer for a burst of changes; it is not pushed back by later changes, so steady typing still saves every debounceMs. */
  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.writeNow().catch(() => undefined); // reported through 'saveFailed'
    }, this.debounceMs);
  }

  /** One write at a time: a change made during a write is carried by the next one. */
  private writeNow(): Promise<void> {
    if (this.inFlight) return this.inFlight.then(() => this.writeNow(), () => this.writeNow());
    if (this.saved) return Promise.resolve();
    if (this.retryTimer) {
      clearTimeout(this.retryTimer);
      this.retryTimer = null;
    }
    const version = this.version;
    const path = this.path;
    // The write serialises at once: what was reserved until now is in the size it measures.
    const carried = this.reserved;
    return this.exclusive(
      this.db.write().then(
        () => {
          this.reserved -= carried;
          this.durable = Math.max(this.durable, version);
          this.emit('saved', { path, at: nowOf(this.options) });
        },
        (err: unknown) => {
          const error =
            err instanceof AttacheError
              ? err
              : new AttacheError('SAVE_FAILED', `${basename(path)} could not be saved (${(err as Error)?.message ?? String(err)}). Your changes are kept while Attaché stays open; use File › Save Project As… to put it elsewhere.`, { file: path, cause: err });
          this.emit('saveFailed', { path, message: error.message });
          this.retryLater();
          throw error;
        },
      ),
    );
  }

  /** Marks `work` as the write in flight until it settles; returns it. */
  private exclusive(work: Promise<void>): Promise<void> {
    const tracked: Promise<void> = work.finally(() => {
      if (this.inFlight === tracked) this.inFlight = null;
    });
    tracked.catch(() => undefined); // the caller of `work` sees the failure
    this.inFlight = tracked;
    return work;
  }

  private retryLater(): void {
    if (this.closed || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.writeNow().catch(() => undefined);
    }, RETRY_AFTER_FAILURE_MS);
    this.retryTimer.unref(); // a failing disk must not keep the process alive forever
  }

  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    // Wait out a write already under way (its failure is reported to its own caller), then make
    // sure the latest version is written.
    if (this.inFlight) await this.inFlight.catch(() => undefined);
    while (!this.saved) await this.writeNow();
  }

  async saveAs(newPath: string): Promise<void> {
    this.refuseClosed();
    const target = resolve(newPath);
    if (target === this.path) return this.flush();
    const newLock = await acquireLock(target, this.options.owner);
    try {
      while (this.inFlight) await this.inFlight.catch(() => undefined);
      const version = this.version;
      // The target may hold an older file the person chose to replace: it is kept as its .bak.
      // Tracked as the write in flight, so a timer firing meanwhile queues behind it.
      const copy = new ProjectFileAdapter(target);
      const carried = this.reserved;
      await this.exclusive(
        copy.write(this.db.data).then(() => {
          this.adapter.lastChars = copy.lastChars;
          this.reserved -= carried;
          this.adapter.path = target;
          this.durable = version;
          this.writable = true; // the copy is a new file of ours
        }),
      );
    } catch (err) {
      await newLock.release();
      throw err;
    }
    const oldLock = this.lock;
    this.lock = newLock;
    await oldLock.release();
    this.emit('saved', { path: target, at: nowOf(this.options) });
    if (!this.saved) this.schedule();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    // NOTE: if the last write fails, close rejects and the project stays open and locked, so
    // the caller can still Save As elsewhere rather than lose the changes.
    await this.flush();
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    await this.lock.release();
    this.listeners.saved.clear();
    this.listeners.saveFailed.clear();
  }

  on(event: StoreEvent, listener: (payload: StoreEventPayload) => void): () => void {
    this.listeners[event].add(listener);
    return () => this.listeners[event].delete(listener);
  }

  private emit(event: StoreEvent, payload: StoreEventPayload): void {
    for (const listener of this.listeners[event]) {
      try {
        listener(payload);
      } catch {
        // a listener's failure must not turn a durable write into a failed one
      }
    }
  }

  private refuseClosed(): void {
    if (this.closed) {
      throw new AttacheError('NO_PROJECT', `${basename(this.path)} is closed; open it again to change it.`, { file: this.path });
    }
  }
}
