// Peak memory of a large project held open, against the size of its file: a fresh process opens
// the 10,000-article project through the store (read, parse, schema check), makes one change and
// saves it (serialising holds a second copy for a moment), then closes. Peak RSS is the
// operating system's (getrusage maxRSS, so no moment of synchronous work is missed); heap is the
// highest of V8's heapUsed sampled after each step and every few milliseconds between them.
// Reported, no target. Alone: npm run bench -- memory
import { spawn } from 'node:child_process';
import { copyFile, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openProjectFile } from '../src/node/store';
import { plainFigure, type BenchOptions, type Figure } from './figure';
import { fixtureProject, type FixtureSize } from './fixtures';

const SIZE: Record<BenchOptions['level'], FixtureSize> = {
  full: { articles: 10_000 },
  quick: { facts: 10_000 },
  smoke: { facts: 300 },
};
const RUNS = { full: 3, quick: 1, smoke: 1 } as const;
const CHILD = '--measure-project';

interface Peak {
  rss: number;
  heap: number;
  /** What the open project holds once the work is done and garbage collected. */
  retained: number;
  /** Peak RSS once the project is open, before the save. */
  rssOpen: number;
}

/** In the child: open, change, save, close; the peaks. */
async function measureInThisProcess(path: string): Promise<Peak> {
  let heap = 0;
  const sample = () => (heap = Math.max(heap, process.memoryUsage().heapUsed));
  const timer = setInterval(sample, 5);
  const handle = await openProjectFile(path, { owner: 'bench (memory)', debounceMs: 3_600_000 });
  sample();
  const rssOpen = process.resourceUsage().maxRSS * 1024;
  handle.update((p) => {
    p.name = `${p.name}, measured`;
  });
  await handle.flush();
  sample();
  global.gc?.();
  const retained = process.memoryUsage().heapUsed;
  await handle.close();
  clearInterval(timer);
  return { rss: process.resourceUsage().maxRSS * 1024, heap, retained, rssOpen };
}

function measureInChild(path: string): Promise<Peak> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), CHILD, path],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out) as Peak)
        : reject(new Error(`memory child exited ${code}: ${out}`)),
    );
  });
}

export async function figures(options: BenchOptions): Promise<Figure[]> {
  const fixture = await fixtureProject(options, SIZE[options.level]);
  const dir = await mkdtemp(join(options.workDir, 'memory-'));
  const path = join(dir, 'project.attache');
  await copyFile(fixture.path, path);
  const peaks: Peak[] = [];
  for (let i = 0; i < RUNS[options.level]; i++) peaks.push(await measureInChild(path));
  const mb = (n: number) => Number((n / 1e6).toFixed(1));
  const detail = { articles: fixture.articles, facts: fixture.facts, 'file MB': mb(fixture.bytes) };
  const label = `${fixture.articles.toLocaleString('en-US')}-article project (${fixture.facts.toLocaleString('en-US')} facts, ${mb(fixture.bytes)} MB file)`;
  const byRun = (pick: (p: Peak) => number) => peaks.map((p) => pick(p) / fixture.bytes);
  return [
    plainFigure(
      {
        key: 'memory.peak-rss',
        label: `peak RSS / file size, ${label}`,
        unit: '×',
        detail: {
          ...detail,
          'peak RSS MB': mb(Math.max(...peaks.map((p) => p.rss))),
          'peak RSS before the save MB': mb(Math.max(...peaks.map((p) => p.rssOpen))),
        },
      },
      byRun((p) => p.rss),
    ),
    plainFigure(
      {
        key: 'memory.peak-heap',
        label: `peak heap / file size, ${label}`,
        unit: '×',
        detail: { ...detail, 'peak heap MB': mb(Math.max(...peaks.map((p) => p.heap))) },
      },
      byRun((p) => p.heap),
    ),
    plainFigure(
      {
        key: 'memory.retained-heap',
        label: `heap held open / file size, ${label}`,
        unit: '×',
        detail: { ...detail, 'heap MB': mb(Math.max(...peaks.map((p) => p.retained))) },
      },
      byRun((p) => p.retained),
    ),
  ];
}

if (process.argv[2] === CHILD && process.argv[1] === fileURLToPath(import.meta.url)) {
  const peak = await measureInThisProcess(process.argv[3]!);
  process.stdout.write(JSON.stringify(peak));
  process.exit(0);
}
