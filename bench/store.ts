// Project save and open at 100,000 facts, through the store as the app uses it: save is a change
// and a flush (serialising, the durable atomic write with its fsyncs and .bak), open is
// openProjectFile (lock, read, migration, the full schema check, fact features) and close. The
// floors do the same bytes the plainest way: JSON.stringify + writeFile, readFile + JSON.parse.
// Alone: npm run bench -- store [--quick]
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openProjectFile } from '../src/node/store';
import { byTurns, timedFigure, type BenchOptions, type Figure } from './figure';
import { fixtureProject } from './fixtures';

const FACTS = { full: 100_000, quick: 10_000, smoke: 300 } as const;
const RUNS = { full: 5, quick: 3, smoke: 1 } as const;
const owner = 'bench (store)';

export async function figures(options: BenchOptions): Promise<Figure[]> {
  const fixture = await fixtureProject(options, { facts: FACTS[options.level] });
  const dir = await mkdtemp(join(options.workDir, 'store-'));
  const path = join(dir, 'project.attache');
  const plain = join(dir, 'plain.json');
  await copyFile(fixture.path, path);
  const detail = {
    facts: fixture.facts,
    articles: fixture.articles,
    'file MB': Number((fixture.bytes / 1e6).toFixed(1)),
  };
  const runs = RUNS[options.level];

  const open = await byTurns(
    runs,
    async () => {
      const handle = await openProjectFile(path, { owner });
      await handle.close();
    },
    async () => JSON.parse(await readFile(path, 'utf8')) as unknown,
  );

  const handle = await openProjectFile(path, { owner, debounceMs: 3_600_000 });
  let edits = 0;
  const save = await byTurns(
    runs,
    async () => {
      handle.update((p) => {
        p.name = `Benchmark, edit ${++edits}`;
      });
      await handle.flush();
    },
    () => writeFile(plain, JSON.stringify(handle.data)),
  );
  await handle.close();

  const size = fixture.facts.toLocaleString('en-US');
  const figure = (what: 'save' | 'open', limit: number, runs: typeof save, floor: string) =>
    timedFigure(
      {
        key: `store.${what}`,
        label: `project ${what}, ${size} facts`,
        unit: 'ms',
        targets: [{ on: 'ratio', op: '<=', limit }],
        detail,
      },
      runs.measured,
      { label: floor, timing: runs.floor },
    );
  return [
    figure('save', 1.5, save, 'JSON.stringify + writeFile'),
    figure('open', 2.5, open, 'readFile + JSON.parse'),
  ];
}
