// Runs the real `attache` command (bin/attache.mjs) in a child process under /usr/bin/time, so the
// whole process's peak RSS (its worker threads included) is measured as the analyst's machine
// would feel it, with the CPU time and wall time of the run.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const bin = join(root, 'bin/attache.mjs');
const TIME = '/usr/bin/time';

export interface Ran {
  code: number | null;
  /** Killed by us: the run outlived its limit. */
  timedOut: boolean;
  stdout: string;
  stderr: string;
  wallMs: number;
  /** Peak resident set of the process, in bytes (null where /usr/bin/time is missing). */
  peakRss: number | null;
  cpuMs: number | null;
}

/** `attache …args`, stopped (SIGKILL) after `limitMs`. */
export async function runAttache(args: readonly string[], limitMs: number): Promise<Ran> {
  const measured = existsSync(TIME);
  const dir = await mkdtemp(join(tmpdir(), 'attache-time-'));
  const timeFile = join(dir, 'time');
  const env = { ...process.env };
  // A trace on purpose would count as a stack trace; the suite sees what the analyst sees.
  delete env['ATTACHE_DEBUG'];
  const [command, argv] = measured
    ? [TIME, ['-f', '%M %U %S', '-o', timeFile, process.execPath, bin, ...args]]
    : [process.execPath, [bin, ...args]];
  const started = performance.now();
  const child = spawn(command, argv, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => out.push(c));
  child.stderr.on('data', (c: Buffer) => err.push(c));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    // The group: time and the node under it.
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }, limitMs);
  const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
  clearTimeout(timer);
  const wallMs = performance.now() - started;
  let peakRss: number | null = null;
  let cpuMs: number | null = null;
  if (measured) {
    // time writes "Command exited with non-zero status N" first when the command fails.
    const line = (await readFile(timeFile, 'utf8').catch(() => '')).trim().split('\n').at(-1) ?? '';
    const [kb, user, sys] = line.split(' ').map(Number);
    if (kb !== undefined && Number.isFinite(kb)) peakRss = kb * 1024;
    if (user !== undefined && sys !== undefined && Number.isFinite(user + sys)) cpuMs = (user + sys) * 1000;
  }
  await rm(dir, { recursive: true, force: true });
  return { code, timedOut, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), wallMs, peakRss, cpuMs };
}
