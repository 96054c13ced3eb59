// Grouping when many sources report alike things: the pair search skips pairs it can prove
// cannot change the groups (already in one cluster; values that meet only to conflict), so
// these check that nothing a reader would see is lost by it.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../../src/core/extract';
import { groupFacts } from '../../../../src/core/verify';
import type { Fact, Group } from '../../../../src/core/model';

function factsOf(sources: Array<[string, string]>): Fact[] {
  return sources.flatMap(([sourceId, text]) => extractFacts({ sourceId, text, publishedAt: '2024-05-02' }));
}

/** The groups about money figures (the sentences below also date the figure, and those dates group too). */
function moneyGroups(groups: readonly Group[], facts: readonly Fact[], relation: Group['relation']): Group[] {
  const money = new Set(facts.filter((f) => f.values[0]?.type === 'money').map((f) => f.id));
  return groups.filter((g) => g.relation === relation && g.factIds.every((id) => money.has(id)));
}

function sourcesIn(g: Group | undefined, facts: readonly Fact[]): string[] {
  const byId = new Map(facts.map((f) => [f.id, f.sourceId]));
  return [...new Set((g?.factIds ?? []).map((id) => byId.get(id)!))].sort();
}

describe('grouping many sources', () => {
  it('finds a conflict between figures orders of magnitude apart', () => {
    const facts = factsOf([
      ['a', 'About 41,000 Filipinos live and work in Italy.'],
      ['b', 'About 4,100,000 Filipinos live and work in Italy.'],
    ]);
    const conflicts = groupFacts(facts).filter((g) => g.relation === 'conflict');
    expect(conflicts).toHaveLength(1);
    expect(sourcesIn(conflicts[0], facts)).toEqual(['a', 'b']);
  });

  it('corroborates a figure rounded across a power of ten', () => {
    const facts = factsOf([
      ['a', 'Trade between Chile and Korea totaled US$9.98 billion in 2023.'],
      ['b', 'Trade between Chile and Korea totaled US$10 billion in 2023.'],
    ]);
    const groups = groupFacts(facts);
    expect(moneyGroups(groups, facts, 'corroborated').map((g) => sourcesIn(g, facts))).toEqual([['a', 'b']]);
    expect(groups.filter((g) => g.relation === 'conflict')).toEqual([]);
  });

  it('puts 60 sources giving one figure in one group, 60 giving another in a second, and both in one conflict', () => {
    const sources: Array<[string, string]> = Array.from({ length: 120 }, (_, k) => [
      `s${String(k).padStart(3, '0')}`,
      `Trade between Chile and Korea totaled US$${k % 2 ? '15.1' : '12.4'} billion in 2023.`,
    ]);
    const facts = factsOf(sources);
    const even = sources.filter((_, k) => k % 2 === 0).map(([id]) => id);
    const odd = sources.filter((_, k) => k % 2 === 1).map(([id]) => id);
    const check = (groups: Group[]) => {
      const corroborated = moneyGroups(groups, facts, 'corroborated').map((g) => sourcesIn(g, facts));
      expect(corroborated.sort((x, y) => (x[0]! < y[0]! ? -1 : 1))).toEqual([even, odd]);
      const conflicts = moneyGroups(groups, facts, 'conflict');
      expect(conflicts).toHaveLength(1);
      expect(conflicts[0]!.factIds).toHaveLength(120);
      expect(groups.filter((g) => g.relation === 'conflict')).toHaveLength(1);
    };
    const groups = groupFacts(facts);
    check(groups);
    // The pair search visits pairs in an order that depends on the facts' ids, not their order.
    const reversed = groupFacts([...facts].reverse());
    expect(reversed).toEqual(groups);
  });
});
