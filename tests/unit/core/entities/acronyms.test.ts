import { describe, expect, it } from 'vitest';
import { acronymDefinitions, aliasesOf } from '../../../../src/core/entities/acronyms';
import { buildRegistry, mentionsIn } from '../../../../src/core/entities/recognise';

/** type:key of every entity the text names, in order. */
function named(text: string): string[] {
  const registry = buildRegistry(text);
  return mentionsIn(text, 0, text.length, registry).map((m) => `${m.entity.type}:${m.entity.key}`);
}

describe('acronym.definition', () => {
  it('makes a bracketed acronym the alias of the capitalised long form before it', () => {
    const text =
      'Results from the National Voting Authority (NVA) came in late on Monday.\n' +
      'By Tuesday the NVA had counted 80% of ballots, the National Voting Authority said.';
    expect(named(text)).toEqual(['organisation:nva', 'organisation:nva', 'organisation:nva', 'organisation:nva']);
  });
  it('reads small words, hyphenated words and a plural acronym', () => {
    const defs = acronymDefinitions('Leaders of the Trans-Andean Rail Council (TARC) and the Union of Coastal Farmers (UCF) signed two letters of intent (LoIs).');
    expect(defs.map((d) => [d.acronym, d.long, d.kind])).toEqual([
      ['TARC', 'Trans-Andean Rail Council', 'organisation'],
      ['UCF', 'Union of Coastal Farmers', 'organisation'],
      ['LoI', 'letters of intent', 'thing'],
    ]);
  });
  it('gives a thing alias, not a body, for a long form in lower case or headed by a thing word', () => {
    const text = 'Both sides signed a letter of intent (LoI) and launched the Coastal Freight Initiative (CFI). The LoI runs to 2031.';
    expect(aliasesOf(text)).toEqual(new Map([['LoI', 'letter of intent'], ['CFI', 'coastal freight initiative']]));
    expect(named(text).filter((k) => k.startsWith('organisation'))).toEqual([]);
  });
  it('does not define from words whose initials do not spell the acronym', () => {
    expect(acronymDefinitions('The mayor of Port Elmora (Reuters) spoke. Rainfall reached 40mm (KZN).')).toEqual([]);
    expect(acronymDefinitions('the Harbour Authority of Velm (Velmo) met')).toEqual([]);
  });
  it('keys a defined place by the place', () => {
    expect(named('Ministers from the United Arab Emirates (UAE) arrived; the UAE pledged aid.')).toEqual(['place:united arab emirates', 'place:united arab emirates', 'place:united arab emirates']);
  });
});

describe('acronym.name', () => {
  it('reads capitals used as a name as a body with no long form', () => {
    expect(named('The PFR won 39 seats while the NLU and the GPM shared the rest.')).toEqual(['organisation:pfr', 'organisation:nlu', 'organisation:gpm']);
  });
  it('never reads currency codes, units, measures or words in capitals as a body', () => {
    expect(named('The loan of USD 40 million adds 300 MW and lifts GDP; it is NOT final, the CEO said.')).toEqual([]);
    expect(named('The ZAR fell while TV ratings rose at 9 PM.')).toEqual([]);
  });
  it('reads no acronym among words in capitals (a headline)', () => {
    expect(named('PFR AND NLU CLAIM VICTORY')).toEqual([]);
    expect(named('WHO SAID WHAT AT THE SUMMIT')).toEqual([]);
  });
  it('keeps the lexicon body in running text and leaves the lower-case word alone', () => {
    expect(named('The WHO said cases fell.')).toEqual(['organisation:who']);
    expect(named('Officials who said cases fell were thanked.')).toEqual([]);
  });
  it('reads no body in a dateline or a bracketed credit', () => {
    expect(named('TOLMA, Varnia (XP) — Rescuers dug through the night.')).toEqual([]);
    expect(named('KEMBA - Rescuers dug through the night.')).toEqual([]);
  });
  it('a defined thing acronym is never a body', () => {
    expect(named('They agreed a joint action plan (JAP). The JAP starts in May.')).toEqual([]);
  });
});
