// conflict.same-head: the same specific counted thing, each source's only figure for it, in two
// reports of one story. Invented reports.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../../src/core/extract';
import { groupFacts } from '../../../../src/core/verify';
import type { Fact } from '../../../../src/core/model';

const STORY_A = [
  'The regional assembly of Valdoria opened its session in Port Anselm on Monday.',
  'Governor Ines Marlow told the assembly that the harbour reforms would go ahead.',
];
const STORY_B = [
  'The regional assembly of Valdoria met in Port Anselm, where Governor Ines Marlow defended the harbour reforms.',
  'Opposition members walked out of the assembly in protest.',
];

function groupsOf(sources: Array<[string, string[]]>, relation: 'conflict' | 'corroborated'): { facts: Fact[]; groups: Fact[][] } {
  const facts = sources.flatMap(([sourceId, lines]) => extractFacts({ sourceId, text: lines.join('\n'), publishedAt: '2031-05-02' }));
  const byId = new Map(facts.map((f) => [f.id, f]));
  const groups = groupFacts(facts).filter((g) => g.relation === relation).map((g) => g.factIds.map((id) => byId.get(id)!));
  return { facts, groups };
}

function run(sources: Array<[string, string[]]>): { facts: Fact[]; conflicts: Fact[][] } {
  const { facts, groups } = groupsOf(sources, 'conflict');
  return { facts, conflicts: groups };
}

/** Whether one of the groups holds both values. */
const has = (groups: Fact[][], x: string, y: string) => groups.some((g) => g.some((f) => f.values[0]?.canonical === x) && g.some((f) => f.values[0]?.canonical === y));

describe('conflict.same-head', () => {
  it('sets two counts of the same specific thing in two reports of one story against each other', () => {
    const { conflicts } = run([
      ['a', [...STORY_A, 'A total of 412 petitions reached the assembly clerk before the vote.']],
      ['b', [...STORY_B, 'The governor spoke amid 380 petitions against the reforms.']],
    ]);
    expect(has(conflicts, '412', '380')).toBe(true);
  });
  it('does not where a source counts the thing twice, nor in reports of different stories, nor for a generic head', () => {
    const twice = run([
      ['a', [...STORY_A, 'A total of 412 petitions reached the assembly clerk, and 90 petitions were withdrawn.']],
      ['b', [...STORY_B, 'The governor spoke amid 380 petitions against the reforms.']],
    ]);
    expect(twice.conflicts).toEqual([]);
    const otherStory = run([
      ['a', [...STORY_A, 'A total of 412 petitions reached the assembly clerk before the vote.']],
      ['b', ['Farmers in the southern plains harvested a record crop of barley this autumn.', 'The cooperative received 380 petitions for new irrigation channels.']],
    ]);
    expect(otherStory.conflicts).toEqual([]);
    // A year before a noun is no count of it ("the 2029 elections"), and votes are not elections.
    const year = run([
      ['a', [...STORY_A, 'The party that won the 2029 elections holds the chair of the assembly.']],
      ['b', [...STORY_B, 'Observers counted 1.2m postal votes cast for the assembly elections.']],
    ]);
    expect(year.conflicts).toEqual([]);
    const generic = run([
      ['a', [...STORY_A, 'Some 412 people attended the opening of the session.']],
      ['b', [...STORY_B, 'The governor spoke to 380 people outside the hall.']],
    ]);
    expect(generic.conflicts).toEqual([]);
  });
  it('reads "the other value stated too" within one family: an ordinal is not a count', () => {
    // "the second day" states no count of 2: the two petition counts still disagree.
    const ordinal = run([
      ['a', [...STORY_A, 'On the second day of the session the clerk received four petitions.']],
      ['b', [...STORY_B, 'The clerk had 2 petitions on his desk by the evening.']],
    ]);
    expect(has(ordinal.conflicts, '4', '2')).toBe(true);
    // A sentence that counts the other figure too (of other things) does not contradict it.
    const both = run([
      ['a', [...STORY_A, 'The clerk received four petitions and 2 letters from the harbour board.']],
      ['b', [...STORY_B, 'The clerk had 2 petitions on his desk by the evening.']],
    ]);
    expect(both.conflicts).toEqual([]);
  });
  it('reads what a sum measures from its noun phrase: the same measured thing, two sums, a conflict', () => {
    // The noun a level link joins the sum to (the head before "with …"), and the noun right after it.
    const linked = run([
      ['a', [...STORY_A, 'The harbour deficit with the northern ports stands at $41 million.']],
      ['b', [...STORY_B, 'Marlow blamed the $44 million harbour deficit on the storms.']],
    ]);
    expect(has(linked.conflicts, '41000000 USD', '44000000 USD')).toBe(true);
    const of = run([
      ['a', [...STORY_A, 'Auditors found a harbour deficit of $41 million.']],
      ['b', [...STORY_B, 'Marlow blamed the $44 million harbour deficit on the storms.']],
    ]);
    expect(has(of.conflicts, '41000000 USD', '44000000 USD')).toBe(true);
    // Different measured things, and sums whose sentence names only where the money goes, stay apart.
    const otherThing = run([
      ['a', [...STORY_A, 'Auditors found a harbour surplus of $41 million.']],
      ['b', [...STORY_B, 'Marlow blamed the $44 million harbour deficit on the storms.']],
    ]);
    expect(otherThing.conflicts).toEqual([]);
    const destination = run([
      ['a', [...STORY_A, 'The league pledged $41 million to Port Anselm.']],
      ['b', [...STORY_B, 'A foundation gave $44 million to the northern ports.']],
    ]);
    expect(destination.conflicts).toEqual([]);
  });
  it('reads an economy by its abbreviation and through "add up to": one measured thing, the same sum, corroborated', () => {
    const { groups } = groupsOf(
      [
        ['a', [...STORY_A, 'Together the two provinces have a combined GDP of $41 billion, the governor said.']],
        ['b', [...STORY_B, 'Their economies add up to almost $41 billion, Marlow told members.']],
      ],
      'corroborated',
    );
    expect(groups.some((g) => g.filter((f) => f.values[0]?.canonical === '41000000000 USD').length === 2)).toBe(true);
    // A sum the sentence ties to no measured thing is not joined on its figure alone.
    const loose = groupsOf(
      [
        ['a', [...STORY_A, 'Together the two provinces have a combined GDP of $41 billion, the governor said.']],
        ['b', [...STORY_B, 'The league pledged $41 billion to the northern ports over a decade.']],
      ],
      'corroborated',
    );
    expect(loose.groups.some((g) => g.filter((f) => f.values[0]?.canonical === '41000000000 USD').length === 2)).toBe(false);
  });

  it('reads a count of people after a population frame as a population, some place or body\'s', () => {
    const story = (line: string) => [...STORY_A, line];
    const both = run([
      ['a', story('Portugal and Spain are home to nearly 58 million people.')],
      ['b', [...STORY_B, 'The assembly praised a customs union of Portugal and Spain taking in over 60 million people.']],
    ]);
    expect(has(both.conflicts, '58000000', '60000000')).toBe(true);
    // Not a population: people who did something.
    const watched = run([
      ['a', story('Portugal and Spain are home to nearly 58 million people.')],
      ['b', [...STORY_B, 'Over 60 million people in Portugal and Spain followed the session on television.']],
    ]);
    expect(watched.conflicts).toEqual([]);
    // Populations of different places, or of a place the other sentence does not name.
    const places = run([
      ['a', story('Portugal is home to 10 million people.')],
      ['b', [...STORY_B, 'Spain is home to 48 million people.']],
    ]);
    expect(places.conflicts).toEqual([]);
    const unnamed = run([
      ['a', story('Portugal is home to 10 million people.')],
      ['b', [...STORY_B, 'The harbour region, home to 2 million people, backed the reforms.']],
    ]);
    expect(unnamed.conflicts).toEqual([]);
  });
  it('counts the people who took part in the story\'s act as one thing, however they are named', () => {
    const turnout = run([
      ['a', [...STORY_A, 'More than 3 million Valdorians took part in the referendum on the reforms.']],
      ['b', [...STORY_B, 'The clerk said 2.1 million voters cast their ballots in the referendum.']],
    ]);
    expect(has(turnout.conflicts, '3000000', '2100000')).toBe(true);
    // Registered voters did not yet take part; votes are not people.
    const registered = run([
      ['a', [...STORY_A, 'More than 3 million Valdorians took part in the referendum on the reforms.']],
      ['b', [...STORY_B, 'The clerk said 2.1 million registered voters could take part in the referendum.']],
    ]);
    expect(registered.conflicts).toEqual([]);
    const votes = run([
      ['a', [...STORY_A, 'More than 3 million Valdorians took part in the referendum on the reforms.']],
      ['b', [...STORY_B, 'The clerk said 2.1 million postal votes were cast in the referendum.']],
    ]);
    expect(votes.conflicts).toEqual([]);
  });
  it('figure.same-named-thing: the same figure for one counted thing, sentences naming the same body', () => {
    const twice = (groups: Fact[][], x: string) => groups.some((g) => g.filter((f) => f.values[0]?.canonical === x).length >= 2);
    const corroborated = (sources: Array<[string, string[]]>) => groupsOf(sources, 'corroborated').groups;
    // Each source counts seats several times; the count left unsaid ("rising from 16 to 20") is of seats too.
    const joined = corroborated([
      ['a', [...STORY_A, 'The Harbour League won 41 seats and the Tide Party won 20 seats in the assembly.']],
      ['b', [...STORY_B, 'The Tide Party has gained four seats, rising from 16 to 20.']],
    ]);
    expect(twice(joined, '20')).toBe(true);
    // Another body's 20 seats, and a 20 of other things, are not it.
    const otherBody = corroborated([
      ['a', [...STORY_A, 'The Harbour League won 41 seats and the Tide Party won 20 seats in the assembly.']],
      ['b', [...STORY_B, 'The Granary Union has gained four seats, rising from 16 to 20.']],
    ]);
    expect(twice(otherBody, '20')).toBe(false);
    const otherThing = corroborated([
      ['a', [...STORY_A, 'The Harbour League won 41 seats and the Tide Party won 20 seats in the assembly.']],
      ['b', [...STORY_B, 'The Tide Party has opened four offices, rising from 16 to 20.']],
    ]);
    expect(twice(otherThing, '20')).toBe(false);
  });
  it('figure.same-named-thing names a group only where the name was needed to join it, whatever order its pairs are met in', () => {
    const LEAGUE = 'The Harbour League won 41 seats and the Tide Party won 20 seats in the assembly.';
    const GAINED = 'The Tide Party has gained four seats, rising from 16 to 20.';
    const ROSE = 'The Tide Party has gained four seats in the assembly, rising from 16 to 20 seats after a close count.';
    const rules = (lines: string[], ids: string[]) => {
      const facts = lines.flatMap((line, k) => extractFacts({ sourceId: ids[k]!, text: [...STORY_A, line].join('\n'), publishedAt: '2031-05-02' }));
      const twenty = new Set(facts.filter((f) => f.values[0]?.canonical === '20').map((f) => f.id));
      return groupFacts(facts)
        .filter((g) => g.relation === 'corroborated' && g.factIds.some((id) => twenty.has(id)))
        .map((g) => `${g.rule} ${g.factIds.filter((id) => twenty.has(id)).length}`);
    };
    // The first two only by the name; the third alike in words to each: one group, of the value rule.
    // Fact ids (and so the order pairs are met in) follow the source ids: every order of three.
    const orders = [['a', 'b', 'c'], ['a', 'c', 'b'], ['b', 'a', 'c'], ['b', 'c', 'a'], ['c', 'a', 'b'], ['c', 'b', 'a']];
    expect(rules([LEAGUE, GAINED], ['a', 'b'])).toEqual(['figure.same-named-thing 2']);
    for (const ids of orders) expect(rules([LEAGUE, GAINED, ROSE], ids)).toEqual(['figure.same-value 3']);
    // Without the third, the name is what joins them, in either order.
    expect(rules([LEAGUE, GAINED], ['b', 'a'])).toEqual(['figure.same-named-thing 2']);
  });
});

