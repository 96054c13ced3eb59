// The one shape every benchmark reports in, so `npm run bench` can run any module, print one
// table and write bench-results.json. A bench module exports `figures(options)`, returning the
// figures it measured; bench/run.ts picks up every module in bench/ that does.
//
// A figure is the median of several runs, with their spread; where the issue measures it against
// a floor (the same work done the plainest way, in the same run, on the same data), the floor's
// median and the ratio come with it. Targets are printed with whether they hold, never asserted:
// this machine is shared and its timings vary by a third.

export interface BenchOptions {
  /** 'full' for the README's table; 'quick' under a minute; 'smoke' seconds, for CI (the figures' keys, not their values). */
  level: 'full' | 'quick' | 'smoke';
  /** A folder the benches may share for the run (generated corpora, projects). */
  workDir: string;
  /** A folder kept between runs for fixtures that take long to build (keyed by what they are built from). */
  cacheDir: string;
  log: (line: string) => void;
}

export interface Target {
  /** What the target is on: the figure itself or its ratio to the floor. */
  on: 'value' | 'ratio';
  op: '<=' | '>=';
  limit: number;
}

export interface Figure {
  /** Stable name, e.g. 'store.save': the key in bench-results.json and the issue table's rows. */
  key: string;
  /** What was measured, e.g. 'project save, 100,000 facts'. */
  label: string;
  unit: string;
  /** Median over the runs. */
  value: number;
  /** Each run's value (the spread is their min–max). */
  runs: number[];
  /** The floor, measured by turns with the figure. */
  floor?: { label: string; value: number; runs: number[] };
  /**
   * How many times the floor's time the figure's work took: the median of the per-run ratios
   * (each pair ran back to back). For a throughput too, it is a ratio of times.
   */
  ratio?: number;
  /** The same ratio in process CPU time, which other programs on a shared machine disturb less. */
  cpuRatio?: number;
  targets?: Target[];
  /** Sizes and counts the figure was measured at. */
  detail?: Record<string, number | string>;
}

export type Bench = (options: BenchOptions) => Promise<Figure[]>;

/** A row of the issue's table: which figure answers it, what it is measured against, its target. */
export interface TableRow {
  figure: string;
  /** Keys of the figures that answer the row (the first is the one whose targets are shown). */
  keys: string[];
  against: string;
  target: string;
  /** The bench module (file in bench/, without .ts) that measures it; the CI smoke run requires its keys. */
  module?: string;
}

// Issue 11's table. Rows whose figures no module in this suite produces yet print as not measured.
export const ISSUE_TABLE: readonly TableRow[] = [
  {
    figure: 'import + extraction throughput (1,000 articles)',
    keys: ['import.throughput'],
    against: 'reading the same files + Intl.Segmenter sentences + one regex pass',
    target: '≥ 2 MB/s and ≤ 5× the floor',
    module: 'import',
  },
  {
    figure: 'verification of a whole project',
    keys: ['verify.exponent', 'verify.largest'],
    against: 'its time at 10k, 30k, 100k facts; fitted growth exponent',
    target: 'exponent ≤ 1.2; 100k facts ≤ 2 s',
    module: 'verify',
  },
  {
    figure: 'adding one source to a 100k-fact project',
    keys: ['verify.add-source'],
    against: 'regrouping every fact (groupFacts) after the same extraction',
    target: '≤ 200 ms for extraction + matching',
    module: 'addSource',
  },
  {
    figure: 'facts list / filter / search, p95 over 200 queries',
    keys: ['facts.list.p95', 'search.p95', 'facts.list.p50', 'search.p50'],
    against: '—',
    target: 'p95 ≤ 50 ms at 100k facts',
    module: 'facts',
  },
  {
    figure: 'filter keystroke to painted list in Chromium at 100k facts',
    keys: ['ui.filter-keystroke'],
    against: '—',
    target: '≤ 100 ms',
  },
  {
    figure: 'project save at 100k facts',
    keys: ['store.save'],
    against: '`JSON.stringify` + write of the same data',
    target: '≤ 1.5×',
    module: 'store',
  },
  {
    figure: 'project open at 100k facts',
    keys: ['store.open'],
    against: 'read + `JSON.parse` of the same file',
    target: '≤ 2.5× (validation included)',
    module: 'store',
  },
  {
    figure: 'PDF export, 100 pages, 1,000 citations',
    keys: ['pdf.export'],
    against: 'pdfkit writing the same text without layout',
    target: '≤ 3×',
    module: 'pdf',
  },
  {
    figure: 'peak memory of the 10,000-article project',
    keys: ['memory.peak-rss', 'memory.peak-heap'],
    against: "the project file's size",
    target: 'report the ratio',
    module: 'memory',
  },
  // Issue 10's target for the pure pipeline, not a row of issue 11's table.
  {
    figure: 'clean + extract + group throughput, one core (1,000 articles)',
    keys: ['extract.throughput'],
    against: '—',
    target: '≥ 1.0 MB/s',
    module: 'extract',
  },
  // Item 5 of the issue, not a row of its table.
  {
    figure: '`attache --help` start-up',
    keys: ['cli.help'],
    against: '`node -e 0`',
    target: '≤ 300 ms',
    module: 'cli',
  },
  // A point of the issue's "Done when", not a row of its table (not measured at the smoke level).
  {
    figure: '`attache facts` on a 300-article project',
    keys: ['cli.facts-300'],
    against: '`node -e 0`',
    target: '≤ 1 s',
  },
];

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Whether each target holds; null when the figure has none (a figure to report). */
export function holds(figure: Figure): boolean | null {
  if (!figure.targets?.length) return null;
  return figure.targets.every((t) => {
    const measured = t.on === 'ratio' ? figure.ratio : figure.value;
    if (measured === undefined) return false;
    return t.op === '<=' ? measured <= t.limit : measured >= t.limit;
  });
}

/** Wall-clock and process CPU milliseconds of each run of one piece of work. */
export interface Timing {
  wall: number[];
  /** Absent where the work runs in other processes, whose CPU time this one cannot see. */
  cpu?: number[];
}

/**
 * A figure from timed runs: `measured` and `floor` ran by turns (byTurns), so each pair shared the
 * machine's load. `convert` turns milliseconds into the figure's unit (MB/s); it is the time itself
 * when absent. The CPU ratio comes with the wall one: on a shared machine it moves less.
 */
export function timedFigure(
  base: Omit<Figure, 'value' | 'runs' | 'floor' | 'ratio' | 'cpuRatio'>,
  measured: Timing,
  floor?: { label: string; timing: Timing },
  convert: (ms: number) => number = (ms) => ms,
): Figure {
  const runs = measured.wall.map(convert);
  const figure: Figure = { ...base, value: median(runs), runs };
  if (floor) {
    const floorRuns = floor.timing.wall.map(convert);
    figure.floor = { label: floor.label, value: median(floorRuns), runs: floorRuns };
    // Costs, whatever the unit: a throughput's ratio is its floor's rate over its own.
    figure.ratio = median(measured.wall.map((ms, i) => ms / floor.timing.wall[i]!));
    const cpu = measured.cpu;
    const floorCpu = floor.timing.cpu;
    if (cpu && floorCpu) figure.cpuRatio = median(cpu.map((ms, i) => ms / floorCpu[i]!));
  }
  return figure;
}

/** A figure that is no time (a size, a ratio of sizes): each run's value as measured. */
export function plainFigure(base: Omit<Figure, 'value' | 'runs'>, runs: readonly number[]): Figure {
  return { ...base, value: median(runs), runs: [...runs] };
}

/** Wall and CPU milliseconds of one run of `work` (CPU of the whole process, worker threads included). */
export async function timed(work: () => unknown): Promise<{ wall: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await work();
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

/** Runs `measure` and `floor` by turns, `times` each after one warm-up pair, so load falls on both alike. */
export async function byTurns(
  times: number,
  measure: () => Promise<unknown>,
  floor: () => Promise<unknown>,
): Promise<{ measured: Timing; floor: Timing }> {
  await measure();
  await floor();
  const measured = { wall: [] as number[], cpu: [] as number[] };
  const floored = { wall: [] as number[], cpu: [] as number[] };
  const record = async (into: typeof measured, work: () => Promise<unknown>) => {
    const t = await timed(work);
    into.wall.push(t.wall);
    into.cpu.push(t.cpu);
  };
  for (let i = 0; i < times; i++) {
    // Alternate which goes first: a run that follows a big allocation pays for its collection.
    if (i % 2) {
      await record(floored, floor);
      await record(measured, measure);
    } else {
      await record(measured, measure);
      await record(floored, floor);
    }
  }
  return { measured, floor: floored };
}

function round(n: number): string {
  const abs = Math.abs(n);
  return abs >= 100 ? n.toFixed(0) : abs >= 10 ? n.toFixed(1) : abs >= 1 ? n.toFixed(2) : n.toPrecision(2);
}

function spread(runs: readonly number[]): string {
  return runs.length > 1 ? ` (${round(Math.min(...runs))}–${round(Math.max(...runs))})` : '';
}

function targetText(targets: readonly Target[] | undefined, unit: string): string {
  if (!targets?.length) return 'report';
  return targets
    .map((t) => `${t.op === '<=' ? '≤' : '≥'} ${t.limit}${t.on === 'ratio' ? '×' : ` ${unit}`}`)
    .join(' and ');
}

/** One line per figure: figure, floor, ratio, target, and whether it holds. */
export function describeFigure(f: Figure): string {
  const verdict = holds(f);
  const parts = [`${f.label}: ${round(f.value)} ${f.unit}${spread(f.runs)}`];
  if (f.floor)
    parts.push(
      `floor (${f.floor.label}) ${round(f.floor.value)} ${f.unit}${spread(f.floor.runs)}`,
      `ratio ${round(f.ratio!)}×${f.cpuRatio === undefined ? '' : ` (CPU ${round(f.cpuRatio)}×)`}`,
    );
  parts.push(
    `target ${targetText(f.targets, f.unit)}`,
    verdict === null ? 'reported' : verdict ? 'holds' : 'MISSED',
  );
  return parts.join(' · ');
}

/** The issue's table as Markdown, filled with this run's figures (the README's Performance table). */
export function issueTableMarkdown(figures: readonly Figure[]): string {
  const byKey = new Map(figures.map((f) => [f.key, f]));
  const lines = [
    '| figure | measured | against (same run, same data) | target | holds |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const row of ISSUE_TABLE) {
    const found = row.keys.map((k) => byKey.get(k)).filter((f): f is Figure => f !== undefined);
    const measured = found.length
      ? found
          .map(
            (f) =>
              `${found.length > 1 ? `${f.label.split(',')[0]}: ` : ''}${round(f.value)} ${f.unit}${spread(f.runs)}${f.floor ? `; floor ${round(f.floor.value)} ${f.unit}; **${round(f.ratio!)}×**${f.cpuRatio === undefined ? '' : ` (CPU ${round(f.cpuRatio)}×)`}` : ''}`,
          )
          .join('<br>')
      : 'not measured by this suite yet';
    const verdicts = found.map(holds);
    const verdict = !found.length
      ? '—'
      : verdicts.every((v) => v === null)
        ? 'reported'
        : verdicts.every((v) => v !== false)
          ? 'yes'
          : '**no**';
    lines.push(`| ${row.figure} | ${measured} | ${row.against} | ${row.target} | ${verdict} |`);
  }
  return lines.join('\n');
}
