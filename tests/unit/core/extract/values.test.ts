// The value grammar on hard cases, through extractFacts as the app calls it. Sentences are
// invented (other countries, other events), not taken from the sample articles.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../../src/core/extract';
import type { FactValue } from '../../../../src/core/model';

function values(text: string, publishedAt: string | null = '2024-06-10'): FactValue[] {
  const seen = new Map<string, FactValue>();
  for (const f of extractFacts({ sourceId: 'src_test', text, publishedAt })) {
    for (const v of f.values) seen.set(`${v.start}:${v.type}:${v.canonical}`, v);
  }
  return [...seen.values()];
}

function canonicals(text: string, type: FactValue['type'], publishedAt: string | null = '2024-06-10'): string[] {
  return values(text, publishedAt).filter((v) => v.type === type).map((v) => v.canonical);
}

describe('money', () => {
  it('reads currency and scale', () => {
    expect(canonicals('Exports to Chile reached US$46.2 billion last year.', 'money')).toEqual(['46200000000 USD']);
    expect(canonicals('The fund was worth €3bn at the end of the quarter.', 'money')).toEqual(['3000000000 EUR']);
    expect(canonicals('Lenders approved VND 1.5 trillion for the new port.', 'money')).toEqual(['1500000000000 VND']);
  });
  it('keeps a conversion in brackets with the amount it converts', () => {
    const facts = extractFacts({ sourceId: 's', text: 'Seoul will lend 100 billion yen (US$672 million) to Peru.', publishedAt: null });
    const money = facts.filter((f) => f.kind === 'money');
    expect(money).toHaveLength(1);
    expect(money[0]!.values.map((v) => v.canonical)).toEqual(['100000000000 JPY', '672000000 USD']);
  });
});

describe('percent, counts and hedges', () => {
  it('reads "per cent" as a percentage', () => {
    expect(canonicals('Inflation in Kenya slowed to 2.7 per cent in March.', 'percent')).toEqual(['2.7 %']);
  });
  it('reads a share told as a fraction, and not a period or a date', () => {
    expect(canonicals('Two-thirds of Chilean exports will enter duty-free.', 'percent')).toEqual(['66.67 %']);
    expect(canonicals('Nearly a quarter of the budget and one-fifth of the staff went north.', 'percent')).toEqual(['25 %', '20 %']);
    expect(canonicals('Half of the 300 trucks were idle; three quarters of drivers had left.', 'percent')).toEqual(['50 %', '75 %']);
    expect(canonicals('Output fell in the first half of 2024 and in the third quarter of 2023.', 'percent')).toEqual([]);
    expect(canonicals('Talks resume on the third of May; a two third of it is not a fraction.', 'percent')).toEqual([]);
    const [share] = values('Nearly two-thirds of voters backed the plan.').filter((v) => v.type === 'percent');
    expect(share).toMatchObject({ surface: 'two-thirds', qualifier: 'nearly' });
  });
  it('keeps the hedge apart from the number', () => {
    const over = values('The city has over 100 million visitors a decade.').find((v) => v.type === 'count');
    expect(over).toMatchObject({ canonical: '100000000', qualifier: 'over' });
    const about = values('About 520,000 Peruvians work in Spain.').find((v) => v.type === 'count');
    expect(about).toMatchObject({ canonical: '520000', qualifier: 'about' });
  });
});

describe('dates at the precision stated', () => {
  it('keeps a year, a month and a day as stated', () => {
    expect(canonicals('Norway and Chile signed the treaty on March 4, 1998.', 'date')).toEqual(['1998-03-04']);
    expect(canonicals('The mine opened in October 2011.', 'date')).toEqual(['2011-10']);
    expect(canonicals('The port was rebuilt in 1987.', 'date')).toEqual(['1987']);
  });
  it('reads ranges, also across months and written with "from … to"', () => {
    expect(canonicals('The summit in Lima runs April 27-29.', 'daterange')).toEqual(['2024-04-27/2024-04-29']);
    expect(canonicals('Delegates meet in Oslo from April 27 to 29.', 'daterange')).toEqual(['2024-04-27/2024-04-29']);
    expect(canonicals('The fair runs from May 30 to June 2, 2023.', 'daterange')).toEqual(['2023-05-30/2023-06-02']);
  });
  it('reads periods', () => {
    expect(canonicals('Sales rose 4% in the first three months of 2025.', 'daterange')).toEqual(['2025-01/2025-03']);
  });
  it('infers a missing year from the publication date, marks it, and infers again when the date changes', () => {
    const text = 'The minister will arrive in Accra on November 27.';
    const first = values(text, '2023-11-20').find((v) => v.type === 'date');
    expect(first).toMatchObject({ canonical: '2023-11-27', inferred: true });
    const later = values(text, '2026-11-02').find((v) => v.type === 'date');
    expect(later).toMatchObject({ canonical: '2026-11-27', inferred: true });
    // A day late in the year read in early January is last year's.
    expect(values('Talks ended on December 28.', '2025-01-05').find((v) => v.type === 'date')?.canonical).toBe('2024-12-28');
  });
  it('keeps a stated year unmarked', () => {
    expect(values('Talks ended on December 28, 2019.', '2025-01-05').find((v) => v.type === 'date')?.inferred).toBeUndefined();
  });
  it('keeps a day without any year to infer from as month and day', () => {
    expect(canonicals('The envoy arrives on April 27.', 'date', null)).toEqual(['04-27']);
  });
});

describe('more currencies, periods and sizes', () => {
  it('reads rupiah, ringgit and other currencies by symbol and by name', () => {
    expect(canonicals('Jakarta budgeted Rp 9.5 trillion for the new port.', 'money')).toEqual(['9500000000000 IDR']);
    expect(canonicals('The province will spend 800 billion rupiah on roads.', 'money')).toEqual(['800000000000 IDR']);
    expect(canonicals('The state fund posted RM3.2 billion in profit.', 'money')).toEqual(['3200000000 MYR']);
    expect(canonicals('Lagos raised 40 billion naira in bonds.', 'money')).toEqual(['40000000000 NGN']);
  });
  it('reads a quarter without its year as a period, and a part of a year with where in it', () => {
    const q = values('Exports to Peru fell 4% in Q2.', '2023-09-01').find((v) => v.type === 'daterange');
    expect(q).toMatchObject({ canonical: '2023-04/2023-06', inferred: true });
    expect(canonicals('Output dropped during the second quarter.', 'daterange', '2023-09-01')).toEqual(['2023-04/2023-06']);
    expect(canonicals('Kenya led at the end of the first half of the final.', 'daterange')).toEqual([]);
    expect(values('The rail link should open by mid-2027.').find((v) => v.type === 'date')).toMatchObject({ canonical: '2027', qualifier: 'mid' });
  });
  it('reads an earthquake magnitude as a quantity, and both ends of a range of counts', () => {
    expect(values('A magnitude 7.3 earthquake struck Peru.').find((v) => v.type === 'quantity')).toMatchObject({ canonical: '7.3', unit: 'magnitude' });
    expect(values('A 5.9-magnitude quake shook Crete.').find((v) => v.type === 'quantity')).toMatchObject({ canonical: '5.9', unit: 'magnitude' });
    expect(canonicals('Between 20 and 30 villages lost power.', 'count')).toEqual(['20', '30']);
  });
  it('finds deals concluded or struck, with words between the verb and the deal', () => {
    // Statements only: every sentence is also a claim of its own (parser event.clause).
    const kinds = (t: string) => extractFacts({ sourceId: 's', text: t, publishedAt: null }).filter((f) => f.parser !== 'event.clause').map((f) => f.kind);
    expect(kinds('Chile and Korea concluded a free trade agreement on Friday.')).toContain('agreement');
    expect(kinds('The unions struck a wage deal with the railway.')).toContain('agreement');
  });
});

describe('datelines', () => {
  it('does not take the date a wire story was filed for a fact, but infers years from it', () => {
    const text = 'NAIROBI, Feb 9, 2024 (AFP) - Kenya and Ethiopia opened the border post on February 8.\nNAIROBI, Feb 9 (AFP) - Talks ran from Feb 5 to 7.';
    expect(canonicals(text, 'date', null)).toEqual(['2024-02-08']);
    expect(canonicals(text, 'daterange', null)).toEqual(['2024-02-05/2024-02-07']);
  });
});

describe('numbers that are not counts', () => {
  it('leaves time spans, ages and names to what they are', () => {
    expect(canonicals('Eight months ago the ceasefire in Yemen looked lost.', 'count')).toEqual([]);
    expect(canonicals('Six decades later, the canal still carries grain.', 'count')).toEqual([]);
    expect(canonicals('The envoy, Ruiz, 64, arrived in Quito with 12 advisers.', 'count')).toEqual(['12']);
    expect(canonicals('Rescuers reached Seven Sisters Bay, where 40 hikers were stranded.', 'count')).toEqual(['40']);
    expect(canonicals('The mayor was only nine years old when the dam burst.', 'duration')).toEqual([]);
    expect(canonicals('Her 19-year-old daughter joined the three-week march.', 'duration')).toEqual(['P3W']);
  });
  it('does not count the numbers of numbered paragraphs and list items', () => {
    const text = '1. The council met in Apia on 4 March.\n(2) Members approved 14 new projects.\nb) 3 envoys were recalled.\n12. Talks resume in May.';
    expect(canonicals(text, 'count')).toEqual(['14', '3']);
    const units = extractFacts({ sourceId: 's', text, publishedAt: '2024-06-10' }).map((f) => f.text);
    expect(units).toContain('The council met in Apia on 4 March.');
  });
  it('takes no fact from a line that is nothing but a value', () => {
    const text = 'The treaty was signed by both ministers in Suva.\n\nSUVA\n14 May 2025\n\n$3.5 billion';
    expect(extractFacts({ sourceId: 's', text, publishedAt: '2025-05-14' }).filter((f) => f.kind === 'date' || f.kind === 'money')).toEqual([]);
  });
});

describe('durations, ranks, ordinals', () => {
  it('reads durations', () => {
    expect(canonicals('The king began a two-day visit to Ghana.', 'duration')).toEqual(['P2D']);
    expect(canonicals('A three-week tour of Brazil followed.', 'duration')).toEqual(['P3W']);
  });
  it('reads ranks', () => {
    expect(canonicals('Canada is the third-largest investor in Mexico.', 'rank')).toEqual(['#3']);
    expect(canonicals('Germany is Poland’s largest trading partner.', 'rank')).toEqual(['#1']);
    expect(canonicals('Korea is one of the largest investors in Laos.', 'rank')).toEqual([]);
  });
  it('reads ordinals', () => {
    expect(canonicals('The two states marked the 50th anniversary of their treaty.', 'ordinal')).toEqual(['50']);
    expect(canonicals('Coal gives a fifth of the power in Chile.', 'ordinal')).toEqual([]);
  });
});

describe('statements', () => {
  it('finds agreements, pledges and signings', () => {
    // Statements only: every sentence is also a claim of its own (parser event.clause).
    const kinds = (t: string) => extractFacts({ sourceId: 's', text: t, publishedAt: null }).filter((f) => f.parser !== 'event.clause').map((f) => f.kind);
    expect(kinds('Both leaders agreed to expand rail links between Austria and Hungary.')).toContain('agreement');
    expect(kinds('Finland pledged to double its aid to Mozambique.')).toContain('agreement');
    expect(kinds('The two ministers signed a memorandum on fisheries.')).toContain('agreement');
    expect(kinds('The weather in the capital was mild.')).toEqual([]);
  });
  it('finds firsts as claims with the ordinal 1', () => {
    const facts = extractFacts({ sourceId: 's', text: 'This is the chancellor’s first visit to Chile since taking office.', publishedAt: null });
    const claim = facts.find((f) => f.kind === 'claim');
    expect(claim?.values[0]).toMatchObject({ type: 'ordinal', canonical: '1', surface: 'first' });
  });
  it('attributes quotes and statements to their speaker', () => {
    const quote = extractFacts({
      sourceId: 's',
      text: '“Our ports are open to every partner in the region,” Minister Anna Lindqvist said.',
      publishedAt: null,
    }).find((f) => f.kind === 'quote');
    expect(quote?.speaker).toBe('Anna Lindqvist');
  });
  it('finds the speaker on either side of a quotation, and only where a verb of saying points to one', () => {
    const speakerOf = (text: string) => extractFacts({ sourceId: 's', text, publishedAt: null }).find((f) => f.kind === 'quote')?.speaker;
    expect(speakerOf('“The bridge will reopen before the harvest season,” says Okonkwo.')).toBe('Okonkwo');
    expect(speakerOf('Okonkwo told reporters: “The bridge will reopen before the harvest season.”')).toBe('Okonkwo');
    expect(speakerOf('Okonkwo said, “The bridge will reopen before the harvest season.”')).toBe('Okonkwo');
    expect(speakerOf('He paused, as if to say “The bridge will reopen before the harvest season.”')).toBeUndefined();
  });
  it('does not take a capitalised “States” for someone speaking, nor a time after “said” for the speaker', () => {
    const facts = (text: string) => extractFacts({ sourceId: 's', text, publishedAt: null });
    expect(facts('The United States will lift its tariffs on Chilean copper.').filter((f) => f.kind === 'claim' && f.speaker)).toEqual([]);
    expect(facts('Chilean officials said Monday that the tariffs had hurt exports.').find((f) => f.kind === 'claim')?.speaker).toBe('Chilean officials');
    expect(facts('European officials said Chile had met every condition.').find((f) => f.kind === 'claim')?.speaker).toBe('European officials');
    expect(facts('Chile has also said it will cut tariffs on wine.').find((f) => f.kind === 'claim')?.speaker).toBe('Chile');
  });
  it('keeps the speaker of an agreement announced in a quotation', () => {
    const facts = extractFacts({ sourceId: 's', text: '“We have agreed to reopen the northern crossing,” Halvorsen said.', publishedAt: null });
    expect(facts.find((f) => f.kind === 'agreement')?.speaker).toBe('Halvorsen');
  });
  it('keeps a middle initial inside its sentence', () => {
    const facts = extractFacts({ sourceId: 's', text: 'Officials briefed President-elect John Q. Adams on the 12 treaties.', publishedAt: null });
    expect(facts.find((f) => f.values[0]?.canonical === '12')?.text).toBe('Officials briefed President-elect John Q. Adams on the 12 treaties.');
  });
});

describe('fact ids', () => {
  it('do not depend on offsets, so a restored line above keeps them', () => {
    const body = 'Exports to Chile reached US$46.2 billion in 2023.\nThe port was rebuilt in 1987.';
    const before = extractFacts({ sourceId: 's', text: body, publishedAt: null }).map((f) => f.id);
    const restored = 'A restored line about nothing.';
    const after = extractFacts({ sourceId: 's', text: `${restored}\n${body}`, publishedAt: null }).filter((f) => f.text !== restored).map((f) => f.id);
    expect(after).toEqual(before);
  });
  it('number exact repeats apart', () => {
    const facts = extractFacts({ sourceId: 's', text: 'The port was rebuilt in 1987.\nThe port was rebuilt in 1987.', publishedAt: null });
    expect(facts.filter((f) => f.kind === 'date')).toHaveLength(2);
    expect(facts.filter((f) => f.kind === 'claim')).toHaveLength(2);
    expect(new Set(facts.map((f) => f.id)).size).toBe(4);
  });
});
