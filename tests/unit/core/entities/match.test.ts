import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../../src/core/model';
import { extractFacts } from '../../../../src/core/extract';
import { nameKey } from '../../../../src/core/entities/fold';
import { entitiesMatch, matchRule } from '../../../../src/core/entities/match';

/** Every entity one invented source names. */
function entitiesOf(text: string): Entity[] {
  const out = new Map<string, Entity>();
  for (const f of extractFacts({ sourceId: 's', text, publishedAt: null })) for (const e of f.entities) out.set(`${e.type}:${e.key}`, e);
  return [...out.values()];
}

function one(text: string, type: Entity['type']): Entity {
  const found = entitiesOf(text).filter((e) => e.type === type);
  expect(found).toHaveLength(1);
  return found[0]!;
}

const person = (name: string): Entity => ({ name, type: 'person', key: nameKey(name) });

describe('person keys across sources', () => {
  it('strips titles, so a titled surname is a subset of the full name', () => {
    expect(nameKey('President Okonjo')).toBe('okonjo');
    expect(nameKey('Deputy Prime Minister Hana Vesely')).toBe(nameKey('Hana Vesely'));
    const a = one('President Tomas Okonjo opened 12 clinics on Monday.', 'person');
    const b = one('Speaking on Monday, President Okonjo said 12 clinics had opened.', 'person');
    expect(a.key).toBe(nameKey('Tomas Okonjo'));
    expect(b.key).toBe('okonjo');
    expect(matchRule(a, b)).toBe('person.name-subset');
  });
  it('matches a surname with a title to the full name only by its name words', () => {
    expect(entitiesMatch(person('Mr Park'), person('Park Ji-woo'))).toBe(true);
    expect(entitiesMatch(person('Mr Park'), person('Kim Ji-woo'))).toBe(false);
  });
  it('does not match two people who share a first name', () => {
    expect(entitiesMatch(person('Amara Diallo'), person('Amara Ndiaye'))).toBe(false);
    expect(entitiesMatch(person('Amara Diallo'), person('Diallo Amara'))).toBe(true);
  });
  it('folds diacritics and keeps name particles and regnal numbers in the name', () => {
    expect(entitiesMatch(person('Zoë Brandão'), person('Zoe Brandao'))).toBe(true);
    const particle = one('Chancellor Greta van der Mollen arrived on 3 May 2021 with 40 aides.', 'person');
    expect(particle.name).toBe('Greta van der Mollen');
    const king = one('King Harald IV opened 3 bridges in 2019.', 'person');
    expect(king.name).toBe('Harald IV');
  });
  it('reads an office between two titles as no name', () => {
    const found = entitiesOf('Deputy Regional Planning Adviser Lina Moreau said 5 roads would close in 2022.').filter((e) => e.type === 'person');
    expect(found.map((e) => e.name)).toEqual(['Lina Moreau']);
  });
});

describe('place and body aliases across sources', () => {
  it('gives one place key to the abbreviations and short forms of a country', () => {
    const keys = ['Talks with the U.S. ended in 2020.', 'Talks with the US ended in 2020.', 'Talks with the United States ended in 2020.', 'Talks with America ended in 2020.'].map((t) => one(t, 'place').key);
    expect(new Set(keys)).toEqual(new Set(['united states']));
    const uk = ['Exports to the UK rose 4% in 2021.', 'Exports to Britain rose 4% in 2021.', 'Exports to the United Kingdom rose 4% in 2021.'].map((t) => one(t, 'place').key);
    expect(new Set(uk)).toEqual(new Set(['united kingdom']));
    expect(one('Exports to Central America rose 4% in 2021.', 'place').key).toBe('central america');
  });
  it('does not read a currency as the country', () => {
    expect(entitiesOf('The fund holds US$4 billion.').filter((e) => e.type === 'place')).toEqual([]);
  });
  it('keys a known international body the same by acronym and long form', () => {
    const a = one('The European Union pledged 30 million euros in 2022.', 'organisation');
    const b = one('The EU pledged 30 million euros in 2022.', 'organisation');
    expect(a.key).toBe(b.key);
    expect(entitiesMatch(a, b)).toBe(true);
  });
  it('matches a defined acronym in one source to the long form in another', () => {
    const a = one('The Coastal Fisheries Board (CFB) issued 40 licences in 2023.', 'organisation');
    const b = one('The Coastal Fisheries Board issued 40 licences in 2023.', 'organisation');
    const c = one('The CFB issued 40 licences in 2023.', 'organisation');
    expect(a.key).toBe(c.key);
    expect(matchRule(a, b)).toBe('body.alias');
    expect(matchRule(b, c)).toBe('body.alias');
    const other = one('The Coastal Farming Bureau issued 40 licences in 2023.', 'organisation');
    expect(entitiesMatch(other, person('Coastal Fisheries'))).toBe(false);
    expect(entitiesMatch(b, other)).toBe(false);
  });
  it('never matches across types', () => {
    expect(entitiesMatch({ name: 'Georgia', type: 'place', key: 'georgia' }, { name: 'Georgia', type: 'person', key: 'georgia' })).toBe(false);
  });
});
