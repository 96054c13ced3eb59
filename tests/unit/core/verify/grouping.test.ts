// Grouping across sources on invented reports about other events.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../../src/core/extract';
import { groupFacts } from '../../../../src/core/verify';
import { buildFactIndex } from '../../../../src/core/factIndex';
import type { Fact, Group } from '../../../../src/core/model';

function run(sources: Array<[string, string, (string | null)?]>): { facts: Fact[]; groups: Group[] } {
  const facts = sources.flatMap(([sourceId, text, publishedAt]) => extractFacts({ sourceId, text, publishedAt: publishedAt ?? '2024-05-02' }));
  return { facts, groups: groupFacts(facts) };
}

function suggested(factId: string, groups: Group[], facts: Fact[]): number {
  return buildFactIndex({ facts, groups }).support(factId).suggestedCredibility;
}

function groupWith(groups: Group[], facts: Fact[], relation: Group['relation'], pattern: RegExp): Group | undefined {
  const ids = new Set(facts.filter((f) => pattern.test(f.text)).map((f) => f.id));
  return groups.find((g) => g.relation === relation && g.factIds.some((id) => ids.has(id)));
}

function sourcesIn(g: Group | undefined, facts: Fact[]): string[] {
  const byId = new Map(facts.map((f) => [f.id, f.sourceId]));
  return [...new Set((g?.factIds ?? []).map((id) => byId.get(id)!))].sort();
}

describe('corroboration', () => {
  it('groups one figure that three sources report in different words', () => {
    const { facts, groups } = run([
      ['a', 'Trade between Chile and Korea totaled US$12.4 billion in 2023.'],
      ['b', 'Chile–Korea trade hit $12.4 billion in 2023, officials said.'],
      ['c', 'In 2023, two-way trade between Korea and Chile reached US$12.4 billion.'],
    ]);
    const g = groupWith(groups, facts, 'corroborated', /12\.4/);
    expect(sourcesIn(g, facts)).toEqual(['a', 'b', 'c']);
    expect(groups.filter((x) => x.relation === 'conflict')).toEqual([]);
  });
  it('lets a more precise date corroborate a less precise one', () => {
    const { facts, groups } = run([
      ['a', 'Peru and Ghana established diplomatic relations in 1962.'],
      ['b', 'Peru and Ghana officially established diplomatic relations on June 4, 1962.'],
    ]);
    expect(sourcesIn(groupWith(groups, facts, 'corroborated', /1962/), facts)).toEqual(['a', 'b']);
  });
  it('groups one attributed statement two sources report, and not two statements that share only the verb', () => {
    const { facts, groups } = run([
      ['a', 'Minister Okafor said the port expansion would be finished before the rainy season.\n“We were warned. We cannot afford another delay on this road,” he said.'],
      ['b', 'The port expansion will be finished before the rainy season, Minister Okafor said.\n“Trade is slow. Prices at the market have not moved since spring,” she said.'],
    ]);
    expect(sourcesIn(groupWith(groups, facts, 'corroborated', /port expansion/), facts)).toEqual(['a', 'b']);
    expect(groupWith(groups, facts, 'corroborated', /delay on this road|Prices at the market/)).toBeUndefined();
  });
  it('joins a value worded differently when both sentences state a figure the sources agree on', () => {
    const { facts, groups } = run([
      ['a', 'Norway will give US$80 million to rebuild clinics in the north over four years.'],
      ['b', 'Norway pledged $80 million to rebuild northern clinics, to be spent within four years.'],
    ]);
    const g = groupWith(groups, facts, 'corroborated', /four years/);
    expect(sourcesIn(g, facts)).toEqual(['a', 'b']);
    expect(g?.reason).toMatch(/stated beside US\$80 million/);
  });
  it('does not join by a shared sentence a value said twice in it, nor a bare year', () => {
    const { facts, groups } = run([
      ['a', 'Canada is the largest buyer and the largest investor, with $2.1 billion in 2023.'],
      ['b', 'With $2.1 billion invested, Canada was the largest source of capital in 2023.'],
    ]);
    expect(groupWith(groups, facts, 'corroborated', /2\.1 billion/)).toBeDefined();
    for (const g of groups.filter((x) => x.relation === 'corroborated')) expect(g.reason).not.toMatch(/stated beside/);
  });
  it('lets a precise sum meet on fewer shared words than a round one', () => {
    const { facts, groups } = run([
      ['a', 'A Danish shipbuilder promised a $370 million dry dock in Mombasa.'],
      ['b', 'The shipbuilder Maersk-Ode said it would invest US$370m in a dock yard near Kilindini.'],
      ['c', 'A Danish fund promised a $300 million solar farm in Kisumu.'],
      ['d', 'The fund Nordsol said it would put US$300m into a farm yard near Lake Victoria.'],
    ]);
    expect(sourcesIn(groupWith(groups, facts, 'corroborated', /370/), facts)).toEqual(['a', 'b']);
    expect(groupWith(groups, facts, 'corroborated', /300/)).toBeUndefined();
  });
  it('groups what one speaker said in two framings, and not the same words from two speakers', () => {
    const { facts, groups } = run([
      ['a', 'Minister Okafor said the talks had gone well, and she plans to send a trade envoy to Lusaka within weeks.'],
      ['b', 'Minister Okafor said she would send a senior trade envoy to Lusaka before the end of the month.'],
      ['c', 'Governor Banda said he would send a senior trade envoy to Lusaka before the end of the month.'],
    ]);
    expect(sourcesIn(groupWith(groups, facts, 'corroborated', /Okafor said/), facts)).toEqual(['a', 'b']);
  });
  it('does not count repeats within one source', () => {
    const { groups } = run([['a', 'Trade between Chile and Korea totaled US$12.4 billion in 2023.\nTrade between Chile and Korea totaled US$12.4 billion in 2023.']]);
    expect(groups).toEqual([]);
  });
});

describe('conflicts', () => {
  it('finds a death toll told three ways, and no conflict between tolls of different places', () => {
    const { facts, groups } = run([
      ['a', 'At least 800 people were killed when the cyclone hit Mozambique on Friday.'],
      ['b', 'The cyclone has claimed 950 lives in Mozambique, the health ministry said.'],
      ['c', 'Officials in Mozambique counted more than 1,000 killed across three provinces.'],
      ['d', 'In Malawi, 300 people were killed by the same storm.'],
    ]);
    const conflict = groupWith(groups, facts, 'conflict', /claimed 950/);
    expect(sourcesIn(conflict, facts)).toEqual(['a', 'b', 'c']);
  });
  it('does not set ranks of different things against each other, nor a figure against the baseline its own sentence gives', () => {
    const { groups } = run([
      ['a', 'Peru’s largest trading partner is China, which bought most of its copper.'],
      ['b', 'Canada is Peru’s fifth-largest trading partner.'],
      ['c', 'Lima will raise the disaster fund to US$90 million by 2027, from US$30 million now.'],
      ['d', 'Lima will raise its disaster fund to US$90 million by 2027.'],
    ]);
    expect(groups.filter((g) => g.relation === 'conflict')).toEqual([]);
  });
  it('reads what a share is of past a later value and a closing attribution', () => {
    const { facts, groups } = run([
      ['a', 'The accord will cut duties on 91 percent of imports within eight years, officials said.'],
      ['b', 'Under the accord, duties on 83 percent of imports will be cut within eight years.'],
    ]);
    expect(sourcesIn(groupWith(groups, facts, 'conflict', /percent/), facts)).toEqual(['a', 'b']);
    const length = facts.filter((f) => f.kind === 'duration');
    expect(length.map((f) => f.subject)).not.toContain('officials said');
    expect(sourcesIn(groupWith(groups, facts, 'corroborated', /eight years/), facts)).toEqual(['a', 'b']);
  });
  it('meets a loss told as a verb and as a noun', () => {
    const { facts, groups } = run([
      ['a', 'The treasury put the loss of port revenue at about 40 billion pesos.'],
      ['b', 'Analysts estimate that lost port revenue could reach 55 billion pesos.'],
    ]);
    expect(sourcesIn(groupWith(groups, facts, 'conflict', /pesos/), facts)).toEqual(['a', 'b']);
  });
  it('puts three different counts for one thing in one conflict group', () => {
    const { facts, groups } = run([
      ['a', 'About 410,000 Filipinos live and work in Italy.'],
      ['b', 'Currently, approximately 380,000 Filipino nationals are living and working in Italy.'],
      ['c', 'Over 450,000 Filipinos live in Italy.'],
    ]);
    const conflicts = groups.filter((g) => g.relation === 'conflict');
    expect(conflicts).toHaveLength(1);
    expect(sourcesIn(conflicts[0], facts)).toEqual(['a', 'b', 'c']);
  });
  it('compares a date range and a duration of one visit by length', () => {
    const { facts, groups } = run([
      ['a', 'The Chancellor’s October 3-5 visit to Kenya marks her first trip to Africa.'],
      ['b', 'The Chancellor begins an official two-day visit to Kenya on October 3.'],
    ]);
    const conflict = groupWith(groups, facts, 'conflict', /two-day/);
    expect(sourcesIn(conflict, facts)).toEqual(['a', 'b']);
    // A matching length is no conflict.
    const agree = run([
      ['a', 'The Chancellor’s October 3-4 visit to Kenya marks her first trip to Africa.'],
      ['b', 'The Chancellor begins an official two-day visit to Kenya on October 3.'],
    ]);
    expect(agree.groups.filter((g) => g.relation === 'conflict')).toEqual([]);
  });
  it('sees no conflict between figures of different years or places', () => {
    const years = run([
      ['a', 'Trade between Chile and Korea totaled US$12.4 billion in 2023.'],
      ['b', 'Trade between Chile and Korea totaled US$10.1 billion in 2021.'],
    ]);
    expect(years.groups.filter((g) => g.relation === 'conflict')).toEqual([]);
    const places = run([
      ['a', 'About 410,000 Filipinos live and work in Italy.'],
      ['b', 'About 120,000 Filipinos live and work in Spain.'],
    ]);
    expect(places.groups.filter((g) => g.relation === 'conflict')).toEqual([]);
  });
  it('sees no conflict between the dates of different partnerships', () => {
    const { groups } = run([
      ['a', 'The two countries upgraded ties to a Comprehensive Strategic Partnership in 2023.'],
      ['b', 'Their ties evolved into a Strategic Partnership in 2009.'],
    ]);
    expect(groups.filter((g) => g.relation === 'conflict')).toEqual([]);
  });
});

describe('suggested credibility', () => {
  it('offers 1–2 when corroborated, 3 alone, 4–5 in conflict', () => {
    const { facts, groups } = run([
      ['a', 'Trade between Chile and Korea totaled US$12.4 billion in 2023.\nAbout 410,000 Filipinos live and work in Italy.\nThe port of Callao was rebuilt in 1987.'],
      ['b', 'Chile–Korea trade hit $12.4 billion in 2023.\nCurrently, approximately 380,000 Filipino nationals are living and working in Italy.'],
      ['c', 'In 2023, two-way trade between Korea and Chile reached US$12.4 billion.\nOver 450,000 Filipinos live in Italy.'],
    ]);
    // The fact whose own value (its first) is the one named.
    const of = (src: string, pattern: RegExp) => facts.find((f) => f.sourceId === src && pattern.test(f.values[0]?.surface ?? ''))!.id;
    expect(suggested(of('a', /12\.4/), groups, facts)).toBe(1);
    expect(suggested(of('a', /410,000/), groups, facts)).toBe(5);
    expect(suggested(of('a', /1987/), groups, facts)).toBe(3);
    const two = run([
      ['a', 'Trade between Chile and Korea totaled US$12.4 billion in 2023.\nAbout 410,000 Filipinos live and work in Italy.'],
      ['b', 'Chile–Korea trade hit $12.4 billion in 2023.\nOver 450,000 Filipinos live in Italy.'],
    ]);
    const ofTwo = (pattern: RegExp) => two.facts.find((f) => f.sourceId === 'a' && pattern.test(f.values[0]?.surface ?? ''))!.id;
    expect(suggested(ofTwo(/12\.4/), two.groups, two.facts)).toBe(2);
    expect(suggested(ofTwo(/410,000/), two.groups, two.facts)).toBe(4);
  });
});

describe('determinism', () => {
  it('gives the same groups whatever the order of the facts', () => {
    const { facts, groups } = run([
      ['a', 'Trade between Chile and Korea totaled US$12.4 billion in 2023.\nAbout 410,000 Filipinos live and work in Italy.'],
      ['b', 'Chile–Korea trade hit $12.4 billion in 2023.\nCurrently, approximately 380,000 Filipino nationals are living and working in Italy.'],
      ['c', 'In 2023, two-way trade between Korea and Chile reached US$12.4 billion.\nOver 450,000 Filipinos live in Italy.'],
    ]);
    const reversed = groupFacts([...facts].reverse());
    const shuffled = groupFacts([...facts].sort((x, y) => (x.text.length % 7) - (y.text.length % 7) || (x.id < y.id ? 1 : -1)));
    const norm = (gs: Group[]) => gs.map((g) => ({ ...g, factIds: [...g.factIds].sort() })).sort((x, y) => (x.id < y.id ? -1 : 1));
    expect(norm(reversed)).toEqual(norm(groups));
    expect(norm(shuffled)).toEqual(norm(groups));
  });
});
