// The conflict rules of grouping (src/core/verify/index.ts RULE_IDS) on invented reports: which
// differing figures are a conflict, which measure different things, and what the reason names.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../../src/core/extract';
import { groupFacts } from '../../../../src/core/verify';
import type { Group } from '../../../../src/core/model';

function groups(sources: Array<[string, string]>): Group[] {
  return groupFacts(sources.flatMap(([sourceId, text]) => extractFacts({ sourceId, text, publishedAt: '2031-03-02' })));
}
const conflicts = (gs: Group[]) => gs.filter((g) => g.relation === 'conflict');

describe('conflict.hedge-interval', () => {
  it('sets a figure against a hedge it falls outside, and names the rule', () => {
    const found = conflicts(groups([
      ['a', 'Around 500 people were killed by the floods along the Varna river.'],
      ['b', 'The floods along the Varna river killed 342 people.'],
    ]));
    expect(found).toHaveLength(1);
    expect(found[0]!.reason).toContain('[conflict.hedge-interval]');
  });
  it('finds no conflict where both figures can hold by their hedges', () => {
    expect(conflicts(groups([
      ['a', 'More than 300 people were killed by the floods along the Varna river.'],
      ['b', 'The floods along the Varna river killed 342 people.'],
    ]))).toEqual([]);
  });
});

describe('conflict.change-not-level', () => {
  it('never sets a change or the level it started from against a level', () => {
    expect(conflicts(groups([
      ['a', 'The Greens now hold 14 seats on the regional council.'],
      ['b', 'The Greens gained three seats on the regional council, rising from 11 to 14.'],
    ]))).toEqual([]);
  });
  it('never sets a figure to reach against one reached', () => {
    expect(conflicts(groups([
      ['a', 'The Greens fell short of the 31 seats they needed on the regional council.'],
      ['b', 'The Greens won 24 seats on the regional council.'],
    ]))).toEqual([]);
  });
  it('reads "N of the M" as a part and its whole', () => {
    expect(conflicts(groups([
      ['a', 'The Greens won 14 of the 61 seats on the regional council.'],
      ['b', 'The Greens won 14 seats on the regional council.'],
    ]))).toEqual([]);
  });
});

describe('conflict.different-owner and conflict.listed-figures', () => {
  it('does not set the figures of different parties against each other', () => {
    expect(conflicts(groups([
      ['a', 'The Liberals won 40 seats on the regional council, while the Greens took 14 seats on the regional council.'],
      ['b', 'The Greens have won 14 seats on the regional council.'],
      ['c', 'The PLP has won 31 seats on the regional council.'],
    ]))).toEqual([]);
  });
  it('still sets two figures of one owner against each other', () => {
    expect(conflicts(groups([
      ['a', 'The Greens have won 14 seats on the regional council.'],
      ['b', 'The Greens have won 19 seats on the regional council.'],
    ]))).toHaveLength(1);
  });
});

describe('conflict.part-by-place', () => {
  it('keeps the parts of a breakdown by place out of conflict with a total', () => {
    expect(conflicts(groups([
      ['a', 'The floods killed 310 people in Kandar, 52 in Selvi and 9 in Orma, officials said.'],
      ['b', 'The floods killed 371 people, officials said.'],
    ]))).toEqual([]);
  });
});

describe('same.stated-precision', () => {
  it('corroborates a figure with its rounding, and names the rule', () => {
    const gs = groups([
      ['a', 'Two-way trade between Peru and Ghana reached $31.4 billion in 2030.'],
      ['b', 'Trade between Peru and Ghana reached $31 billion in 2030.'],
    ]);
    const corroborated = gs.filter((g) => g.relation === 'corroborated' && g.reason?.includes('billion'));
    expect(corroborated).toHaveLength(1);
    expect(corroborated[0]!.reason).toContain('[same.stated-precision]');
    expect(conflicts(gs)).toEqual([]);
  });
});
