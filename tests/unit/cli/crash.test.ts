// SIGKILLs `attache add`, `attache verify`, `attache export` and the app's service saving a
// project, at random moments and at each fsync/rename boundary (ATTACHE_CRASH_AT=N makes the
// process kill itself at its Nth; src/node/store/crashPoint.ts). After every kill the project opens
// with the state before the command or the state after it (for the service, one of the states it
// reported on its way, no older than the last it reported), every source has its facts, an
// export's PDF is the old one or the whole new one, and nothing is left beside the project once it
// has been opened. ATTACHE_CRASH_KILLS sets the number of kills (20 by default; 200 for the long
// local run).
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Project } from '../../../src/core/model';
import { cliSession } from '../../../src/cli/cliSession';
import { parseProjectText } from '../../../src/node/store/projectFileAdapter';
import { shutdownWorkers } from '../../../src/node/workers/runTask';
import { stateOf, wholeness } from './crashState';
import { run } from './runCli';

const KILLS = Number(process.env['ATTACHE_CRASH_KILLS'] ?? 20);
const root = resolve(__dirname, '../../..');
const bin = join(root, 'bin/attache.mjs');
const serviceChild = join(__dirname, 'crashServiceChild.ts');
const samples = join(root, 'resources/samples');
const [sampleA, sampleB, sampleC] = ['000_19294e9bd6d6b0dc.txt', '001_4e6e06b261fcc8c0.txt', '002_21c97565a188d712.txt'].map((f) => join(samples, f));
const PROJECT = 'p.attache';
const PDF = 'brief.pdf';
/** What may be beside the project after it has been opened again: nothing else. */
const ALLOWED_NAMES = new Set([PROJECT, `${PROJECT}.bak`, PDF]);

type ScenarioName = 'add' | 'verify' | 'export' | 'service';
const SCENARIOS: ScenarioName[] = ['add', 'verify', 'export', 'service'];

let work: string;
let base: string;
let verifyIds: string[];
let oldPdf: Buffer;
type Thread = 'main' | 'worker';
/** A scenario run to its end: how long it took, the states it goes through, its boundaries per thread. */
const reference = new Map<ScenarioName, { ms: number; states: string[]; pdf?: Buffer; boundaries: Record<Thread, number> }>();

function argv(scenario: ScenarioName, dir: string): string[] {
  const p = join(dir, PROJECT);
  switch (scenario) {
    case 'add':
      return [bin, 'add', p, sampleC!];
    case 'verify':
      return [bin, 'verify', p, ...verifyIds, '--note', 'checked after the crash'];
    case 'export':
      return [bin, 'export', p, '--out', join(dir, PDF), '--deterministic', '--allow-unverified'];
    case 'service':
      return ['--import', 'tsx', serviceChild, p];
  }
}

interface Ran {
  killed: boolean;
  code: number | null;
  lines: string[];
  stderr: string;
  ms: number;
}

/**
 * Runs one scenario in a child: killed at the `crashAt.n`th boundary of its `crashAt.thread`
 * threads, after `killAfterMs`, or not at all (`trace`: each boundary reached is printed).
 */
function runChild(
  scenario: ScenarioName,
  dir: string,
  kill: { crashAt?: { thread: Thread; n: number }; killAfterMs?: number; trace?: boolean } = {},
): Promise<Ran> {
  const env = { ...process.env };
  for (const name of ['ATTACHE_CRASH_AT', 'ATTACHE_CRASH_IN', 'ATTACHE_CRASH_TRACE']) delete env[name];
  if (kill.crashAt) {
    env['ATTACHE_CRASH_AT'] = String(kill.crashAt.n);
    env['ATTACHE_CRASH_IN'] = kill.crashAt.thread;
  }
  if (kill.trace) env['ATTACHE_CRASH_TRACE'] = '1';
  const started = performance.now();
  const child = spawn(process.execPath, argv(scenario, dir), { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = kill.killAfterMs !== undefined ? setTimeout(() => child.kill('SIGKILL'), kill.killAfterMs) : undefined;
  return new Promise((resolveRun) =>
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolveRun({ killed: signal === 'SIGKILL', code, lines: stdout.split('\n').filter(Boolean), stderr, ms: performance.now() - started });
    }),
  );
}

/** A fresh folder holding the base project, its backup and the PDF of an earlier export. */
async function copyOfBase(): Promise<string> {
  const dir = await mkdtemp(join(work, 'round-'));
  for (const name of [PROJECT, `${PROJECT}.bak`, PDF]) await copyFile(join(base, name), join(dir, name));
  return dir;
}

interface Opened {
  state: string;
  broken: string | null;
  leftovers: string[];
  beforeOpen: string[];
  pdf: Buffer;
  backupWhole: boolean;
  /** The open found an import cut short and completed it. */
  completed: boolean;
}

/** Opens the project as the next command would (taking over a dead writer's lock), then closes it. */
async function openAgain(dir: string): Promise<Opened> {
  const beforeOpen = (await readdir(dir)).filter((n) => !ALLOWED_NAMES.has(n));
  const session = cliSession();
  let project: Project;
  let completed: boolean;
  try {
    const info = await session.openAt(join(dir, PROJECT));
    completed = info.notices.some((n) => n.includes('had no facts'));
    project = session.project;
  } finally {
    await session.close();
  }
  const bak = await readFile(join(dir, `${PROJECT}.bak`), 'utf8').catch(() => null);
  return {
    state: stateOf(project),
    broken: wholeness(project),
    leftovers: (await readdir(dir)).filter((n) => !ALLOWED_NAMES.has(n)),
    beforeOpen,
    pdf: await readFile(join(dir, PDF)),
    backupWhole: bak === null || parseProjectText(bak).kind === 'ok',
    completed,
  };
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'attache-crash-'));
  base = join(work, 'base');
  const p = join(base, PROJECT);
  await mkdir(base);
  // The base: two sources, three facts verified, a brief drafted, a PDF exported (on Letter, so
  // that the export under test writes different bytes).
  expect((await run('new', p)).code).toBe(0);
  expect((await run('add', p, sampleA!, sampleB!)).code).toBe(0);
  const facts = JSON.parse((await run('facts', p, '--json')).out) as Array<{ fact: { id: string } }>;
  expect(facts.length).toBeGreaterThan(6);
  expect((await run('verify', p, ...facts.slice(0, 3).map((f) => f.fact.id))).code).toBe(0);
  verifyIds = facts.slice(3, 6).map((f) => f.fact.id);
  expect((await run('draft', p)).code).toBe(0);
  expect((await run('export', p, '--out', join(base, PDF), '--paper', 'Letter', '--deterministic', '--allow-unverified')).code).toBe(0);
  oldPdf = await readFile(join(base, PDF));

  // Each scenario run to its end once: the state after it, and how long it takes (random kills
  // fall within that time).
  for (const scenario of SCENARIOS) {
    const dir = await copyOfBase();
    const ran = await runChild(scenario, dir, { trace: true });
    expect(ran.code, `${scenario}: ${ran.stderr}`).toBe(0);
    const boundaries = { main: 0, worker: 0 };
    for (const m of ran.stderr.matchAll(/^crash point (main|worker) (\d+)$/gm)) boundaries[m[1] as Thread] = Math.max(boundaries[m[1] as Thread], Number(m[2]));
    // Every run passes the lock's and its saves' boundaries; an export, the PDF writer's too.
    expect(boundaries.main, scenario).toBeGreaterThanOrEqual(2);
    if (scenario === 'export') expect(boundaries.worker).toBeGreaterThanOrEqual(2);
    const opened = await openAgain(dir);
    expect(opened.broken).toBeNull();
    expect(opened.leftovers).toEqual([]);
    const states =
      scenario === 'service' ? ran.lines.filter((l) => l.startsWith('state ')).map((l) => l.slice(6)) : [(await openAgain(await copyOfBase())).state, opened.state];
    expect(states.at(-1)).toBe(opened.state);
    reference.set(scenario, { ms: ran.ms, states, boundaries, ...(scenario === 'export' ? { pdf: opened.pdf } : {}) });
    await rm(dir, { recursive: true, force: true });
  }
  const old = reference.get('add')!.states[0];
  expect(reference.get('service')!.states[0]).toBe(old);
  for (const scenario of ['add', 'verify'] as const) expect(reference.get(scenario)!.states[1]).not.toBe(old);
  expect(Buffer.compare(reference.get('export')!.pdf!, oldPdf)).not.toBe(0);
}, 300_000);

afterAll(async () => {
  await shutdownWorkers();
  await rm(work, { recursive: true, force: true });
});

describe('crash safety of the command line and the app service', () => {
  it(`survives ${KILLS} SIGKILLs of add, verify, export and a service save, at random moments and at each fsync/rename`, async () => {
    // Each thread's boundaries are swept in turn from a random one (all of them, many times, in the
    // long run); the random kills fall in the later part of a run, past the start-up.
    const targets: Array<{ scenario: ScenarioName; thread: Thread }> = SCENARIOS.flatMap((scenario) =>
      (['main', 'worker'] as const).filter((thread) => reference.get(scenario)!.boundaries[thread] > 0).map((thread) => ({ scenario, thread })),
    );
    const sweep = new Map(targets.map((t) => [`${t.scenario}:${t.thread}`, Math.floor(Math.random() * reference.get(t.scenario)!.boundaries[t.thread])]));
    const hit = new Map<string, Set<number>>();
    const kills = new Map<ScenarioName, { boundary: number; random: number }>(SCENARIOS.map((s) => [s, { boundary: 0, random: 0 }]));
    /** How long a run of each scenario took last time it ended before its kill. */
    const runTime = new Map<ScenarioName, number>();
    let boundaryKills = 0;
    let leftHalfDone = 0;
    let newState = 0;
    let between = 0;
    let completedOnOpen = 0;

    for (let round = 0; round < KILLS; round++) {
      const atBoundary = round % 2 === 0;
      const target = targets[Math.floor(round / 2) % targets.length]!;
      const scenario = atBoundary ? target.scenario : SCENARIOS[Math.floor(round / 2) % SCENARIOS.length]!;
      const ref = reference.get(scenario)!;
      let ran: Ran | null = null;
      let dir = '';
      let how = '';
      // A run that ends before its kill (quicker than the delay) is checked like the others but
      // does not count; the kill is tried again.
      for (let attempt = 0; attempt < 8 && !ran?.killed; attempt++) {
        if (dir) await rm(dir, { recursive: true, force: true });
        dir = await copyOfBase();
        if (atBoundary) {
          const key = `${scenario}:${target.thread}`;
          const n = (sweep.get(key)! % ref.boundaries[target.thread]) + 1;
          sweep.set(key, n);
          how = `at boundary ${n} of its ${target.thread} thread`;
          ran = await runChild(scenario, dir, { crashAt: { thread: target.thread, n } });
          expect(ran.killed, `${scenario} ${how}: ${ran.stderr}`).toBe(true);
          if (!hit.has(key)) hit.set(key, new Set());
          hit.get(key)!.add(n);
        } else {
          const delay = (runTime.get(scenario) ?? ref.ms) * (0.4 + 0.7 * Math.random());
          how = `after ${delay.toFixed(0)} ms`;
          ran = await runChild(scenario, dir, { killAfterMs: delay });
        }
        if (!ran.killed) {
          expect(ran.code, `${scenario} ${how}: ${ran.stderr}`).toBe(0);
          // Quicker than the reference run (the machine less loaded): aim within this run's time.
          runTime.set(scenario, ran.ms);
        }
      }
      expect(ran!.killed, `${scenario}: no kill in 8 attempts`).toBe(true);
      kills.get(scenario)![atBoundary ? 'boundary' : 'random'] += 1;
      if (atBoundary) boundaryKills += 1;

      const label = `round ${round}: ${scenario} killed ${how}`;
      const opened = await openAgain(dir);
      if (opened.beforeOpen.length) leftHalfDone += 1;
      if (opened.completed) completedOnOpen += 1;
      expect(opened.broken, label).toBeNull();
      expect(opened.leftovers, label).toEqual([]);
      expect(opened.backupWhole, label).toBe(true);
      if (scenario === 'service') {
        // No older than what the service said was on disk, and one of the states it went through.
        const reported = ran!.lines.filter((l) => l.startsWith('state ')).map((l) => ref.states.indexOf(l.slice(6)));
        const at = ref.states.indexOf(opened.state);
        expect(at, `${label}: a state the service never reached`).toBeGreaterThanOrEqual(0);
        expect(at, label).toBeGreaterThanOrEqual(Math.max(0, ...reported));
        if (at === ref.states.length - 1) newState += 1;
        else if (at > 0) between += 1;
      } else {
        expect(ref.states, label).toContain(opened.state);
        if (scenario !== 'export' && opened.state === ref.states[1]) newState += 1;
      }
      if (scenario === 'export') {
        const whole = Buffer.compare(opened.pdf, oldPdf) === 0 || Buffer.compare(opened.pdf, ref.pdf!) === 0;
        expect(whole, `${label}: the PDF is neither the old one nor the new one`).toBe(true);
        if (Buffer.compare(opened.pdf, ref.pdf!) === 0) newState += 1;
      } else {
        expect(Buffer.compare(opened.pdf, oldPdf), label).toBe(0);
      }
      await rm(dir, { recursive: true, force: true });
    }

    const byScenario = SCENARIOS.map((s) => `${s} ${kills.get(s)!.boundary}+${kills.get(s)!.random}`).join(', ');
    const swept = targets
      .map((t) => `${t.scenario} ${t.thread} ${hit.get(`${t.scenario}:${t.thread}`)?.size ?? 0}/${reference.get(t.scenario)!.boundaries[t.thread]}`)
      .join(', ');
    console.log(
      `[cli] crash test: ${KILLS} kills (at a boundary + at random: ${byScenario}); boundaries killed at, of those a run has: ${swept}; ` +
        `${leftHalfDone} kills left temps or a lock that the next open removed; ${newState} found the new state, ${between} a state between; ${completedOnOpen} opens completed an import; ` +
        'every reopen whole, no leftovers',
    );
    expect(boundaryKills).toBe(Math.ceil(KILLS / 2));
  }, Math.max(600_000, KILLS * 10_000));
});
