// Start-up of the `attache` command: the command line built ahead of time (bin/attache.mjs running
// out/cli) against what bin/attache.mjs did before it, registering tsx and importing
// src/cli/main.ts (TypeScript compiled at run time), and against node starting with nothing to do.
// Run by turns, so the machine's load falls on each alike; medians and spread (min–max) in ms.
// Also `attache facts` on a project of 300 corpus articles (about 9,900 facts): issue 11 asks for
// under 1 s (it took 10 s when the issue was filed).
// Alone: npm run bench -- cli   (targets: `attache --help` ≤ 300 ms, `attache facts` ≤ 1 s)
import { spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ensureCliBuilt } from '../scripts/build-cli.mjs';
import { median, timedFigure, type BenchOptions, type Figure } from './figure';
import { fixtureProject } from './fixtures';

const root = resolve(import.meta.dirname, '..');
const TSX_MAIN = `import { register } from 'tsx/esm/api'; register(); const { main } = await import('./src/cli/main.ts'); process.exitCode = await main(process.argv.slice(1));`;

interface Way {
  label: string;
  argv: (args: string[]) => string[];
}
const built: Way = { label: 'built (out/cli)', argv: (args) => [join(root, 'bin/attache.mjs'), ...args] };
const tsx: Way = {
  label: 'tsx (before)',
  argv: (args) => ['--input-type=module', '-e', TSX_MAIN, '--', ...args],
};

/** Wall time of one run; it must exit 0 and print `expect`, so a wrong command is not timed. */
function wallMs(argv: string[], expect = /(?:)/): number {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, argv, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0 || !expect.test(run.stdout))
    throw new Error(`node ${argv.join(' ')} exited ${run.status}: ${run.stdout}${run.stderr}`);
  return ms;
}

const RUNS = { full: 9, quick: 3, smoke: 1 } as const;

export async function figures(options: BenchOptions): Promise<Figure[]> {
  await ensureCliBuilt((line) => options.log(line));
  const commands: Array<[string, string[], RegExp]> = [['--help', ['--help'], /^attache — .*\n[^]*Commands:/]];
  // A project to ask about takes an import; the smoke run leaves it out.
  if (options.level !== 'smoke') {
    const dir = await mkdtemp(join(options.workDir, 'cli-'));
    const project = join(dir, 'p.attache');
    const samples = join(root, 'resources/samples');
    wallMs(built.argv(['new', project]));
    wallMs(built.argv(['add', project, ...(await readdir(samples)).map((f) => join(samples, f))]));
    commands.push(['info', ['info', project], /sources {2}5\n/]);
    const large = await fixtureProject(options, { articles: 300 });
    // Copied: the command opens the project for writing (its lock), and the cache is read-only.
    const copy = join(dir, 'articles-300.attache');
    await copyFile(large.path, copy);
    commands.push(['facts', ['facts', copy], new RegExp(`^(?:.*\\n){${large.facts}}`)]);
  }
  // The tsx start-up it replaced is timed in full runs only: it takes over a second a run.
  const ways = options.level === 'full' ? [built, tsx] : [built];
  const floor: number[] = [];
  const times = new Map<string, number[]>();
  for (let i = 0; i < RUNS[options.level]; i++) {
    for (const [name, args, expect] of commands) {
      floor.push(wallMs(['-e', '0']));
      for (const way of ways) {
        const key = `${name}\t${way.label}`;
        times.set(key, [...(times.get(key) ?? []), wallMs(way.argv(args), expect)]);
      }
    }
  }
  const floorOf = (c: number) => floor.filter((_, i) => i % commands.length === c);
  const shown: Record<string, { key: string; label: string; limit?: number }> = {
    '--help': { key: 'cli.help', label: '`attache --help` start-up', limit: 300 },
    info: { key: 'cli.info', label: '`attache info <project>` (5 sources)' },
    facts: { key: 'cli.facts-300', label: '`attache facts <project>` (300 articles)', limit: 1000 },
  };
  return commands.map(([name], c) => {
    const before = times.get(`${name}\t${tsx.label}`);
    const { key, label, limit } = shown[name]!;
    return timedFigure(
      {
        key,
        label,
        unit: 'ms',
        ...(limit !== undefined ? { targets: [{ on: 'value' as const, op: '<=' as const, limit }] } : {}),
        ...(before ? { detail: { 'tsx (before) ms': Math.round(median(before)) } } : {}),
      },
      { wall: times.get(`${name}\t${built.label}`)! },
      { label: 'node -e 0', timing: { wall: floorOf(c) } },
    );
  });
}
