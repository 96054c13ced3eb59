// The figure layer's incremental matching (src/core/verify/figureIndex.ts): a source added is
// judged against the candidates it could meet, not against every pair of the project; one taken
// out or read again has the clusters it stood in judged again; and the groups are still exactly
// a full regroup's. Invented reports for each way two figures meet, and
// the bench's generated corpus (many outlets repeating one report: twins, large clusters).
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../src/core/clean';
import { extractFacts } from '../../../../src/core/extract';
import type { Fact, Group } from '../../../../src/core/model';
import { groupFacts } from '../../../../src/core/verify';
import { VerifyIndex } from '../../../../src/core/verify/verifyIndex';
import { corpusArticle } from '../../../../bench/corpus';

/** A group as a reader sees it, its members in a fixed order. */
function shown(groups: readonly Group[]): string[] {
  return groups.map((g) => JSON.stringify({ ...g, factIds: [...g.factIds].sort() })).sort();
}

const STORY = [
  'The regional assembly of Valdoria opened its session in Port Anselm on Monday.',
  'Governor Ines Marlow told the assembly that the harbour reforms would go ahead.',
];

// Each line another way two reports' figures meet: the same value written to another
// precision, a sum with few words in common, each source's only count of a thing, the same
// count for a named body among others, conflicting totals, and a statement without a figure.
const REPORTS: Array<[string, string[]]> = [
  ['alpha', [...STORY, 'The harbour reforms will cost 1.2 million crowns over two years.', 'A total of 412 petitions reached the assembly clerk before the vote.', 'The Harbour League won 41 seats and the Tide Party won 20 seats in the assembly.']],
  ['bravo', [...STORY, 'Officials put the cost of the harbour reforms at 1,203,000 crowns.', 'The governor spoke amid 380 petitions against the reforms.', 'The Tide Party has gained four seats, rising from 16 to 20.']],
  ['charlie', [...STORY, 'The reforms are expected to cost about 1.5 million crowns, the treasury said.', 'Governor Marlow said the harbour would stay open during the works.']],
  ['delta', [...STORY, 'Governor Marlow said the harbour would stay open during the works.', 'The Harbour League won 41 seats.']],
];

function factsOf(sourceId: string, lines: readonly string[]): Fact[] {
  return extractFacts({ sourceId, text: lines.join('\n'), publishedAt: '2031-05-02' });
}

describe('the figure index matches a new source against what the project holds', () => {
  it('gives a full regroup’s groups after each source added, in every order of four', () => {
    const orders = [
      [0, 1, 2, 3],
      [3, 2, 1, 0],
      [1, 3, 0, 2],
      [2, 0, 3, 1],
    ];
    const rules = new Set<string>();
    for (const order of orders) {
      const index = new VerifyIndex();
      const held: Fact[] = [];
      for (const k of order) {
        const [sourceId, lines] = REPORTS[k]!;
        const facts = factsOf(sourceId, lines);
        held.push(...facts);
        index.apply({ sources: [{ sourceId, facts }] });
        expect(shown(index.groups), `order ${order.join(',')}, after ${sourceId}`).toEqual(shown(groupFacts(held)));
        if (held.length > facts.length) expect(index.lastFigureChange.judged).toBe('part');
      }
      for (const g of index.groups) rules.add(g.rule ?? '');
    }
    // The reports do meet in these ways (else the check above would say little).
    expect([...rules]).toEqual(expect.arrayContaining(['conflict.same-head', 'figure.same-named-thing', 'figure.different-value']));
  });

  it('takes a source out or reads one again by judging the clusters it stood in again: a full regroup’s groups', () => {
    for (const out of REPORTS.map(([id]) => id)) {
      const index = new VerifyIndex();
      const held = new Map<string, Fact[]>();
      for (const [sourceId, lines] of REPORTS) {
        held.set(sourceId, factsOf(sourceId, lines));
        index.apply({ sources: [{ sourceId, facts: held.get(sourceId)! }] });
      }
      held.delete(out);
      index.apply({ remove: [out] });
      expect(shown(index.groups), `after taking out ${out}`).toEqual(shown(groupFacts([...held.values()].flat())));
      expect(index.lastFigureChange.judged).toBe('part');
      // Another read again with its last line left out, then the first put back.
      const [again, lines] = REPORTS.find(([id]) => id !== out)!;
      held.set(again, factsOf(again, lines.slice(0, -1)));
      index.apply({ sources: [{ sourceId: again, facts: held.get(again)! }] });
      expect(shown(index.groups), `after reading ${again} again`).toEqual(shown(groupFacts([...held.values()].flat())));
      expect(index.lastFigureChange.judged).toBe('part');
      held.set(out, factsOf(out, REPORTS.find(([id]) => id === out)![1]));
      index.apply({ sources: [{ sourceId: out, facts: held.get(out)! }] });
      expect(shown(index.groups), `after putting ${out} back`).toEqual(shown(groupFacts([...held.values()].flat())));
    }
  });

  it('on the generated corpus, source by source: a full regroup’s groups, from a part of the project', () => {
    const facts = (i: number) => {
      const article = corpusArticle(i);
      const clean = cleanArticle(article.text);
      return extractFacts({ sourceId: `gen${i}`, text: clean.text, publishedAt: clean.meta.publishedAt ?? null });
    };
    const held = Array.from({ length: 60 }, (_, i) => facts(i)).flat();
    const index = VerifyIndex.of(held);
    const parts: number[] = [];
    for (let i = 60; i < 72; i++) {
      const fresh = facts(i);
      held.push(...fresh);
      index.apply({ sources: [{ sourceId: `gen${i}`, facts: fresh }] });
      expect(shown(index.groups), `after gen${i}`).toEqual(shown(groupFacts(held)));
      expect(index.lastFigureChange.judged).toBe('part');
      parts.push(index.lastFigureChange.part / index.lastFigureChange.candidates);
    }
    // Most of the project is not judged again (the corpus repeats each report in many outlets,
    // so a new source's partners are many; a real project's are fewer).
    expect(Math.max(...parts)).toBeLessThan(0.8);
    // Sources taken out and read again, shortened: their clusters judged again, the rest kept.
    for (const i of [3, 61, 17]) {
      const before = held.filter((f) => f.sourceId === `gen${i}`);
      const shorter = before.slice(0, Math.ceil(before.length / 2));
      held.splice(0, held.length, ...held.filter((f) => f.sourceId !== `gen${i}`));
      index.apply({ remove: [`gen${i}`] });
      expect(shown(index.groups), `after taking out gen${i}`).toEqual(shown(groupFacts(held)));
      expect(index.lastFigureChange.judged).toBe('part');
      held.push(...shorter);
      index.apply({ sources: [{ sourceId: `gen${i}`, facts: shorter }] });
      expect(shown(index.groups), `after reading gen${i} again, shorter`).toEqual(shown(groupFacts(held)));
    }
  });
});
