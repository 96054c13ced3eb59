// figure.same-event: figures of the same type and value, stated in clauses an event rule joined as
// one report, are one report too, however differently the words around each figure run. Invented
// reports.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../../src/core/extract';
import { groupFacts } from '../../../../src/core/verify';
import type { Fact, Group } from '../../../../src/core/model';

function run(a: string, b: string): { facts: Map<string, Fact>; groups: Group[] } {
  const facts = [extractFacts({ sourceId: 'a', text: a, publishedAt: '2031-05-02' }), extractFacts({ sourceId: 'b', text: b, publishedAt: '2031-05-02' })].flat();
  return { facts: new Map(facts.map((f) => [f.id, f])), groups: groupFacts(facts) };
}
const joins = ({ facts, groups }: ReturnType<typeof run>, canonical: string) =>
  groups.some((g) => g.relation === 'corroborated' && new Set(g.factIds.filter((id) => facts.get(id)?.values[0]?.canonical === canonical).map((id) => facts.get(id)!.sourceId)).size === 2);

describe('figure.same-event', () => {
  it('joins the figures of two clauses reported as one event, though their own words differ', () => {
    const r = run('The Harbour League has won 41 of the 90 seats in the Valdorian assembly.', 'The governing Harbour League has won fewer than half of the seats in the Valdorian assembly, holding 41 of the 90.');
    expect(joins(r, '41')).toBe(true);
    expect(joins(r, '90')).toBe(true);
    expect(r.groups.find((g) => g.rule === 'figure.same-event')?.reason).toMatch(/one event/);
  });
  it('does not join the same number stated about another event', () => {
    const r = run('The Harbour League has won 41 of the 90 seats in the Valdorian assembly.', 'The port authority of Valdoria hired 41 pilots for the northern harbour this spring.');
    expect(joins(r, '41')).toBe(false);
  });
});

describe('figure.same-event and owners', () => {
  it('does not join figures of different stated owners in one event', () => {
    const r = run('The Harbour League won 41 seats and the Tide Party won 20 seats in the Valdorian assembly.', 'The Harbour League has gained four seats, rising from 16 to 20.');
    expect(joins(r, '20')).toBe(false);
  });
});
