// Background work yields to the analyst's window. Where the system schedules each thread with its
// own priority (Linux: setpriority on the thread's id), a worker lowers its own, so the pool can
// give a batch import every core and the main process (IPC, menus, saves) still gets the CPU first
// whenever it wants it. Elsewhere a thread's priority is the process's, so the pool leaves a core.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** How far below normal a worker runs (nice 10 of 19: well behind the window, never starved). */
export const BACKGROUND_NICE = 10;

/** Whether this system lets a worker lower its own thread alone. */
export function threadsHaveOwnPriority(): boolean {
  return process.platform === 'linux';
}

/** This thread's id as the system knows it (not Node's threadId), or null where there is none. */
export function systemThreadId(): number | null {
  if (!threadsHaveOwnPriority()) return null;
  try {
    // "/proc/thread-self" links to "<pid>/task/<tid>".
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    return Number.isInteger(tid) && tid > 0 ? tid : null;
  } catch {
    return null;
  }
}

/** Lowers the calling thread's priority; false where it cannot be done (the work still runs). */
export function runInBackground(): boolean {
  const tid = systemThreadId();
  if (tid === null) return false;
  try {
    setPriority(tid, BACKGROUND_NICE);
    return true;
  } catch {
    return false;
  }
}
