// `npm run bench`: every bench module in this folder, one after another, each in its own process
// so one's warm-up or heap does not colour the next. A module that exports `figures` (the shape in
// bench/figure.ts) reports them; the suite prints each against its floor and target, then the
// issue's table, and writes every figure to bench-results.json. A module without `figures` is run
// as a plain script (full runs only) and only its own output is shown.
//
//   npm run bench                 the full run, the README's table (several minutes)
//   npm run bench -- --quick      fewer sizes and runs, under a minute
//   npm run bench -- pdf store    only the modules whose names start so
//   options: --smoke (seconds; what CI runs), --out <file>, --fresh (rebuild cached projects)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { holds, issueTableMarkdown, type BenchOptions, type Figure } from './figure';

const here = import.meta.dirname;
const root = resolve(here, '..');
/** Files of this folder that are the suite's own parts, not benches. */
const SUPPORT = new Set(['run.ts', 'runOne.ts', 'figure.ts', 'corpus.ts', 'fixtures.ts']);
const NO_FIGURES_EXIT = 3;

export interface SuiteOptions {
  level: BenchOptions['level'];
  only?: readonly string[];
  out?: string;
  fresh?: boolean;
  /** Where each module's output goes (the terminal by default). */
  stdio?: 'inherit' | 'pipe';
}

export interface SuiteResult {
  figures: Figure[];
  /** Modules that failed, with their exit code. */
  failed: Array<{ module: string; status: number | string | null; output: string }>;
  /** Modules run as plain scripts (no `figures`). */
  scripts: string[];
}

export function benchModules(only: readonly string[] = []): string[] {
  return readdirSync(here)
    .filter((f) => f.endsWith('.ts') && !SUPPORT.has(f) && !f.endsWith('.test.ts'))
    .filter((f) => only.length === 0 || only.some((name) => f.startsWith(name)))
    .sort();
}

export async function runSuite(options: SuiteOptions): Promise<SuiteResult> {
  const workDir = await mkdtemp(join(tmpdir(), 'attache-bench-'));
  const cacheDir = join(root, 'node_modules', '.cache', 'attache-bench');
  if (options.fresh) await rm(cacheDir, { recursive: true, force: true });
  const result: SuiteResult = { figures: [], failed: [], scripts: [] };
  const stdio = options.stdio ?? 'inherit';
  try {
    for (const module of benchModules(options.only)) {
      if (stdio === 'inherit') console.log(`\n== ${module.replace(/\.ts$/, '')}`);
      const out = join(workDir, `${module}.figures.json`);
      const run = spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          join(here, 'runOne.ts'),
          join(here, module),
          options.level,
          workDir,
          cacheDir,
          out,
        ],
        {
          cwd: root,
          stdio: stdio === 'inherit' ? 'inherit' : 'pipe',
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
      if (run.status === 0 && existsSync(out)) {
        result.figures.push(...(JSON.parse(readFileSync(out, 'utf8')) as Figure[]));
      } else if (run.status === NO_FIGURES_EXIT) {
        // A plain script: too slow for the quick levels, which must stay under a minute.
        if (options.level !== 'full') {
          if (stdio === 'inherit') console.log('(a script without figures: it runs in full runs only)');
          continue;
        }
        result.scripts.push(module);
        const script = spawnSync(process.execPath, ['--import', 'tsx', join(here, module)], {
          cwd: root,
          stdio,
          encoding: 'utf8',
        });
        if (script.status !== 0)
          result.failed.push({
            module,
            status: script.status ?? script.signal,
            output: `${script.stdout ?? ''}${script.stderr ?? ''}`,
          });
      } else {
        result.failed.push({ module, status: run.status ?? run.signal, output });
        if (stdio === 'inherit') console.log(`(${module} failed with exit code ${run.status ?? run.signal})`);
      }
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  if (options.out) {
    const record = {
      date: new Date().toISOString(),
      level: options.level,
      machine: {
        cpus: availableParallelism(),
        cpu: cpus()[0]?.model ?? 'unknown',
        memoryGB: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        platform: process.platform,
      },
      figures: result.figures.map((f) => ({ ...f, holds: holds(f) })),
      failed: result.failed.map(({ module, status }) => ({ module, status })),
    };
    await writeFile(options.out, `${JSON.stringify(record, null, 2)}\n`);
  }
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const flag = (name: string) => args.includes(name);
  const outAt = args.indexOf('--out');
  const out =
    outAt >= 0 ? resolve(args[outAt + 1] ?? 'bench-results.json') : join(root, 'bench-results.json');
  const only = args.filter((a, i) => !a.startsWith('--') && (outAt < 0 || i !== outAt + 1));
  const level: BenchOptions['level'] = flag('--smoke') ? 'smoke' : flag('--quick') ? 'quick' : 'full';
  const started = performance.now();
  const result = await runSuite({ level, only, out, fresh: flag('--fresh') });
  console.log(
    `\n== issue 11's table (${level} run, ${((performance.now() - started) / 1000).toFixed(0)} s)\n`,
  );
  console.log(issueTableMarkdown(result.figures));
  console.log(`\nfigures written to ${out}`);
  process.exit(result.failed.length ? 1 : 0);
}
