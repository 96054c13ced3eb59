// Grouping throughput: groupFacts over the facts of the extraction bench's 1,000 articles (varied
// from five samples, so hundreds of sources report each figure, with changed values: many
// corroborations and about a million conflicting pairs). Three timed runs after a warm-up, since
// one run on a shared machine varies by a fifth.
//
// Then its growth: groupFacts over the first 10k, 30k and 100k facts of more such articles (the
// same generator, so every size is the same project cut shorter), the median of three runs each,
// and the exponent fitted to them (the log-log slope: 1 is linear, 2 quadratic).
// Run: node --import tsx bench/group.ts
import { fileURLToPath } from 'node:url';
import { cleanArticle } from '../src/core/clean';
import { extractFacts } from '../src/core/extract';
import { groupFacts } from '../src/core/verify';
import type { Fact } from '../src/core/model';
import { benchArticles } from './extract';

const RUNS = 3;
/** Project sizes, in facts, that the growth is measured at. */
export const GROWTH_SIZES = [10_000, 30_000, 100_000];
/** Articles enough for the largest size (about 44 facts each). */
const GROWTH_ARTICLES = 2_600;

/** The facts of the bench's articles in order, until there are `count` (or the articles run out). */
export function benchFacts(count: number, articles = benchArticles(GROWTH_ARTICLES)): Fact[] {
  const facts: Fact[] = [];
  for (let i = 0; i < articles.length && facts.length < count; i++) {
    const clean = cleanArticle(articles[i]!);
    facts.push(...extractFacts({ sourceId: `src_${i}`, text: clean.text, publishedAt: clean.meta.publishedAt ?? null }));
  }
  return facts.slice(0, count);
}


/** Least-squares slope of log(time) on log(size). */
export function fittedExponent(points: ReadonlyArray<{ size: number; ms: number }>): number {
  const xs = points.map((p) => Math.log(p.size));
  const ys = points.map((p) => Math.log(p.ms));
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

/** RUNS timed runs of groupFacts: their times, fastest first, and the groups found. */
function timed(facts: readonly Fact[]): { times: number[]; groups: number } {
  const times: number[] = [];
  let groups = 0;
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    groups = groupFacts(facts).length;
    times.push(performance.now() - t0);
  }
  return { times: times.sort((a, b) => a - b), groups };
}

export function benchGroup(): Record<string, number | string> {
  const facts = benchFacts(Infinity, benchArticles());
  groupFacts(facts.slice(0, 2000));
  const { times, groups } = timed(facts);
  const result: Record<string, number | string> = {
    facts: facts.length,
    groups,
    'groupFacts ms (best)': Math.round(times[0]!),
    'groupFacts ms (median)': Math.round(times[Math.floor(RUNS / 2)]!),
  };

  const all = benchFacts(Math.max(...GROWTH_SIZES));
  const points = GROWTH_SIZES.map((size) => ({ size, ms: timed(all.slice(0, size)).times[Math.floor(RUNS / 2)]! }));
  for (const p of points) result[`${p.size / 1000}k facts ms (median)`] = Math.round(p.ms);
  result['growth exponent'] = Number(fittedExponent(points).toFixed(2));
  // Each step's own slope too: a fit over three points can hide a steep last step.
  for (let k = 1; k < points.length; k++) {
    result[`exponent ${points[k - 1]!.size / 1000}k→${points[k]!.size / 1000}k`] = Number(fittedExponent(points.slice(k - 1, k + 1)).toFixed(2));
  }
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [name, value] of Object.entries(benchGroup())) console.log(`${name.padEnd(24)} ${value}`);
}
