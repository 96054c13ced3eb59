// The fact index: what the groups say about each fact, counted one way for every reader, and
// built in time that grows with the project, not with its square.
import { describe, expect, it } from 'vitest';
import { buildFactIndex, factIndexOf, suggestCredibility } from '../../../src/core/factIndex';
import { CREDIBILITY_WORDS, gradeKey, RELIABILITY_WORDS, supportWords } from '../../../src/core/gradeWords';
import { fact, generatedProject, group, growthOverFloor } from './generatedProject';

describe('the fact index', () => {
  const facts = [fact('f1', 'A'), fact('f2', 'B'), fact('f3', 'C'), fact('f4', 'A'), fact('f5', 'D', '14 ships'), fact('f6', 'E')];
  const groups = [
    group('g1', 'corroborated', ['f1', 'f2']),
    // f1 is in a second corroborating group: its support is the union, A B C.
    group('g2', 'corroborated', ['f1', 'f3', 'f4', 'gone']),
    group('g3', 'conflict', ['f2', 'f5', 'f6']),
  ];
  const index = buildFactIndex({ facts, groups });

  it('counts the distinct sources behind a fact across all its corroborating groups, its own included', () => {
    expect(index.support('f1')).toEqual({
      groupIds: ['g1', 'g2'],
      inConflict: false,
      corroborated: true,
      supportCount: 3,
      conflictingSourceCount: 0,
      suggestedCredibility: 1,
    });
    expect(index.supportCount('f3')).toBe(2); // C and A (f4 is A too; the missing fact counts nothing)
    expect(index.support('f3').suggestedCredibility).toBe(2);
    expect(index.support('f6')).toMatchObject({ corroborated: false, supportCount: 1, suggestedCredibility: 5, conflictingSourceCount: 2 });
    expect(index.support('f5')).toMatchObject({ inConflict: true, conflictingSourceCount: 2 });
  });

  it('a conflict outweighs corroboration: 5 when two or more other sources disagree, 4 for one', () => {
    expect(index.support('f2')).toMatchObject({ inConflict: true, corroborated: true, conflictingSourceCount: 2, suggestedCredibility: 5 });
    expect(suggestCredibility(4, 1, true)).toBe(4);
    expect(suggestCredibility(1, 0, false)).toBe(3);
    expect(index.support('unknown')).toMatchObject({ supportCount: 1, suggestedCredibility: 3, groupIds: [] });
  });

  it('lists partners in group order, each once, and the groups and their sources', () => {
    expect(index.corroboratedWith('f1')).toEqual(['f2', 'f3', 'f4', 'gone']);
    expect(index.corroboratedWith('f5')).toEqual([]);
    expect(index.groupsOf('f2').map((g) => g.id)).toEqual(['g1', 'g3']);
    expect(index.groupSourceCount('g2')).toBe(2);
    expect(index.groupSourceCount('g3')).toBe(3);
  });

  it('keeps orders: most sources first (conflicts first among equals), and by kind', () => {
    const ids = (of: typeof index, by: Parameters<typeof index.order>[0]) => of.order(by).map((p) => of.facts[p]!.id);
    expect(ids(index, 'document')).toEqual(['f1', 'f2', 'f3', 'f4', 'f5', 'f6']);
    expect(ids(index, 'support')).toEqual(['f1', 'f2', 'f3', 'f4', 'f5', 'f6']);
    // Without g1: f3 and f4 have two sources; f5 and f6 one each, both in conflict.
    const two = buildFactIndex({ facts: facts.slice(2), groups: groups.slice(1) });
    expect(ids(two, 'support')).toEqual(['f3', 'f4', 'f5', 'f6']);
    const kinds = buildFactIndex({ facts: [{ ...facts[0]!, kind: 'quote' }, facts[1]!], groups: [] });
    expect(ids(kinds, 'kind')).toEqual(['f2', 'f1']);
  });

  it('sums up each conflict: the values given, each once, and how many sources give them', () => {
    expect(index.conflicts()).toEqual([
      { groupId: 'g3', subject: 'fleet', reason: 'conflict g3', values: ['12 ships', '14 ships'], sourceCount: 3, factIds: ['f2', 'f5', 'f6'] },
    ]);
  });

  it('is built once for the same facts and groups, and again when either is replaced', () => {
    const input = { facts, groups };
    const first = factIndexOf(input);
    expect(factIndexOf({ facts, groups })).toBe(first);
    expect(factIndexOf({ facts: [...facts], groups })).not.toBe(first);
  });
});

describe('the grade words', () => {
  it('word each grade once, for the screen and the paper', () => {
    expect(supportWords(3)).toBe('corroborated by 3 sources');
    expect(CREDIBILITY_WORDS[6]).toBe('truth cannot be judged');
    expect(gradeKey()).toContain(`F (${RELIABILITY_WORDS.F})`);
    expect(gradeKey()).toContain(`6 (${CREDIBILITY_WORDS[6]})`);
  });
});

describe('growth', () => {
  it('building the index grows with the facts as a single pass over them does, not with their square', () => {
    const [small, large] = [generatedProject(5_000), generatedProject(20_000)];
    const { growth, floor, excess } = growthOverFloor(small, large, (p) => {
      const index = buildFactIndex(p);
      index.order('support');
      index.conflicts();
      for (let i = 0; i < p.facts.length; i++) index.supportAt(i);
    });
    // 4× the facts: a quadratic build would grow about 4× faster than the floor.
    expect(excess, `CPU time grew ${growth.toFixed(1)}× for 4× the facts; a single pass grew ${floor.toFixed(1)}×`).toBeLessThan(2);
  });
});
