// A test hook for the crash test (tests/unit/cli/crash.test.ts): with ATTACHE_CRASH_AT=N set, the
// process kills itself (SIGKILL, as a power cut or the OOM killer would) at the Nth durability
// boundary it reaches (a file fsynced, a rename done). Inert unless that variable is set; each
// thread counts its own boundaries (the PDF writer runs in a worker).
let reached = 0;
const target = Number(process.env.ATTACHE_CRASH_AT ?? '');

export function crashPoint(): void {
  if (!Number.isInteger(target) || target <= 0) return;
  reached += 1;
  if (reached === target) process.kill(process.pid, 'SIGKILL');
}
