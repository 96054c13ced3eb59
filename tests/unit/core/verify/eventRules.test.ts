// One test per event rule (src/core/verify/rules.ts), on invented reports of invented events:
// cases that must join, and cases that must not.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../../src/core/extract';
import { groupFacts } from '../../../../src/core/verify';
import { explainPair } from '../../../../src/core/verify/explain';
import type { Fact, Group } from '../../../../src/core/model';

// Each source also carries unrelated sentences, as a real report does: word weights come from
// the project, and a project of two sentences has no rare words.
const FILLER = [
  'Farmers in the northern valleys reported a late harvest of barley.',
  'A new ferry line between the islands opened to passengers last spring.',
  'The central bank kept its lending rate unchanged at its last meeting.',
];

function run(sources: Array<[string, string]>): { facts: Fact[]; groups: Group[] } {
  const facts = sources.flatMap(([sourceId, text], i) =>
    extractFacts({ sourceId, text: `${text}\n${FILLER[i % FILLER.length]}\n${FILLER[(i + 1) % FILLER.length]}`, publishedAt: '2031-03-04' }),
  );
  return { facts, groups: groupFacts(facts) };
}

function factOf(facts: Fact[], source: string, pattern: RegExp): Fact {
  const f = facts.find((x) => x.sourceId === source && pattern.test(x.text) && x.event && x.values.length === 0);
  if (!f) throw new Error(`no event fact in ${source} matching ${pattern}`);
  return f;
}

function groupOf(groups: Group[], a: Fact, b: Fact): Group | undefined {
  return groups.find((g) => g.factIds.includes(a.id) && g.factIds.includes(b.id));
}

describe('event.same-action', () => {
  it('joins one signing told with different verbs and nouns, and names the action', () => {
    const { facts, groups } = run([
      ['a', 'Norland and Ostia inked a memorandum on fisheries cooperation in Geneva.'],
      ['b', 'Ostia and Norland signed an MoU on fisheries cooperation in Geneva after two days of talks.'],
    ]);
    const g = groupOf(groups, factOf(facts, 'a', /inked/), factOf(facts, 'b', /signed/));
    expect(g?.relation).toBe('corroborated');
    expect(g?.rule).toBe('event.same-action');
    expect(g?.evidence?.action).toBe('sign');
    expect(g?.reason).toMatch(/same kind of action/);
  });
  it('does not join a signing and its denial', () => {
    const { facts, groups } = run([
      ['a', 'Norland and Ostia signed a memorandum on fisheries cooperation in Geneva.'],
      ['b', 'Norland and Ostia did not sign the memorandum on fisheries cooperation in Geneva.'],
    ]);
    expect(groupOf(groups, factOf(facts, 'a', /signed/), factOf(facts, 'b', /did not/))).toBeUndefined();
  });
  it('does not join the same kind of action by different people', () => {
    const { facts, groups } = run([
      ['a', 'President Halvard Moen met the visiting trade delegation from Ostia at the palace.'],
      ['b', 'Prime Minister Ilse Varga met the visiting trade delegation from Ostia at the palace.'],
    ]);
    expect(groupOf(groups, factOf(facts, 'a', /Moen/), factOf(facts, 'b', /Varga/))).toBeUndefined();
  });
  it('joins two reports where one gives a count and the other a measure (a magnitude), not a sum against a duration', () => {
    const { facts, groups } = run([
      ['a', 'Norland announced late Sunday that it would take up rescue offers from only four countries, Ostia, Varn, Telmar and Quessa, after the earthquake that killed more than 300 people.'],
      ['b', 'Norland has said it is accepting rescue offers from Ostia, Varn, Telmar and Quessa after a magnitude 6.8 earthquake in the mountains.'],
      ['c', 'Day 2 of President Halvard Moen\'s Ostia visit: three pacts signed, $2 bn fisheries deal finalised'],
      ['d', 'President Halvard Moen ended a two-day state visit to Ostia on Tuesday.'],
    ]);
    expect(groupOf(groups, factOf(facts, 'a', /four countries/), factOf(facts, 'b', /magnitude/))?.relation).toBe('corroborated');
    expect(groupOf(groups, factOf(facts, 'c', /pacts/), factOf(facts, 'd', /ended/))).toBeUndefined();
  });
  it('takes a year and a day within it for one time, and not two years', () => {
    const { facts, groups } = run([
      ['a', 'Chair Ona Tesk pronounced the 2031 general elections free and fair after the count.'],
      ['b', 'The general elections of March 2 were declared free and fair by chair Ona Tesk after the count.'],
      ['c', 'Chair Ona Tesk pronounced the 2029 general elections free and fair after the count.'],
    ]);
    const a = factOf(facts, 'a', /2031/);
    const c = factOf(facts, 'c', /2029/);
    expect(groupOf(groups, a, factOf(facts, 'b', /March 2/))?.relation).toBe('corroborated');
    expect(groups.some((g) => g.relation === 'corroborated' && g.factIds.includes(c.id))).toBe(false);
    expect(groupOf(groups, a, c)?.relation).not.toBe('corroborated');
  });
  it('does not join two signings whose sentences state different sums', () => {
    const { facts, groups } = run([
      ['a', 'Norland and Ostia signed a fisheries memorandum worth $40 million in Geneva.'],
      ['b', 'Norland and Ostia signed a fisheries memorandum worth $95 million in Geneva.'],
    ]);
    const g = groupOf(groups, factOf(facts, 'a', /40/), factOf(facts, 'b', /95/));
    expect(g?.relation).not.toBe('corroborated');
  });
});

describe('event.same-action, an act told only twice', () => {
  it('joins the only two reports of one act done to one thing, however the rest of their sentences run', () => {
    const { facts, groups } = run([
      ['a', 'Thanking the nations that had sent aid, the spokesman said the capital was taking a careful approach to every request for support from abroad.'],
      ['b', 'The ministry also thanked the various nations for the gifts they had extended.'],
    ]);
    expect(groupOf(groups, factOf(facts, 'a', /Thanking/), factOf(facts, 'b', /thanked/))?.rule).toBe('event.same-action');
  });
  it('does not join two thanks to different people, a thanks and its denial, or thanks told three times over', () => {
    const two = run([
      ['a', 'Thanking the rescuers who had worked through the night, the spokesman said the capital was taking a careful approach to every request.'],
      ['b', 'The ministry also thanked the various donors for the gifts they had extended.'],
    ]);
    expect(groupOf(two.groups, factOf(two.facts, 'a', /Thanking/), factOf(two.facts, 'b', /thanked/))).toBeUndefined();
    const denial = run([
      ['a', 'Thanking the nations that had sent aid, the spokesman said the capital was taking a careful approach to every request for support from abroad.'],
      ['b', 'The ministry did not thank the various nations for the gifts they had extended.'],
    ]);
    expect(groupOf(denial.groups, factOf(denial.facts, 'a', /Thanking/), factOf(denial.facts, 'b', /did not/))).toBeUndefined();
    const three = run([
      ['a', 'Thanking the nations that had sent aid, the spokesman said the capital was taking a careful approach to every request for support from abroad.'],
      ['b', 'The ministry also thanked the various nations for the gifts they had extended.'],
      ['c', 'The mayor thanked the nations of the region at a rally in the old port.'],
    ]);
    expect(groupOf(three.groups, factOf(three.facts, 'a', /Thanking/), factOf(three.facts, 'b', /thanked/))).toBeUndefined();
  });
});

describe('event.different-place', () => {
  it('sets against each other one signing by the same parties at two places', () => {
    const { facts, groups } = run([
      ['a', 'Chile and Kenya signed the fisheries memorandum on cooperation in Geneva.'],
      ['b', 'Chile and Kenya signed the fisheries memorandum on cooperation in Vienna.'],
    ]);
    const g = groupOf(groups, factOf(facts, 'a', /Geneva/), factOf(facts, 'b', /Vienna/));
    expect(g?.relation).toBe('conflict');
    expect(g?.rule).toBe('event.different-place');
  });
  it('does not set against each other two different actions at two places', () => {
    const { groups } = run([
      ['a', 'Chile and Kenya signed the fisheries memorandum in Geneva.'],
      ['b', 'Chile and Kenya discussed energy prices and shipping lanes in Vienna.'],
    ]);
    expect(groups.filter((g) => g.relation === 'conflict')).toEqual([]);
  });
});

describe('event.same-quote and event.different-speaker', () => {
  it('joins a short quoted phrase with the longer quotation that holds it', () => {
    const { facts, groups } = run([
      ['a', 'Chancellor Brun said the talks had made “steady headway” towards a customs accord.'],
      ['b', '“Our negotiators have made steady headway on a customs accord,” Chancellor Brun told reporters.'],
    ]);
    const a = facts.find((f) => f.sourceId === 'a' && /headway/.test(f.text) && f.values.length === 0)!;
    const b = facts.find((f) => f.sourceId === 'b' && /headway/.test(f.text) && f.values.length === 0)!;
    expect(groupOf(groups, a, b)?.rule).toBe('event.same-quote');
  });
  it('reads the sentences inside a quotation of several sentences as quoted, and not the sentence after it', () => {
    const { facts, groups } = run([
      ['a', '“Our ports must stay open to every trader,” Minister Ilse Varga told the assembly. “Fishing boats will keep their old quotas this year. The new treaty is not merely a customs matter for the coast.” She then left the chamber for the capital.'],
      ['b', 'Varga called the new treaty “not merely a customs matter for the coast” in her speech.'],
    ]);
    const inside = factOf(facts, 'a', /^The new treaty/);
    expect(inside.event?.quoteOpen).toBe(true);
    expect(factOf(facts, 'a', /^“Fishing/).event?.quoteOpen).toBeUndefined();
    expect(factOf(facts, 'a', /^She then/).event?.quoteOpen).toBeUndefined();
    expect(groupOf(groups, inside, factOf(facts, 'b', /customs/))?.rule).toBe('event.same-quote');
  });
  it('joins two tellings of a short quote that share three of its words, not two long quotes that share three', () => {
    const { facts, groups } = run([
      ['a', 'Chair Ona Tesk called them "the hardest and most bitterly fought polls" since the war.'],
      ['b', '"These polls were surely the most bitterly fought," Tesk said at the count.'],
      ['c', '"We will keep building roads, schools and clinics in every valley of the north," the minister said on the radio.'],
      ['d', '"Our plan for the north puts clinics first and leaves the roads and harbours to private builders next decade," an aide wrote in a memo.'],
    ]);
    expect(groupOf(groups, factOf(facts, 'a', /bitterly/), factOf(facts, 'b', /bitterly/))?.rule).toBe('event.same-quote');
    expect(groupOf(groups, factOf(facts, 'c', /valley/), factOf(facts, 'd', /harbours/))).toBeUndefined();
  });
  it('sets the same statement given to two speakers against each other, and not two speakers saying different things', () => {
    const { facts, groups } = run([
      ['a', 'Chancellor Ada Brun said the long drought had tested the resilience of the river towns and their water boards.'],
      ['b', 'Minister Olek Sand said the long drought had tested the resilience of the river towns and their water boards.'],
      ['c', 'Minister Tove Lind said the new harbour would open to cargo ships in the autumn.'],
    ]);
    const g = groupOf(groups, factOf(facts, 'a', /Brun/), factOf(facts, 'b', /Sand/));
    expect(g?.relation).toBe('conflict');
    expect(g?.rule).toBe('event.different-speaker');
    const c = factOf(facts, 'c', /Lind/);
    expect(groups.some((x) => x.factIds.includes(c.id))).toBe(false);
  });
});

describe('second clusters', () => {
  it('puts a sentence that quotes and reports an act in the quote group and the act group, and keeps a denial out of both', () => {
    const { facts, groups } = run([
      ['a', '"It was the toughest contest my officers have ever handled," Chair Ona Tesk said as she announced the final results at the national tally centre in Porvik.'],
      ['b', 'Chair Ona Tesk announced the final results at the national tally centre in Porvik late on Sunday.'],
      ['c', 'Tesk called it "the toughest contest her officers had ever handled".'],
      ['d', 'Ona Tesk, who chairs the commission, announced the final results at the national tally centre in Porvik on Sunday.'],
      ['e', 'Chair Ona Tesk did not announce the final results at the national tally centre in Porvik.'],
    ]);
    const a = factOf(facts, 'a', /toughest/);
    const quote = groupOf(groups, a, factOf(facts, 'c', /toughest/));
    const act = groupOf(groups, a, factOf(facts, 'b', /announced/));
    expect(quote?.rule).toBe('event.same-quote');
    expect(act?.relation).toBe('corroborated');
    expect(act?.factIds).toContain(factOf(facts, 'd', /announced/).id);
    expect(quote?.id).not.toBe(act?.id);
    const denial = factOf(facts, 'e', /did not/);
    expect(groups.some((g) => g.relation === 'corroborated' && g.factIds.includes(denial.id))).toBe(false);
  });
  it('holds every outlet of the quote in its group, the one that also told the act among them', () => {
    const { facts, groups } = run([
      ['p', '"It was the toughest contest my officers have ever handled," Chair Ona Tesk said as she announced the final results at the national tally centre in Porvik.'],
      ['b', 'Chair Ona Tesk announced the final results at the national tally centre in Porvik late on Sunday.'],
      ['d', 'Ona Tesk, who chairs the commission, announced the final results at the national tally centre in Porvik on Sunday.'],
      ['c', 'Tesk called it "the toughest contest her officers had ever handled" in the end.'],
      ['e', 'In the view of Tesk, this had been the toughest contest her officers had handled.'],
      ['f', 'This was the toughest contest that her officers had handled, in the view of Tesk.'],
    ]);
    const p = factOf(facts, 'p', /toughest/);
    const quote = groupOf(groups, p, factOf(facts, 'c', /toughest/));
    expect(quote?.factIds).toEqual(expect.arrayContaining([factOf(facts, 'e', /toughest/).id, factOf(facts, 'f', /toughest/).id]));
    expect(groupOf(groups, p, factOf(facts, 'b', /announced/))?.factIds).toContain(factOf(facts, 'd', /announced/).id);
  });
  it('does not take a fact into a second pair when it is like only one of the two', () => {
    const { facts, groups } = run([
      ['a', 'Halvard Moen ended his three-day state visit to Ostia on Tuesday with a farewell dinner.'],
      ['b', 'Moen wraps up Ostia visit after fisheries talks with Prime Minister Ilse Varga.'],
      ['c', 'Moen visit to Ostia: fisheries memorandum and one letter of intent signed.'],
      ['d', 'Ostia and Norland signed a fisheries memorandum and a letter of intent at the palace.'],
    ]);
    const ended = groupOf(groups, factOf(facts, 'a', /ended/), factOf(facts, 'b', /wraps/));
    expect(ended?.factIds ?? []).not.toContain(factOf(facts, 'c', /letter/).id);
  });
});

describe('event.same-content', () => {
  it('joins one claim worded alike without a shared action, not two claims that share common words only', () => {
    const { facts, groups } = run([
      ['a', 'The northern provinces remain short of clean drinking water after the floods.'],
      ['b', 'Clean drinking water remains short in the northern provinces since the floods.'],
      ['c', 'The southern provinces expect a good harvest after the rains.'],
    ]);
    const g = groupOf(groups, factOf(facts, 'a', /drinking/), factOf(facts, 'b', /drinking/));
    expect(g?.relation).toBe('corroborated');
    expect(g?.rule).toBe('event.same-content');
    const c = factOf(facts, 'c', /harvest after the rains/);
    expect(groups.some((x) => x.factIds.includes(c.id))).toBe(false);
  });
});

describe('names are not what is claimed', () => {
  it('does not join two claims that share a person and a country only, and joins two that share a list of four countries', () => {
    const { facts, groups } = run([
      ['a', 'President Ada Brun addresses the ceremony announcing the results of the Norland elections in Porvik on June 2.'],
      ['b', 'According to President Ada Brun, the Norland elections have shown that the democracy is strong.'],
      ['c', 'The presidents of Chile, Peru, Kenya and Ghana announced on Friday that the talks on the customs union were over.'],
      ['d', 'The union will create a market of 300 million people spanning Chile, Peru, Kenya and Ghana.'],
    ]);
    expect(groupOf(groups, factOf(facts, 'a', /ceremony/), factOf(facts, 'b', /democracy/))).toBeUndefined();
    expect(groupOf(groups, factOf(facts, 'c', /presidents/), factOf(facts, 'd', /market/))?.rule).toBe('event.same-content');
  });
  it('does not join a signing and a photo of the same two leaders at the same place and day', () => {
    const { facts, groups } = run([
      ['a', 'On Tuesday in Lima, President Ada Brun of Chile and Chancellor Olek Sand of Peru signed three fishing accords.'],
      ['b', 'Chancellor Olek Sand of Peru stands beside President Ada Brun of Chile on Tuesday after their talks in Lima.'],
    ]);
    expect(groupOf(groups, factOf(facts, 'a', /signed/), factOf(facts, 'b', /stands/))).toBeUndefined();
  });
  it('does not join two acts of one kind whose sentences share names only', () => {
    const { facts, groups } = run([
      ['a', 'Chair Ona Tesk of the Norland Electoral Commission says the elections tested the patience of the voters.'],
      ['b', 'Ona Tesk, who chairs the Norland Electoral Commission, announced the outcome of the elections in Porvik.'],
    ]);
    expect(groupOf(groups, factOf(facts, 'a', /tested/), factOf(facts, 'b', /outcome/))).toBeUndefined();
  });
});

describe('event.same-wording', () => {
  it('joins two reports that share a run of rare words, not two that share a set phrase only', () => {
    const { facts, groups } = run([
      ['a', 'Officials there called the subsidy a lifeline for herring crews this winter.'],
      ['b', 'For the harbour board, the grant remains a lifeline for herring crews.'],
      ['c', 'Tourist numbers on the northern ridge, counted by the mountain and river patrols, fell sharply during the wet summer.'],
      ['d', 'The county council plans to pay the mountain and river patrols from its road repair budget next year.'],
    ]);
    const g = groupOf(groups, factOf(facts, 'a', /lifeline/), factOf(facts, 'b', /lifeline/));
    expect(g?.relation).toBe('corroborated');
    expect(g?.rule).toBe('event.same-wording');
    expect(g?.evidence?.wording).toMatch(/lifeline for herring crews/);
    expect(groupOf(groups, factOf(facts, 'c', /ridge/), factOf(facts, 'd', /budget/))).toBeUndefined();
  });
  it('does not join one phrase said by two named people', () => {
    const { facts, groups } = run([
      ['a', 'Governor Ada Brun called the subsidy a quiet lifeline for stranded herring crews.'],
      ['b', 'Senator Olek Sand called the subsidy a quiet lifeline for stranded herring crews.'],
    ]);
    const g = groupOf(groups, factOf(facts, 'a', /Brun/), factOf(facts, 'b', /Sand/));
    expect(g?.relation).not.toBe('corroborated');
  });
});

describe('explainPair', () => {
  it('names the rule that joined two facts, and why two others stay apart', () => {
    const { facts, groups } = run([
      ['a', 'Norland and Ostia inked a memorandum on fisheries cooperation in Geneva.'],
      ['b', 'Ostia and Norland signed an MoU on fisheries cooperation in Geneva after two days of talks.'],
    ]);
    const a = factOf(facts, 'a', /inked/);
    const b = factOf(facts, 'b', /signed/);
    const joined = explainPair(facts, groups, a.id, b.id);
    expect(joined.relation).toBe('corroborated');
    expect(joined.rule).toBe('event.same-action');
    const other = factOf(facts, 'b', /barley|ferry|lending/);
    const apart = explainPair(facts, groups, a.id, other.id);
    expect(apart.relation).toBe('none');
    expect(apart.lines.at(-1)).toMatch(/Not joined/);
  });
});

describe('explainPair judges as grouping does', () => {
  // `attache why` must reach grouping's own verdict: two claims alike in words whose sentences
  // give different figures are kept apart by grouping, so the explanation must say so, not
  // that a rule "would join" them.
  it('says figures keep apart two claims whose sentences state different counts', () => {
    const { facts, groups } = run([
      ['a', 'Norland will buy 40 coastal patrol boats from the Ostian shipyards, the defence ministry announced.'],
      ['b', 'Norland will buy 12 coastal patrol boats from the Ostian shipyards, the defence ministry announced.'],
    ]);
    const a = factOf(facts, 'a', /patrol boats/);
    const b = factOf(facts, 'b', /patrol boats/);
    expect(groupOf(groups, a, b)).toBeUndefined();
    const why = explainPair(facts, groups, a.id, b.id);
    expect(why.relation).toBe('none');
    expect(why.lines.at(-1)).toMatch(/Not joined by the event rules: their sentences state different figures/);
  });
  it('still names the rule for the same claim told with the same count', () => {
    const { facts, groups } = run([
      ['a', 'Norland will buy 40 coastal patrol boats from the Ostian shipyards, the defence ministry announced.'],
      ['b', 'Norland will buy 40 coastal patrol boats from Ostian shipyards, the country’s defence ministry announced on Monday.'],
    ]);
    const a = factOf(facts, 'a', /patrol boats/);
    const b = factOf(facts, 'b', /patrol boats/);
    expect(groupOf(groups, a, b)?.relation).toBe('corroborated');
    expect(explainPair(facts, groups, a.id, b.id).relation).toBe('corroborated');
  });
});

describe('person features', () => {
  it('key a person by the surname the name ends with, not by the longest word of the name', async () => {
    const { eventCandidate } = await import('../../../../src/core/verify/eventGroups');
    const [f] = extractFacts({ sourceId: 'a', text: 'Commissioner Bartholomew Lunn signed the fisheries memorandum in Geneva.', publishedAt: '2031-03-04' }).filter((x) => x.event);
    const c = eventCandidate({ ...f!, entities: [{ name: 'Bartholomew Lunn', type: 'person', key: 'bartholomew lunn' }] }, new Set());
    expect(c?.keys).toContain('p:lunn');
    expect(c?.keys).not.toContain('p:bartholomew');
  });
});

describe('event.modifier-noun', () => {
  // A word naming an action that modifies the noun after it is not the clause's action.
  const actionOf = (text: string) => extractFacts({ sourceId: 'a', text, publishedAt: '2031-03-04' }).find((f) => f.event)?.event?.action;
  it('reads past a modifier to the clause verb', () => {
    expect(actionOf('The Harbour Party, the largest opposition bloc, finished third behind the Green League in Velm.')).toBe('finish');
    expect(actionOf('The ministers issued a joint press release after the harbour talks in Velm.')).not.toBe('press');
    expect(actionOf('Crews joined frantic rescue efforts along the flooded coast road near Velm.')).not.toBe('rescue');
  });
  it('keeps the word as the action where it is a verb or stands before a function word or a verb', () => {
    expect(actionOf('The farmers will press the ministry for lower fuel duties this winter.')).toBe('press');
    expect(actionOf('The council voiced its opposition to the new harbour levy in Velm.')).toBe('opposition');
    expect(actionOf('Further emergency assistance stood ready at the Velm depot on Monday.')).toBe('assistance');
  });
});
