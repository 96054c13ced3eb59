// One writer per project: `<project>.lock` says who holds the project so that a second window or
// the CLI is refused with a sentence naming the holder. It is written whole to a temp file first
// and then hard-linked into place (link fails if the lock exists), so nobody ever sees it empty
// or half written: a lock whose process is gone (a crash, a kill), and an empty or garbled lock
// file (only a crash of an older Attaché or a damaged disk leaves one), are taken over at once.
import { readFileSync, unlinkSync } from 'node:fs';
import { link, open, readFile, stat, unlink } from 'node:fs/promises';
import { hostname, uptime } from 'node:os';
import { basename } from 'node:path';
import { z } from 'zod';
import { AttacheError } from '../../core/errors';
import { codeOf, tempNameFor } from './atomicWrite';
import { crashPoint } from './crashPoint';

const LockInfo = z.object({ pid: z.number().int(), owner: z.string(), host: z.string(), at: z.string() });
export type LockInfo = z.infer<typeof LockInfo>;

export interface ProjectLock {
  readonly file: string;
  readonly info: LockInfo;
  /** Removes the lock file if it is still ours. Safe to call twice. */
  release(): Promise<void>;
}

export function lockPathFor(projectPath: string): string {
  return `${projectPath}.lock`;
}

// Locks this process holds, removed best effort when it exits normally. NOTE: a SIGKILL or a
// power cut leaves the lock behind; the next open sees its process is gone and takes it over.
const held = new Map<string, string>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const [file, content] of held) {
      try {
        if (readFileSync(file, 'utf8') === content) unlinkSync(file);
      } catch {
        // best effort: the process is going away
      }
    }
  });
}

export async function acquireLock(projectPath: string, owner: string): Promise<ProjectLock> {
  const file = lockPathFor(projectPath);
  // Real time, not a test clock: staleness is judged against the machine's boot time.
  const info: LockInfo = { pid: process.pid, owner, host: hostname(), at: new Date().toISOString() };
  const content = JSON.stringify(info);
  // Each round either creates the lock, refuses, or clears a stale lock and tries again; many
  // rounds only when several programs race to take over the same stale lock.
  // Known as ours before it exists, so another opener in this process never takes it for a
  // leftover of an earlier process with our pid while we are still filling it in.
  ownLocks.add(keyOf(info));
  for (let round = 0; round < 50; round++) {
    let created: boolean;
    try {
      created = await tryCreate(file, content, projectPath);
    } catch (err) {
      ownLocks.delete(keyOf(info));
      throw err;
    }
    if (created) {
      installExitHook();
      held.set(file, content);
      return { file, info, release: () => release(file, content, info) };
    }
    const existing = await readLockOnce(file);
    if (existing === 'missing') continue;
    if (existing !== 'unreadable' && isAlive(existing)) {
      ownLocks.delete(keyOf(info));
      throw lockedError(projectPath, existing);
    }
    await takeOverStale(file, existing);
  }
  ownLocks.delete(keyOf(info));
  throw beingOpenedError(projectPath);
}

/** Locks this process created or is creating, by pid, time and owner. */
const ownLocks = new Set<string>();

function keyOf(info: LockInfo): string {
  return `${info.pid}|${info.host}|${info.at}|${info.owner}`;
}

function beingOpenedError(projectPath: string): AttacheError {
  return new AttacheError(
    'PROJECT_LOCKED',
    `${basename(projectPath)} is being opened by another program at this very moment; try again in a few seconds.`,
    { file: projectPath },
  );
}

async function tryCreate(file: string, content: string, projectPath: string): Promise<boolean> {
  // Named as a temp of the project: a kill between writing it and linking it leaves a file the
  // next open removes (see removeLeftovers in projectFile.ts).
  const temp = tempNameFor(projectPath, 'locktmp');
  try {
    await writeWhole(temp, content);
    crashPoint();
    try {
      await link(temp, file);
    } catch (err) {
      if (codeOf(err) === 'EEXIST') return false;
      // NOTE: volumes without hard links (FAT/exFAT, some shares): O_EXCL create and write, which
      // leaves a moment when the lock is empty; a reader then takes it for a crash's leftover.
      if (codeOf(err) === 'EPERM' || codeOf(err) === 'ENOTSUP' || codeOf(err) === 'EOPNOTSUPP') return await createInPlace(file, content);
      throw err;
    }
    crashPoint();
    return true;
  } catch (err) {
    throw lockFileError(err, projectPath);
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

async function writeWhole(file: string, content: string): Promise<void> {
  const handle = await open(file, 'wx', 0o644);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The refusals a person can act on, worded; anything else goes on as it is. */
function lockFileError(err: unknown, projectPath: string): unknown {
  if (err instanceof AttacheError) return err;
  const code = codeOf(err);
  if (code === 'ENOENT') {
    return new AttacheError('NOT_FOUND', `The folder of ${basename(projectPath)} does not exist.`, { file: projectPath, cause: err });
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new AttacheError(
      'NOT_ALLOWED',
      `${basename(projectPath)}: Attaché may not write in its folder (${code}); copy the project to a folder you can write to.`,
      { file: projectPath, cause: err },
    );
  }
  return err;
}

async function createInPlace(file: string, content: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, 'wx', 0o644);
  } catch (err) {
    if (codeOf(err) === 'EEXIST') return false;
    throw err;
  }
  try {
    await handle.writeFile(content);
    await handle.sync();
  } catch (err) {
    // An empty lock would hold others off for a moment and then be taken over: remove it now.
    await handle.close().catch(() => undefined);
    await unlink(file).catch(() => undefined);
    throw err;
  }
  await handle.close();
  return true;
}

/** True unless we can tell the holder is gone: same host and its pid no longer exists. */
function isAlive(info: LockInfo): boolean {
  // NOTE: a lock from another host (a project on a network share) is never judged stale: we
  // cannot see that machine's processes. The person removes the .lock file after checking.
  if (info.host !== hostname()) return true;
  // Written before this machine last started: its pid may since belong to anything.
  const bootedAt = Date.now() - uptime() * 1000;
  if (Date.parse(info.at) < bootedAt - 60_000) return false;
  // Our own pid but not a lock we made: left by an earlier process that had the same pid.
  if (info.pid === process.pid) return ownLocks.has(keyOf(info));
  // NOTE: a pid reused by an unrelated program since the crash still counts as alive; the
  // person sees the holder's name and time in the message and can remove the lock.
  try {
    process.kill(info.pid, 0);
    return true;
  } catch (err) {
    return codeOf(err) !== 'ESRCH';
  }
}

/**
 * Removes a lock judged stale, if it is still that same lock. Only one process at a time may
 * remove a lock: it must first create `<lock>.takeover` (O_EXCL). Without that, one contender
 * could delete the fresh lock another had just taken over, and both would think they hold it.
 */
async function takeOverStale(file: string, judged: LockInfo | 'unreadable'): Promise<void> {
  const mutex = `${file}.takeover`;
  let handle;
  try {
    handle = await open(mutex, 'wx');
  } catch (err) {
    if (codeOf(err) !== 'EEXIST') throw err;
    await clearAbandonedTakeover(mutex);
    await new Promise((r) => setTimeout(r, 5 + Math.random() * 20));
    return; // the caller tries again and will likely meet the new holder's lock
  }
  try {
    await handle.close();
    const current = await readLockOnce(file);
    if (current === 'missing') return;
    const stillStale = judged === 'unreadable' ? current === 'unreadable' : current !== 'unreadable' && sameLock(current, judged);
    if (stillStale) await unlink(file).catch((err: unknown) => (codeOf(err) === 'ENOENT' ? undefined : Promise.reject(err)));
  } finally {
    await unlink(mutex).catch(() => undefined);
  }
}

/** A takeover lasts milliseconds; one older than this was left by a process that died in it. */
const ABANDONED_TAKEOVER_MS = 10_000;

async function clearAbandonedTakeover(mutex: string): Promise<void> {
  const info = await stat(mutex).catch(() => null);
  if (info && Date.now() - info.mtimeMs > ABANDONED_TAKEOVER_MS) await unlink(mutex).catch(() => undefined);
}

async function readLockOnce(file: string): Promise<LockInfo | 'missing' | 'unreadable'> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if (codeOf(err) === 'ENOENT') return 'missing';
    throw err;
  }
  const parsed = LockInfo.safeParse(safeJson(text));
  return parsed.success ? parsed.data : 'unreadable';
}

function sameLock(current: LockInfo, judged: LockInfo): boolean {
  return current.pid === judged.pid && current.at === judged.at && current.host === judged.host;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function release(file: string, content: string, info: LockInfo): Promise<void> {
  if (held.get(file) !== content) return;
  held.delete(file);
  try {
    if ((await readFile(file, 'utf8')) === content) await unlink(file);
  } catch (err) {
    if (codeOf(err) !== 'ENOENT') throw err;
  } finally {
    ownLocks.delete(keyOf(info));
  }
}

function lockedError(projectPath: string, holder: LockInfo): AttacheError {
  const base = basename(projectPath);
  const who = holder.owner.includes(`pid ${holder.pid}`) ? holder.owner : `${holder.owner} (pid ${holder.pid})`;
  const where = holder.host === hostname() ? '' : ` on ${holder.host}`;
  return new AttacheError(
    'PROJECT_LOCKED',
    `${base} is open in ${who}${where} since ${holder.at}. Close it there first; only one program may change a project at a time.`,
    { file: projectPath, detail: { lock: lockPathFor(projectPath), holder } },
  );
}
