// Relative dates in grouping, on invented reports: the same day told as "on Tuesday" and as
// "yesterday" by outlets published a day apart corroborates; an inferred day sets no alarm against
// the stated day of another event.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../../src/core/extract';
import { groupFacts } from '../../../../src/core/verify';
import type { Fact } from '../../../../src/core/model';

function run(sources: Array<[string, string, string | null]>): { facts: Fact[]; groups: ReturnType<typeof groupFacts> } {
  const facts = sources.flatMap(([sourceId, text, publishedAt]) => extractFacts({ sourceId, text, publishedAt }));
  return { facts, groups: groupFacts(facts) };
}

function dateGroupSources(facts: Fact[], groups: ReturnType<typeof groupFacts>, relation: 'corroborated' | 'conflict'): string[][] {
  const byId = new Map(facts.map((f) => [f.id, f]));
  return groups
    .filter((g) => g.relation === relation && g.factIds.some((id) => byId.get(id)!.kind === 'date'))
    .map((g) => [...new Set(g.factIds.map((id) => byId.get(id)!.sourceId))].sort());
}

describe('relative dates in groups', () => {
  it('corroborates one day told as a weekday, as "yesterday" and as a full date', () => {
    const { facts, groups } = run([
      ['a', 'The Chilean president ended a two-day state visit to Peru on Tuesday.', '2024-06-11'],
      ['b', 'A two-day state visit to Peru by the Chilean president ended yesterday.', '2024-06-12'],
      ['c', 'The Chilean president ended his state visit to Peru on June 11, 2024.', '2024-06-14'],
    ]);
    expect(dateGroupSources(facts, groups, 'corroborated')).toContainEqual(['a', 'b', 'c']);
    expect(dateGroupSources(facts, groups, 'conflict')).toEqual([]);
  });
  it('does not set an inferred day against the stated day of another event', () => {
    const { facts, groups } = run([
      ['a', 'Protesters marched through Quito on Monday against the new fuel tax.', '2024-06-12'],
      ['b', 'Farmers marched through Quito on 3 June 2024, a week before the vote on the tax.', '2024-06-12'],
      ['c', 'The Ecuadorian congress passed the fuel tax yesterday.', '2024-06-12'],
    ]);
    expect(dateGroupSources(facts, groups, 'conflict')).toEqual([]);
  });
  it('does not corroborate the same weekday of two different weeks', () => {
    const { facts, groups } = run([
      ['a', 'The Chilean president ended a two-day state visit to Peru on Tuesday.', '2024-06-11'],
      ['b', 'The Chilean president ended a two-day state visit to Peru on Tuesday.', '2024-06-20'],
    ]);
    expect(dateGroupSources(facts, groups, 'corroborated')).toEqual([]);
  });
});
