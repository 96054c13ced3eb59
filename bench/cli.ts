// Start-up of the `attache` command: the command line built ahead of time (bin/attache.mjs running
// out/cli) against what bin/attache.mjs did before it, registering tsx and importing
// src/cli/main.ts (TypeScript compiled at run time), and against node starting with nothing to do.
// Run by turns, so the machine's load falls on each alike; medians and spread (min–max) in ms.
// Run: node --import tsx bench/cli.ts   (target: `attache --help` ≤ 300 ms)
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureCliBuilt } from '../scripts/build-cli.mjs';

const root = resolve(import.meta.dirname, '..');
const RUNS = 9;
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
  const run = spawnSync(process.execPath, argv, { cwd: root, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0 || !expect.test(run.stdout))
    throw new Error(`node ${argv.join(' ')} exited ${run.status}: ${run.stdout}${run.stderr}`);
  return ms;
}

function summary(times: number[]): { median: number; text: string } {
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return {
    median,
    text: `${Math.round(median)} ms (${Math.round(sorted[0]!)}–${Math.round(sorted.at(-1)!)})`,
  };
}

async function main(): Promise<void> {
  await ensureCliBuilt((line) => console.log(line));
  const dir = await mkdtemp(join(tmpdir(), 'attache-bench-cli-'));
  try {
    const project = join(dir, 'p.attache');
    const samples = join(root, 'resources/samples');
    wallMs(built.argv(['new', project]));
    wallMs(built.argv(['add', project, ...(await readdir(samples)).map((f) => join(samples, f))]));
    const commands: Array<[string, string[], RegExp]> = [
      ['--help', ['--help'], /^attache — .*\n[^]*Commands:/],
      ['info <project>', ['info', project], /sources {2}5\n/],
    ];
    const floor: number[] = [];
    const times = new Map<string, number[]>();
    for (let i = 0; i < RUNS; i++) {
      floor.push(wallMs(['-e', '0']));
      for (const [name, args, expect] of commands) {
        for (const way of [built, tsx]) {
          const key = `${name}\t${way.label}`;
          times.set(key, [...(times.get(key) ?? []), wallMs(way.argv(args), expect)]);
        }
      }
    }
    const node = summary(floor);
    console.log(`node -e 0 (the floor)          ${node.text}`);
    for (const [name] of commands) {
      const fast = summary(times.get(`${name}\t${built.label}`)!);
      const slow = summary(times.get(`${name}\t${tsx.label}`)!);
      console.log(
        `attache ${name.padEnd(15)} built ${fast.text}; tsx ${slow.text}; ${(slow.median / fast.median).toFixed(1)}× faster, ${Math.round(fast.median - node.median)} ms over the floor`,
      );
    }
    const help = summary(times.get(`--help\t${built.label}`)!).median;
    console.log(`--help ${Math.round(help)} ms: ${help <= 300 ? 'within' : 'OVER'} the 300 ms target`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
