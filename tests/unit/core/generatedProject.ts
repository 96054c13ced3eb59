// Facts and groups made up in bulk for growth tests and benches: no extraction, same every run.
import type { Fact, Group } from '../../../src/core/model';

export function fact(id: string, sourceId: string, surface = '12 ships'): Fact {
  const text = `The fleet has ${surface}.`;
  return {
    id,
    sourceId,
    text,
    start: 0,
    end: text.length,
    kind: 'count',
    values: [{ type: 'count', surface, canonical: surface.split(' ')[0]!, start: 14, end: 14 + surface.length }],
    entities: [],
    subject: 'fleet ships',
  } as Fact;
}
export function group(id: string, relation: Group['relation'], factIds: string[]): Group {
  return { id, relation, subject: 'fleet', factIds, reason: `${relation} ${id}` };
}

/**
 * A project of `n` facts: sources of 20 facts each; groups of 4 facts from 4 sources (every
 * tenth a conflict, the rest corroborated), some facts in a second group, and one group holding
 * 1% of all facts (the big groups real corpora have).
 */
export function generatedProject(n: number): { facts: Fact[]; groups: Group[] } {
  const facts = Array.from({ length: n }, (_, i) => fact(`f${i}`, `s${Math.floor(i / 20)}`, `${i % 97} ships`));
  const groups: Group[] = [];
  for (let i = 0; i + 60 < n; i += 61) {
    const ids = [0, 20, 40, 60].map((k) => `f${i + k}`);
    groups.push(group(`c${i}`, (i / 61) % 10 === 0 ? 'conflict' : 'corroborated', ids));
  }
  for (let i = 0; i + 7 < n; i += 7 * 20) groups.push(group(`x${i}`, 'corroborated', [`f${i}`, `f${i + 27}`]));
  groups.push(group('big', 'corroborated', Array.from({ length: Math.floor(n / 100) }, (_, k) => `f${k * 100 + 3}`)));
  return { facts, groups };
}

/**
 * CPU time (user + system) of `work` done `repeat` times, in microseconds: the best of `runs`
 * tries, after one untimed try (the JIT's warm-up). Enough repeats to take tens of milliseconds,
 * so the clock's grain and a stray collection do not decide a ratio.
 */
export function cpuTime(work: () => void, repeat = 10, runs = 5): number {
  work();
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const start = process.cpuUsage();
    for (let i = 0; i < repeat; i++) work();
    const used = process.cpuUsage(start);
    best = Math.min(best, used.user + used.system);
  }
  return best;
}

/**
 * How much faster the CPU time of `work` grows from the small project to the large one than a
 * floor's: a pass that touches each fact once and allocates a little for it (a map of small
 * records). Measured in the same run on the same data, so the machine's caches, which make even
 * that pass cost more per fact at 20,000 facts than at 5,000, divide out: about 1 for linear work,
 * the size ratio for work that looks at every fact once per fact.
 */
export function growthOverFloor<P extends { facts: readonly Fact[] }>(small: P, large: P, work: (p: P) => void): { growth: number; floor: number; excess: number } {
  const floorPass = (p: P) => {
    const touched = new Map<string, { id: string; kind: string; source: string; length: number }>();
    for (const f of p.facts) touched.set(f.id, { id: f.id, kind: f.kind, source: f.sourceId, length: f.text.length + f.subject.length });
  };
  const growth = cpuTime(() => work(large)) / cpuTime(() => work(small));
  const floor = cpuTime(() => floorPass(large)) / cpuTime(() => floorPass(small));
  return { growth, floor, excess: growth / floor };
}
