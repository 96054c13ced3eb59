// Who's who on invented facts: one person under three names across sources, a surname two people
// share left alone, a speaker that is a body, and the order (most sources first).
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../src/core/entities/fold';
import type { Entity, Fact } from '../../../src/core/model';
import { whosWho } from '../../../src/core/whosWho';

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
