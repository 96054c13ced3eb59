// A test hook for the crash test (tests/unit/cli/crash.test.ts): with ATTACHE_CRASH_AT=N set, the
// process kills itself (SIGKILL, as a power cut or the OOM killer would) at the Nth durability
// boundary it reaches (a file fsynced, a rename done). Inert unless that variable is set; each
// thread counts its own boundaries (the PDF writer runs in a worker), and ATTACHE_CRASH_IN=main or
// =worker counts those of that kind of thread only, so that a worker's boundaries can be reached
// although the main thread passes its own first. ATTACHE_CRASH_TRACE=1 prints each boundary
// reached on stderr (`crash point <thread> <n>`), for the test to learn how many a run has.
import { writeSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

let reached = 0;
const target = Number(process.env.ATTACHE_CRASH_AT ?? '');
const thread = isMainThread ? 'main' : 'worker';
const counted = !process.env.ATTACHE_CRASH_IN || process.env.ATTACHE_CRASH_IN === thread;
const trace = process.env.ATTACHE_CRASH_TRACE === '1';

export function crashPoint(): void {
  if (!trace && (!Number.isInteger(target) || target <= 0)) return;
  if (!counted) return;
  reached += 1;
  if (trace) writeSync(2, `crash point ${thread} ${reached}\n`);
  if (reached === target) process.kill(process.pid, 'SIGKILL');
}
