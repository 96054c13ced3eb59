// Grouping throughput: groupFacts over the facts of the extraction bench's 1,000 articles (varied
// from five samples, so hundreds of sources report each figure, with changed values: many
// corroborations and about a million conflicting pairs). Three timed runs after a warm-up, since
// one run on a shared machine varies by a fifth.
// Run: node --import tsx bench/group.ts
import { fileURLToPath } from 'node:url';
import { cleanArticle } from '../src/core/clean';
import { extractFacts } from '../src/core/extract';
import { groupFacts } from '../src/core/verify';
import type { Fact } from '../src/core/model';
import { benchArticles } from './extract';

const RUNS = 3;

export function benchGroup(): Record<string, number | string> {
  const facts: Fact[] = [];
  benchArticles().forEach((raw, i) => {
    const clean = cleanArticle(raw);
    facts.push(...extractFacts({ sourceId: `src_${i}`, text: clean.text, publishedAt: clean.meta.publishedAt ?? null }));
  });
  groupFacts(facts.slice(0, 2000));
  const times: number[] = [];
  let groups = 0;
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    groups = groupFacts(facts).length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    facts: facts.length,
    groups,
    'groupFacts ms (best)': Math.round(times[0]!),
    'groupFacts ms (median)': Math.round(times[Math.floor(RUNS / 2)]!),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [name, value] of Object.entries(benchGroup())) console.log(`${name.padEnd(24)} ${value}`);
}
