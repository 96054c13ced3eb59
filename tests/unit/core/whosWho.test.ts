// Who's who on invented facts: one person under three names across sources, a surname two people
// share left alone, a speaker that is a body, and the order (most sources first); then the
// analyst's merges and splits over it, and its growth.
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../src/core/entities/fold';
import type { Entity, Fact, WhoDecision } from '../../../src/core/model';
import { whoBase, whosWho, whoWithDecisions, type WhoEntry } from '../../../src/core/whosWho';
import { growthOverFloor } from './generatedProject';

let n = 0;
function fact(sourceId: string, entities: Entity[], speaker?: string): Fact {
  n += 1;
  return {
    id: `fact_${n}`,
    sourceId,
    text: `Sentence ${n}.`,
    start: 0,
    end: 10,
    kind: 'claim',
    values: [],
    entities,
    subject: '',
    ...(speaker ? { speaker, speakerKey: nameKey(speaker) } : {}),
  };
}
const person = (name: string): Entity => ({ name, type: 'person', key: nameKey(name) });
const body = (name: string, key: string): Entity => ({ name, type: 'organisation', key });
const place = (name: string): Entity => ({ name, type: 'place', key: name.toLowerCase() });

describe('whosWho', () => {
  const facts = [
    fact('src_a', [person('Amara Velloso'), place('Port Veyra')]),
    fact('src_b', [person('Velloso')], 'President Velloso'),
    fact('src_c', [place('Port Veyra')], 'Amara Velloso'),
    fact('src_a', [person('Tomas Quill'), person('Ines Quill')]),
    fact('src_b', [person('Quill')]),
    fact('src_c', [body('Harbour Authority of Veyra', 'hav'), body('HAV', 'hav')], 'HAV'),
  ];
  const entries = whosWho(facts);
  const named = (name: string) => entries.find((e) => e.variants.some((v) => v.name === name));

  it('gathers one person under the names the sources give (surname alone, a title, the full name)', () => {
    const velloso = named('Amara Velloso')!;
    expect(velloso.type).toBe('person');
    expect(velloso.name).toBe('Amara Velloso');
    expect(velloso.variants.map((v) => v.name).sort()).toEqual(['Amara Velloso', 'President Velloso', 'Velloso']);
    expect(velloso.factPositions).toEqual([0, 1, 2]);
    expect(velloso.sourceIds.sort()).toEqual(['src_a', 'src_b', 'src_c']);
    expect(named('President Velloso')).toBe(velloso);
  });

  it('leaves a surname two people share on its own: it could be either', () => {
    expect(named('Quill')).not.toBe(named('Tomas Quill'));
    expect(named('Quill')).not.toBe(named('Ines Quill'));
    expect(named('Tomas Quill')).not.toBe(named('Ines Quill'));
  });

  it('files a speaker that the sources name as a body under the body, with its long and short names', () => {
    const hav = named('HAV')!;
    expect(hav.type).toBe('organisation');
    expect(hav.variants.map((v) => v.name).sort()).toEqual(['HAV', 'Harbour Authority of Veyra']);
    expect(entries.filter((e) => e.type === 'person' && e.variants.some((v) => v.name === 'HAV'))).toEqual([]);
  });

  it('puts who most sources mention first', () => {
    expect(entries[0]!.sourceIds.length).toBe(3);
    const counts = entries.map((e) => e.sourceIds.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});

describe("whosWho with the analyst's merges and splits", () => {
  let decisionCount = 0;
  const merge = (into: string, ...names: string[]): WhoDecision => ({
    kind: 'merge',
    id: `who_${++decisionCount}`,
    into: { type: 'person', name: into },
    names: [into, ...names].map((name) => ({ type: 'person' as const, name })),
    at: '2031-03-05T10:00:00.000Z',
  });
  const split = (name: string, type: 'person' | 'place' = 'person'): WhoDecision => ({
    kind: 'split',
    id: `who_${++decisionCount}`,
    name: { type, name },
    at: '2031-03-05T10:01:00.000Z',
  });
  // Two outlets spell one leader two ways the fold cannot join (two transliterations), and one
  // names a minister by a one-word name the engine joins to a full name that ends with it.
  const facts = [
    fact('src_a', [person('Volodymyr Zelenskyy')]),
    fact('src_b', [person('Wolodymyr Selenskyj')]),
    fact('src_b', [person('Wolodymyr Selenskyj'), place('Hanoi')]),
    fact('src_c', [person('Nguyen Van An')]),
    fact('src_c', [person('An')]),
  ];
  const nameOf = (entries: WhoEntry[], name: string) => entries.find((e) => e.variants.some((v) => v.name === name));

  it('merges two entries into one with all their names, facts and sources, under the name merged into', () => {
    const before = whosWho(facts);
    expect(nameOf(before, 'Volodymyr Zelenskyy')).not.toBe(nameOf(before, 'Wolodymyr Selenskyj'));
    const entries = whosWho(facts, [merge('Volodymyr Zelenskyy', 'Wolodymyr Selenskyj')]);
    const lam = nameOf(entries, 'Volodymyr Zelenskyy')!;
    expect(nameOf(entries, 'Wolodymyr Selenskyj')).toBe(lam);
    expect(lam.name).toBe('Volodymyr Zelenskyy');
    expect(lam.id).toBe(nameOf(before, 'Volodymyr Zelenskyy')!.id);
    expect(lam.variants).toEqual([
      { name: 'Wolodymyr Selenskyj', count: 2 },
      { name: 'Volodymyr Zelenskyy', count: 1 },
    ]);
    expect(lam.factPositions).toEqual([0, 1, 2]);
    expect(lam.sourceIds.sort()).toEqual(['src_a', 'src_b']);
    expect(lam.decided).toBe(true);
    expect(entries).toHaveLength(before.length - 1);
    expect(nameOf(entries, 'Hanoi')!.decided).toBe(false);
  });

  it('splits a name the engine joined wrongly out into its own entry, with the facts that use it', () => {
    const before = whosWho(facts);
    expect(nameOf(before, 'An')).toBe(nameOf(before, 'Nguyen Van An'));
    const entries = whosWho(facts, [split('An')]);
    const an = nameOf(entries, 'An')!;
    const full = nameOf(entries, 'Nguyen Van An')!;
    expect(an).not.toBe(full);
    expect(an.variants).toEqual([{ name: 'An', count: 1 }]);
    expect(an.factPositions).toEqual([4]);
    expect(full.factPositions).toEqual([3]);
    expect(full.id).toBe(nameOf(before, 'An')!.id);
    expect(an.id).not.toBe(full.id);
    expect([an.decided, full.decided]).toEqual([true, true]);
  });

  it('splits one spelling out of a folded key, leaving the other spelling where it was', () => {
    const twins = [fact('src_a', [person('Tô Lâm')]), fact('src_b', [person('To Lam')])];
    expect(whosWho(twins)).toHaveLength(1);
    const entries = whosWho(twins, [split('To Lam')]);
    expect(entries.map((e) => e.name).sort()).toEqual(['To Lam', 'Tô Lâm']);
    expect(new Set(entries.map((e) => e.id)).size).toBe(2);
  });

  it('takes a later split over an earlier merge, and a later merge over an earlier split', () => {
    const merged = merge('Volodymyr Zelenskyy', 'Wolodymyr Selenskyj');
    const entries = whosWho(facts, [merged, split('Wolodymyr Selenskyj')]);
    expect(nameOf(entries, 'Volodymyr Zelenskyy')).not.toBe(nameOf(entries, 'Wolodymyr Selenskyj'));
    expect(nameOf(entries, 'Volodymyr Zelenskyy')!.factPositions).toEqual([0]);
    expect(nameOf(entries, 'Wolodymyr Selenskyj')!.factPositions).toEqual([1, 2]);
    // The head named by the merge was split out: the entry left is named by its own names again.
    const headOut = whosWho(facts, [merged, split('Volodymyr Zelenskyy')]);
    expect(nameOf(headOut, 'Wolodymyr Selenskyj')!.name).toBe('Wolodymyr Selenskyj');
    const again = whosWho(facts, [split('An'), merge('Nguyen Van An', 'An')]);
    expect(nameOf(again, 'An')).toBe(nameOf(again, 'Nguyen Van An'));
    expect(nameOf(again, 'An')!.name).toBe('Nguyen Van An');
  });

  it('is as if never made once a decision is taken out (undo), and the same for the same input', () => {
    const decisions = [merge('Volodymyr Zelenskyy', 'Wolodymyr Selenskyj'), split('An')];
    expect(whosWho(facts, decisions)).toEqual(whosWho(facts, decisions));
    expect(whosWho(facts, decisions.slice(0, 1))).toEqual(whosWho(facts, [decisions[0]!]));
    const none = whosWho(facts, []);
    expect(whosWho(facts, decisions.slice(0, 0))).toEqual(none);
    expect(whosWho(facts)).toEqual(none);
  });

  it('holds through re-extraction and new sources wherever the names still stand', () => {
    const decisions = [merge('Volodymyr Zelenskyy', 'Wolodymyr Selenskyj'), split('An')];
    // Read again: other ids, other order, and a new source that uses both names and a new one.
    const reread = [
      fact('src_d', [person('Wolodymyr Selenskyj'), person('Volodymyr Zelenskyy')]),
      fact('src_c', [person('An')]),
      fact('src_b', [person('Wolodymyr Selenskyj')]),
      fact('src_a', [person('Volodymyr Zelenskyy')]),
      fact('src_c', [person('Nguyen Van An')]),
      fact('src_d', [person('Zelenskyy')]),
    ];
    const entries = whosWho(reread, decisions);
    const lam = nameOf(entries, 'Volodymyr Zelenskyy')!;
    expect(nameOf(entries, 'Wolodymyr Selenskyj')).toBe(lam);
    expect(lam.name).toBe('Volodymyr Zelenskyy');
    expect(lam.sourceIds.sort()).toEqual(['src_a', 'src_b', 'src_d']);
    expect(nameOf(entries, 'An')).not.toBe(nameOf(entries, 'Nguyen Van An'));
  });

  it('passes over a decision naming names no longer in the project, keeping what it names that is', () => {
    const none = whosWho(facts);
    expect(whosWho(facts, [merge('Somebody Gone', 'Nobody Either'), split('Never There')])).toEqual(none);
    // One name of a merge still stands, nothing to join it to: nothing changes.
    expect(whosWho(facts, [merge('Volodymyr Zelenskyy', 'Gone Now')]).map((e) => e.variants)).toEqual(none.map((e) => e.variants));
    // The name merged into is gone: the names left are still merged, under their own name.
    const headless = whosWho(facts, [merge('Gone Now', 'Volodymyr Zelenskyy', 'Wolodymyr Selenskyj')]);
    expect(nameOf(headless, 'Volodymyr Zelenskyy')).toBe(nameOf(headless, 'Wolodymyr Selenskyj'));
    expect(nameOf(headless, 'Volodymyr Zelenskyy')!.name).toBe('Wolodymyr Selenskyj');
    // Splitting an entry's only name, or a name of another kind, changes nothing.
    expect(whosWho(facts, [split('Volodymyr Zelenskyy')])).toEqual(none);
    expect(whosWho(facts, [split('An', 'place')])).toEqual(none);
  });

  it('merges across kinds under the kind of the entry merged into', () => {
    const mixed = [fact('src_a', [body('Veyra Shipping Board', 'vsb')]), fact('src_b', [person('Veyra Shipping Board Chair')])];
    const entries = whosWho(mixed, [
      {
        kind: 'merge',
        id: 'who_mixed',
        into: { type: 'organisation', name: 'Veyra Shipping Board' },
        names: [
          { type: 'organisation', name: 'Veyra Shipping Board' },
          { type: 'person', name: 'Veyra Shipping Board Chair' },
        ],
        at: '2031-03-05T10:00:00.000Z',
      },
    ]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ type: 'organisation', name: 'Veyra Shipping Board', factPositions: [0, 1] });
    expect(entries[0]!.names).toHaveLength(2);
  });

  it('never joins two entries by splitting a name both hold (one name, two people)', () => {
    const chair = (key: string): Entity => ({ name: 'Chair Lindqvist', type: 'person', key });
    const two = [
      fact('src_a', [{ name: 'Anna Lindqvist', type: 'person', key: 'k_anna' }, chair('k_anna')]),
      fact('src_b', [{ name: 'Bo Lindqvist', type: 'person', key: 'k_bo' }, chair('k_bo')]),
    ];
    expect(whosWho(two).map((e) => e.variants.length)).toEqual([2, 2]);
    const entries = whosWho(two, [split('Chair Lindqvist')]);
    expect(entries).toHaveLength(4);
    const chairs = entries.filter((e) => e.name === 'Chair Lindqvist');
    expect(chairs.map((e) => e.factPositions)).toEqual([[0], [1]]);
    expect(new Set(entries.map((e) => e.id)).size).toBe(4);
  });

  it('works out again only the entries a decision touches, leaving the automatic grouping as it was', () => {
    const base = whoBase(facts);
    const before = whoWithDecisions(base, []);
    const entries = whoWithDecisions(base, [merge('Volodymyr Zelenskyy', 'Wolodymyr Selenskyj'), split('An')]);
    // Hanoi was touched by neither: the very entry of the automatic grouping.
    expect(nameOf(entries, 'Hanoi')).toBe(nameOf(before, 'Hanoi'));
    expect(nameOf(entries, 'An')).not.toBe(nameOf(before, 'An'));
    // The base is unchanged: without the decisions, Who's who is as before them.
    expect(whoWithDecisions(base, [])).toEqual(before);
    expect(whoWithDecisions(base, [])).toEqual(whosWho(facts));
    expect(whoWithDecisions(base, [split('An'), merge('Nguyen Van An', 'An')])).toEqual(whosWho(facts, [split('An'), merge('Nguyen Van An', 'An')]));
  });

  it('keeps ids unique when a name is split out, merged back and split again', () => {
    const entries = whosWho(facts, [split('An'), merge('An', 'Nguyen Van An'), split('An'), split('Nguyen Van An')]);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });
});

describe('whosWho growth', () => {
  /** n facts naming n/2 people, each under a full name and a surname, and a merge or split per 20 of them. */
  function generated(n: number): { facts: Fact[]; decisions: WhoDecision[] } {
    const list: Fact[] = [];
    const decisions: WhoDecision[] = [];
    for (let i = 0; i < n; i++) {
      const who = Math.floor(i / 2);
      const given = `Given${who.toString(36)}`;
      const family = `Family${who.toString(36)}`;
      list.push(fact(`src_${i % 7}`, [person(i % 2 ? `${given} ${family}` : family), place(`Town${(i % 50).toString(36)}`)]));
      if (i % 40 === 0 && who > 0) {
        const other = `Given${(who - 1).toString(36)} Family${(who - 1).toString(36)}`;
        decisions.push({ kind: 'merge', id: `who_m${i}`, into: { type: 'person', name: `${given} ${family}` }, names: [{ type: 'person', name: `${given} ${family}` }, { type: 'person', name: other }], at: 'x' });
      }
      if (i % 40 === 20) decisions.push({ kind: 'split', id: `who_s${i}`, name: { type: 'person', name: family }, at: 'x' });
    }
    return { facts: list, decisions };
  }

  it('grows with the facts and decisions as a single pass over the facts does, not with their square', () => {
    const [small, large] = [generated(1_000), generated(4_000)];
    const { growth, floor, excess } = growthOverFloor(small, large, (p) => {
      whosWho(p.facts, p.decisions);
    });
    expect(excess, `CPU time grew ${growth.toFixed(1)}× for 4× the facts; a single pass grew ${floor.toFixed(1)}×`).toBeLessThan(2);
  });
});
