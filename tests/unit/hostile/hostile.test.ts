// The hostile suite (issue 12, "Done when", first point): generated bad, tricky and good files
// through the real import path as the command line runs it (`attache new`, `attache add`, each in
// a child process under /usr/bin/time), each file alone and all of them in one batch. Every file
// must end in its own result line (added, or refused with a code), never INTERNAL, never a stack
// trace, within 1.5 GB of peak RSS; the good files always get their facts; the project opens
// afterwards.
//
// Two settings. The short one (the default, in `npm test`) runs a sample of the light cases chosen
// by their ids' hashes, so it is the same sample on every run. The long one
// (`ATTACHE_HOSTILE=full npx vitest run tests/unit/hostile`) runs every case, alone and in one
// batch, and also holds the 30 s per-file budget; it writes its figures to reports/hostile-full.json.
// `ATTACHE_HOSTILE_ONLY=<regex>` narrows either setting to the cases whose ids match.
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileCases, type HostileCase } from './hostileCases';
import { outputProblems, resultLines, summaryLine, type ResultLine } from './outcomeLines';
import { hash32 } from './random';
import { runAttache, type Ran } from './runAttache';

const FULL = process.env['ATTACHE_HOSTILE'] === 'full';
const ONLY = process.env['ATTACHE_HOSTILE_ONLY'] ? new RegExp(process.env['ATTACHE_HOSTILE_ONLY']) : undefined;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The issue's limits for one file: peak RSS of the whole process, and its own time. */
const MAX_RSS = 1.5 * 1024 ** 3;
const FILE_BUDGET_MS = 30_000;
/** A run is stopped past this (and counted as a failure): past the budget, so the budget can be reported. */
const KILL_ALONE_MS = FULL ? 180_000 : 60_000;
/** Alone runs at once: the machine has two cores. */
const PARALLEL = 2;

/**
 * The short setting: the light cases whose ids hash into one bucket of SHORT_BUCKETS, and a good
 * file of three formats, all in the batch; SHORT_ALONE of them also alone. Light: not heavy to
 * make or read, no OCR, no known failure. One `attache add` costs about 2 s of CPU however small
 * its file (the worker loads every reader), which is what sizes the sample for 60 s.
 */
const SHORT_BUCKETS = 10;
const SHORT_GOOD_KINDS = new Set(['txt', 'html', 'docx']);
const SHORT_ALONE = 4;
/** A safety net, not a measure: in `npm test` the suite's other files share the two cores (the sample runs in ~60 s alone). */
const SHORT_TEST_MS = 300_000;
function shortSample(all: readonly HostileCase[]): HostileCase[] {
  const light = all.filter((c) => !c.heavy && !c.ocr && !c.known);
  const goodKinds = new Set<string>();
  return light.filter((c) => {
    if (c.good) {
      if (!SHORT_GOOD_KINDS.has(c.kind) || goodKinds.has(c.kind)) return false;
      goodKinds.add(c.kind);
      return true;
    }
    return hash32(c.id) % SHORT_BUCKETS === 0;
  });
}

const all = hostileCases();
const chosen = (FULL ? all : shortSample(all)).filter((c) => !ONLY || ONLY.test(c.id));
/** Known failures (not a reader's: the extractor's, fixed on another branch) run alone only, reported. */
const batchCases = chosen.filter((c) => !c.known);
/** Every case alone in the long setting; in the short one, a few picked by hash (a good file among them). */
const aloneCases = FULL
  ? chosen
  : (() => {
      const byHash = [...chosen].sort((a, b) => hash32(`${a.id}:alone`) - hash32(`${b.id}:alone`));
      const good = byHash.filter((c) => c.good).slice(0, 1);
      return [...good, ...byHash.filter((c) => !c.good).slice(0, SHORT_ALONE - good.length)];
    })();

interface Figures {
  status?: string;
  code?: string;
  wallMs: number;
  cpuMs: number | null;
  peakRss: number | null;
  factCount?: number;
}
interface CaseRecord {
  id: string;
  fileName: string;
  known?: string;
  alone?: Figures;
  batch?: Pick<Figures, 'status' | 'code' | 'factCount'>;
  problems: string[];
}

let work: string;
let template: string;
const paths = new Map<string, string>();
const records = new Map<string, CaseRecord>();
const runs: { what: string; files: number; wallMs: number; cpuMs?: number | null; peakRss: number | null }[] = [];
const started = performance.now();

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'attache-hostile-'));
  await mkdir(join(work, 'files'));
  for (const c of chosen) {
    const path = join(work, 'files', c.fileName);
    await writeFile(path, await c.make());
    paths.set(c.id, path);
    records.set(c.id, { id: c.id, fileName: c.fileName, ...(c.known ? { known: c.known } : {}), problems: [] });
  }
  template = join(work, 'template.attache');
  const made = await runAttache(['new', template], 60_000);
  if (made.code !== 0) throw new Error(`attache new failed: ${made.stderr}`);
}, 120_000);

afterAll(async () => {
  const report = {
    setting: FULL ? 'full' : 'short',
    filesTried: chosen.length,
    runs,
    minutes: (performance.now() - started) / 60_000,
    cases: [...records.values()],
  };
  await mkdir(join(root, 'reports'), { recursive: true });
  await writeFile(join(root, 'reports', `hostile-${report.setting}.json`), JSON.stringify(report, null, 2));
  console.log(summarise(report.cases, report.minutes));
  if (work) await rm(work, { recursive: true, force: true });
}, 60_000);

/** Factual counts of each source by file name, from `attache sources --json`. */
async function factCounts(project: string): Promise<Map<string, number> | string> {
  const ran = await runAttache(['sources', project, '--json'], 60_000);
  if (ran.code !== 0) return `attache sources exited ${ran.code}: ${ran.stderr.slice(0, 300)}`;
  const list = JSON.parse(ran.stdout) as { fileName: string; factCount: number }[];
  return new Map(list.map((s) => [s.fileName, s.factCount]));
}

/** The problems with one file's result line, against what the case must end in. */
function lineProblems(c: HostileCase, line: ResultLine | undefined): string[] {
  if (!line) return ['no result line of its own (none, or more than one)'];
  const problems: string[] = [];
  if (line.status === 'failed' && !line.code) problems.push(`a failure without a code: ${line.line}`);
  if (line.code === 'INTERNAL') problems.push(`INTERNAL: ${line.line}`);
  if (line.status === 'cancelled') problems.push('cancelled, though nothing cancelled it');
  if (line.status === 'duplicate') problems.push(`taken for a duplicate (the generator must make distinct bytes): ${line.line}`);
  if (c.good && line.status !== 'added') problems.push(`a good file was not added: ${line.line}`);
  if (c.expect === 'added' && line.status !== 'added') problems.push(`expected added: ${line.line}`);
  if (Array.isArray(c.expect) && !(line.status === 'failed' && c.expect.includes(line.code as never))) {
    problems.push(`expected a refusal with ${c.expect.join(' or ')}: ${line.line}`);
  }
  return problems;
}

function runProblems(ran: Ran, limitMs: number): string[] {
  const problems = outputProblems(ran.stdout, ran.stderr);
  if (ran.timedOut) problems.push(`still running after ${Math.round(limitMs / 1000)} s: stopped`);
  else if (ran.code !== 0 && ran.code !== 1) problems.push(`exit code ${ran.code}`);
  if (ran.peakRss !== null && ran.peakRss > MAX_RSS) problems.push(`peak RSS ${mb(ran.peakRss)} MB, over ${mb(MAX_RSS)} MB`);
  return problems;
}

async function each<T>(items: readonly T[], parallel: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(parallel, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

describe(`hostile files (${FULL ? 'full' : 'short'} setting: ${chosen.length} files)`, () => {
  it('has at least 100 distinct cases over every kind, good files among them', () => {
    expect(all.length).toBeGreaterThanOrEqual(100);
    for (const kind of ['txt', 'md', 'html', 'pdf', 'docx', 'name']) expect(all.filter((c) => c.kind === kind && !c.good).length, kind).toBeGreaterThan(3);
    expect(all.filter((c) => c.good).map((c) => c.kind)).toEqual(expect.arrayContaining(['txt', 'md', 'html', 'pdf', 'docx']));
    expect(chosen.some((c) => c.good)).toBe(true);
    // Peak RSS is read from /usr/bin/time (Debian's "time", which .ci/run installs): never skipped unseen.
    expect(existsSync('/usr/bin/time'), '/usr/bin/time measures each run\'s peak RSS: apt-get install time').toBe(true);
  });

  it(
    'each file alone: its own result line with a code, no INTERNAL, no stack trace, within 1.5 GB; good files get facts',
    async () => {
      await each(aloneCases, PARALLEL, async (c) => {
        const record = records.get(c.id)!;
        const project = join(work, `alone-${hash32(c.id).toString(16)}.attache`);
        await copyFile(template, project);
        const ran = await runAttache(['add', project, paths.get(c.id)!], KILL_ALONE_MS);
        const [line] = resultLines(ran.stdout, [c.fileName]);
        record.alone = { ...(line ? { status: line.status } : {}), ...(line?.code ? { code: line.code } : {}), wallMs: ran.wallMs, cpuMs: ran.cpuMs, peakRss: ran.peakRss };
        record.problems.push(...runProblems(ran, KILL_ALONE_MS).map((p) => `alone: ${p}`), ...lineProblems(c, line).map((p) => `alone: ${p}`));
        // The issue's budget for one file; a limit, not a benchmark, so held in the long setting
        // only, and on the CPU the run used (its threads' too): on this shared two-core machine the
        // wall time of the same run is 2-5 times that and says more about the neighbours. Wall time
        // is reported beside it.
        if (FULL && ran.cpuMs !== null && ran.cpuMs > FILE_BUDGET_MS) {
          record.problems.push(`alone: used ${(ran.cpuMs / 1000).toFixed(1)} s of CPU (${(ran.wallMs / 1000).toFixed(1)} s of wall time), over the ${FILE_BUDGET_MS / 1000} s a file may take`);
        }
        if (c.good) {
          const counts = await factCounts(project);
          if (typeof counts === 'string') record.problems.push(`alone: ${counts}`);
          else {
            record.alone.factCount = counts.get(c.fileName) ?? 0;
            if (!record.alone.factCount) record.problems.push('alone: a good file has no facts');
          }
        }
        await rm(project, { force: true });
        await rm(`${project}.bak`, { force: true });
      });
      runs.push({ what: 'alone', files: aloneCases.length, wallMs: 0, peakRss: Math.max(...[...records.values()].map((r) => r.alone?.peakRss ?? 0)) });
      expect(blocking()).toEqual([]);
    },
    FULL ? 4 * 3_600_000 : SHORT_TEST_MS,
  );

  it(
    'all files in one batch: one result line each, the same outcome as alone, good files with facts, and the project opens afterwards',
    async () => {
      const project = join(work, 'batch.attache');
      await copyFile(template, project);
      const files = batchCases.map((c) => paths.get(c.id)!);
      const limit = 120_000 + files.length * FILE_BUDGET_MS;
      const ran = await runAttache(['add', project, ...files], limit);
      runs.push({ what: 'batch', files: files.length, wallMs: ran.wallMs, cpuMs: ran.cpuMs, peakRss: ran.peakRss });
      const batchProblems = runProblems(ran, limit);
      const lines = resultLines(ran.stdout, batchCases.map((c) => c.fileName));
      const summary = summaryLine(ran.stdout);
      if (!summary) batchProblems.push('no closing count line');
      else if (summary.added + summary.duplicates + summary.failed !== files.length) batchProblems.push(`the count line covers ${summary.added + summary.duplicates + summary.failed} files of ${files.length}`);
      const counts = await factCounts(project);
      if (typeof counts === 'string') batchProblems.push(counts);
      batchCases.forEach((c, k) => {
        const record = records.get(c.id)!;
        const line = lines[k];
        record.batch = { ...(line ? { status: line.status } : {}), ...(line?.code ? { code: line.code } : {}) };
        record.problems.push(...lineProblems(c, line).map((p) => `batch: ${p}`));
        if (line && record.alone && (line.status !== record.alone.status || line.code !== record.alone.code)) {
          record.problems.push(`batch: ended ${line.status} ${line.code ?? ''} in the batch but ${record.alone.status} ${record.alone.code ?? ''} alone`);
        }
        if (typeof counts !== 'string') {
          if (line?.status === 'added') record.batch.factCount = counts.get(c.fileName) ?? 0;
          if (line?.status === 'added' && !counts.has(c.fileName)) record.problems.push('batch: said added, but the project has no such source');
          if (c.good && !record.batch.factCount) record.problems.push('batch: a good file has no facts');
        }
      });
      if (typeof counts !== 'string' && summary && counts.size !== summary.added) batchProblems.push(`${summary.added} files added, but the project holds ${counts.size} sources`);
      // Opens afterwards: the command line's full open (lock, integrity check, sources without
      // facts read again), and a listing of its facts.
      const opened = await runAttache(['facts', project], 300_000);
      runs.push({ what: 'open after the batch (attache facts)', files: 0, wallMs: opened.wallMs, cpuMs: opened.cpuMs, peakRss: opened.peakRss });
      if (opened.code !== 0) batchProblems.push(`the project did not open afterwards: exit ${opened.code}: ${opened.stderr.slice(0, 300)}`);
      batchProblems.push(...runProblems(opened, 300_000).map((p) => `opening afterwards: ${p}`));
      const info = await runAttache(['info', project, '--json'], 60_000);
      if (info.code !== 0) batchProblems.push(`attache info failed afterwards: ${info.stderr.slice(0, 300)}`);
      else {
        const problems = (JSON.parse(info.stdout) as { problems: unknown[] }).problems;
        if (problems.length > 0) batchProblems.push(`the project has ${problems.length} integrity problems afterwards: ${JSON.stringify(problems.slice(0, 3))}`);
      }
      expect({ batch: batchProblems, files: blocking() }).toEqual({ batch: [], files: [] });
    },
    FULL ? 4 * 3_600_000 : SHORT_TEST_MS,
  );
});

/** The cases whose problems fail the suite: all but the known ones, which are reported. */
function blocking(): string[] {
  return [...records.values()].filter((r) => !r.known && r.problems.length > 0).map((r) => `${r.id}: ${r.problems.join('; ')}`);
}

const mb = (bytes: number) => Math.round(bytes / 1_048_576);

function summarise(cases: readonly CaseRecord[], minutes: number): string {
  const alone = cases.filter((r) => r.alone);
  const byResult = new Map<string, number>();
  for (const r of alone) {
    const key = r.alone!.status === 'failed' ? `refused ${r.alone!.code}` : (r.alone!.status ?? 'no result line');
    byResult.set(key, (byResult.get(key) ?? 0) + 1);
  }
  const slowest = [...alone].sort((a, b) => (b.alone!.cpuMs ?? 0) - (a.alone!.cpuMs ?? 0)).slice(0, 5);
  const hungriest = [...alone].sort((a, b) => (b.alone!.peakRss ?? 0) - (a.alone!.peakRss ?? 0)).slice(0, 5);
  const known = cases.filter((r) => r.known);
  return [
    `hostile suite (${FULL ? 'full' : 'short'}): ${cases.length} files tried in ${minutes.toFixed(1)} min`,
    `  results alone: ${[...byResult].map(([k, n]) => `${n} ${k}`).join(', ')}`,
    `  slowest alone (CPU, wall): ${slowest.map((r) => `${r.id} ${((r.alone!.cpuMs ?? 0) / 1000).toFixed(1)} s, ${(r.alone!.wallMs / 1000).toFixed(1)} s`).join('; ')}`,
    `  peak RSS alone: ${hungriest.map((r) => `${r.id} ${mb(r.alone!.peakRss ?? 0)} MB`).join(', ')}`,
    ...runs.map((r) => `  ${r.what}: ${r.files} files, ${(r.wallMs / 1000).toFixed(1)} s${r.cpuMs ? ` (${(r.cpuMs / 1000).toFixed(1)} s CPU)` : ''}, peak RSS ${r.peakRss === null ? '?' : mb(r.peakRss)} MB`),
    ...known.map((r) => `  known (${r.known}): ${r.id}: ${r.problems.length ? r.problems.join('; ') : 'passes now: the mark can go'}`),
    ...cases.filter((r) => !r.known && r.problems.length).map((r) => `  FAILED ${r.id}: ${r.problems.join('; ')}`),
  ].join('\n');
}
