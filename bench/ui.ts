// The Facts filter in Chromium at scale (issue 11's table: filter keystroke to painted list at
// 100,000 facts): runs tests/e2e/scale.spec.ts on the cached fixture project and reports the
// median and p95 over every key press that changed the list once the search index is built (the
// first keys after opening, which wait for it, are reported on their own). Quick and smoke runs skip it: the
// renderer build and the browser alone take longer than a quick run may.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { median, type BenchOptions, type Figure } from './figure';
import { fixtureProject } from './fixtures';

const FACTS = 100_000;

export async function figures(options: BenchOptions): Promise<Figure[]> {
  if (options.level !== 'full') {
    options.log('(the browser run is part of full runs only)');
    return [];
  }
  const fixture = await fixtureProject(options, { facts: FACTS });
  const out = join(options.workDir, 'ui-keys.json');
  const root = resolve(import.meta.dirname, '..');
  const run = spawnSync(process.execPath, [join(root, 'node_modules', '@playwright', 'test', 'cli.js'), 'test', 'tests/e2e/scale.spec.ts', '--reporter=line'], {
    cwd: root,
    env: { ...process.env, ATTACHE_UI_PROJECT: fixture.path, ATTACHE_UI_OUT: out },
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.status !== 0 || !existsSync(out)) throw new Error(`the browser run failed:\n${run.stdout}${run.stderr}`);
  const { samples, firstKey } = JSON.parse(readFileSync(out, 'utf8')) as { samples: number[]; firstKey: number };
  const sorted = [...samples].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!;
  const detail = {
    facts: fixture.facts,
    'key presses': samples.length,
    p50: Math.round(median(samples)),
    'first keys after open (the search index still being built)': Math.round(firstKey),
  };
  return [
    {
      key: 'ui.filter-keystroke',
      label: `Facts filter, key down to painted list, p95, ${FACTS.toLocaleString('en-US')} facts (Chromium)`,
      unit: 'ms',
      value: Math.round(p95),
      runs: samples.map(Math.round),
      targets: [{ on: 'value', op: '<=', limit: 100 }],
      detail,
    },
  ];
}
