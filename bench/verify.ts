// Verification of a whole project: groupFacts over the first 10k, 30k and 100k facts of the cached
// 100,000-fact project (bench/fixtures.ts: the corpus's stories, so every size is the same project
// cut shorter and holds many corroborations and conflicts), several runs each, and the growth
// exponent fitted to them (the log-log slope of time on size: 1 is linear, 2 quadratic), with each
// step's own slope, since a fit over three points can hide a steep last step. The fit is on CPU
// time, which other programs on a shared machine disturb less than wall time; both are reported.
// No floor: the issue measures verification against its own time at other sizes.
// Alone: npm run bench -- verify [--quick]
import { readFile } from 'node:fs/promises';
import type { Fact, Project } from '../src/core/model';
import { groupFacts } from '../src/core/verify';
import { median, plainFigure, timed, type BenchOptions, type Figure } from './figure';
import { fixtureProject } from './fixtures';

/** Project sizes, in facts, at each level: the largest is the project the smaller are cut from. */
const SIZES = { full: [10_000, 30_000, 100_000], quick: [2_500, 5_000, 10_000], smoke: [75, 150, 300] } as const;
const RUNS = { full: 3, quick: 2, smoke: 1 } as const;

/** Least-squares slope of log(time) on log(size). */
export function fittedExponent(points: ReadonlyArray<{ size: number; ms: number }>): number {
  const xs = points.map((p) => Math.log(p.size));
  const ys = points.map((p) => Math.log(Math.max(p.ms, 1e-3)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, k) => {
    num += (x - mx) * (ys[k]! - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}

/** The facts of the cached project of `count` facts, as its file holds them. */
export async function fixtureFacts(options: BenchOptions, count: number): Promise<{ facts: Fact[]; articles: number }> {
  const fixture = await fixtureProject(options, { facts: count });
  const project = JSON.parse(await readFile(fixture.path, 'utf8')) as Project;
  return { facts: project.facts, articles: fixture.articles };
}

export async function figures(options: BenchOptions): Promise<Figure[]> {
  const sizes = SIZES[options.level];
  const runs = RUNS[options.level];
  const largest = sizes[sizes.length - 1]!;
  const { facts: all } = await fixtureFacts(options, largest);
  // A warm-up, so that the first size does not pay for compiling the grouping code.
  groupFacts(all.slice(0, Math.min(2_000, all.length)));
  const points: Array<{ size: number; wall: number[]; cpu: number[]; groups: number }> = [];
  for (const size of sizes) {
    const facts = all.slice(0, size);
    const point = { size, wall: [] as number[], cpu: [] as number[], groups: 0 };
    for (let r = 0; r < runs; r++) {
      const t = await timed(() => {
        point.groups = groupFacts(facts).length;
      });
      point.wall.push(t.wall);
      point.cpu.push(t.cpu);
    }
    points.push(point);
  }
  const cpuPoints = points.map((p) => ({ size: p.size, ms: median(p.cpu) }));
  const wallPoints = points.map((p) => ({ size: p.size, ms: median(p.wall) }));
  const detail: Record<string, number | string> = { 'wall-time exponent': Number(fittedExponent(wallPoints).toFixed(2)) };
  for (let k = 1; k < points.length; k++) {
    detail[`CPU exponent ${points[k - 1]!.size}→${points[k]!.size}`] = Number(fittedExponent(cpuPoints.slice(k - 1, k + 1)).toFixed(2));
  }
  for (const p of points) detail[`${p.size} facts CPU ms`] = Math.round(median(p.cpu));
  const sizeFigures = points.map((p) =>
    plainFigure(
      {
        key: p.size === largest ? 'verify.largest' : `verify.${p.size}`,
        label: `groupFacts, ${p.size.toLocaleString('en-US')} facts`,
        unit: 'ms',
        // The 2 s is for 100,000 facts; smaller runs only report.
        ...(p.size === 100_000 ? { targets: [{ on: 'value' as const, op: '<=' as const, limit: 2000 }] } : {}),
        detail: { groups: p.groups, 'CPU ms (median)': Math.round(median(p.cpu)) },
      },
      p.wall,
    ),
  );
  return [
    plainFigure(
      {
        key: 'verify.exponent',
        // The issue table shows a label up to its first comma.
        label: `growth exponent of groupFacts (CPU time), over ${sizes.map((s) => s.toLocaleString('en-US')).join(' / ')} facts`,
        unit: '',
        targets: [{ on: 'value', op: '<=', limit: 1.2 }],
        detail,
      },
      [Number(fittedExponent(cpuPoints).toFixed(3))],
    ),
    ...sizeFigures,
  ];
}
