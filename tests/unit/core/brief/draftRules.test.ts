// The drafting rules an analyst would notice on articles nobody tuned for: clean key-figure
// indicators, a sentence quoted once, datelines dropped, compact endnotes that still quote every
// source, and no file names where a reader expects an outlet.
import { describe, expect, it } from 'vitest';
import { briefLayout, bulletText, draftBrief, keyFigureRow, numberCitations, type BriefInput } from '../../../../src/core/brief';
import type { Brief, Decision, Fact, Group, Inline, Source } from '../../../../src/core/model';
import { DEFAULTS, fact, source } from './briefFixture';

const A = source(
  'src_a',
  'Vientiane Times',
  'Seoul deepens ties',
  '2024-06-02',
  'B',
  [
    'Korea is the second-largest aid donor to Laos and the fourth-largest partner in mining and energy.',
    'About 90,000 Thai tourists visit Laos each year, and 4,000 Thai students are enrolled there.',
    'Exports to Chile reached US$1.5 billion in 2023, up 4% on the previous year.',
    'Seoul had 312 valid projects in Laos at the end of March.',
    'Exports rose 4% in 2023 to US$1.9 billion.',
  ].join('\n'),
);
const B = source('src_b', 'Korea Herald', 'Laos and Korea', '2024-06-03', 'C', 'Exports reached US$1.9 billion in 2023, 4% more than in 2022.');
// Neither outlet nor title: only its file name identifies it.
const U = source('src_u', '', '', '', 'F', 'Exports reached US$1.9 billion in 2023, up 4%, according to officials.');

const rank = (surface: string, canonical: string) => ({ type: 'rank' as const, surface, canonical });

describe('key-figure rows', () => {
  it('words the indicator as the sentence does, and shows ranks', () => {
    const f = fact('f_mining', A, A.text.split('\n')[0]!, 'rank', 'partner mining energy', [rank('fourth-largest', '#4')]);
    expect(keyFigureRow(f, A)).toMatchObject({ indicator: 'Partner in mining and energy', value: 'fourth-largest' });
  });

  it('drops currency and time leftovers from the subject', () => {
    const f = fact('f_exports', A, A.text.split('\n')[2]!, 'money', 'Exports to Chile US previous 2023', [
      { type: 'money', surface: 'US$1.5 billion', canonical: '1500000000 USD' },
      { type: 'percent', surface: '4%', canonical: '4 %' },
      { type: 'date', surface: '2023', canonical: '2023' },
    ]);
    expect(keyFigureRow(f, A)).toMatchObject({ indicator: 'Exports to Chile', value: 'US$1.5 billion', asOf: '2023' });
  });

  it('never runs the indicator over the figure itself', () => {
    const f = fact('f_projects', A, A.text.split('\n')[3]!, 'count', 'Seoul valid projects in Laos', [{ type: 'count', surface: '312', canonical: '312' }]);
    expect(keyFigureRow(f, A)?.indicator).toBe('Valid projects in Laos');
  });

  it('leaves out a figure whose subject does not read as a phrase of its sentence', () => {
    const f = fact('f_students', A, A.text.split('\n')[1]!, 'count', 'Thai tourists Laos students enrolled', [{ type: 'count', surface: '4,000', canonical: '4000' }]);
    expect(keyFigureRow(f, A)).toBeNull();
  });

  it('lets a one-word indicator borrow a fuller one another source gives for the same figure', () => {
    const one = fact('f_inv1', A, A.text.split('\n')[0]!, 'rank', 'donor', [rank('second-largest', '#2')]);
    const other = fact('f_inv2', B, B.text, 'rank', 'Exports 2023', [rank('US$1.9 billion', '#2')]);
    const fuller = { ...one, id: 'f_inv3', subject: 'aid donor to Laos' };
    expect(keyFigureRow(one, A)?.indicator).toBe('Donor');
    expect(keyFigureRow(one, A, [other, fuller])?.indicator).toBe('Aid donor to Laos');
  });
});

describe('key-figure rows on awkward sentences', () => {
  const W = source(
    'src_w',
    'Coast Weekly',
    'Strandings',
    '2019-01-03',
    'B',
    [
      'A gunman killed two people at a cinema in Lafayette.',
      'More than 5,000 incidents have been recorded since 1840.',
      'Last week 140 pilot whales were beaching and dying on Stewart Island in the far south.',
      'The bill passed by 438 votes to 86 with 42 abstentions.',
      'The case will soon be referred by 75 members of parliament.',
    ].join('\n'),
  );
  const line = (i: number) => W.text.split('\n')[i]!;
  const count = (surface: string, canonical: string) => ({ type: 'count' as const, surface, canonical });

  it('leaves out a handful ("two people"): a detail of the story, not a key figure', () => {
    expect(keyFigureRow(fact('w0', W, line(0), 'count', 'gunman killed people cinema', [count('two', '2')]), W)).toBeNull();
  });

  it('gives the publication date, not the start of the period, as the date of a running total', () => {
    const f = fact('w1', W, line(1), 'count', 'incidents recorded 1840', [count('5,000', '5000'), { type: 'date', surface: '1840', canonical: '1840' }]);
    expect(keyFigureRow(f, W)).toMatchObject({ indicator: 'Incidents have been recorded', asOf: '3 January 2019' });
  });

  it('never stops an indicator inside a name, nor lets one run past seven words', () => {
    // "… dying on Stewart" would cut "Stewart Island" in two: the shorter run reads cleanly.
    const cut = fact('w2', W, line(2), 'count', 'pilot whales beaching dying Stewart', [count('140', '140')]);
    expect(keyFigureRow(cut, W)?.indicator).toBe('Pilot whales were beaching and dying');
    const long = fact('w2b', W, line(2), 'count', 'pilot whales beaching dying Stewart Island far south', [count('140', '140')]);
    expect(keyFigureRow(long, W)).toBeNull();
  });

  it('drops an indicator holding another figure, or one cut off at a joining word', () => {
    expect(keyFigureRow(fact('w3', W, line(3), 'count', 'votes abstentions', [count('86', '86')]), W)).toBeNull();
    expect(keyFigureRow(fact('w4', W, line(4), 'count', 'case soon referred by', [count('75', '75')]), W)).toBeNull();
  });
});

describe('bullet text', () => {
  it('drops a dateline but keeps a sentence that merely starts with a short abbreviation', () => {
    expect(bulletText('HANOI (Reuters) – The two ministers signed a rail memorandum.')).toBe('The two ministers signed a rail memorandum.');
    expect(bulletText('TOKYO, March 3 (Kyodo) — The two ministers signed a rail memorandum.')).toBe('The two ministers signed a rail memorandum.');
    expect(bulletText('VOV.VN - The visit   begins\non Monday in Hanoi.')).toBe('The visit begins on Monday in Hanoi.');
    expect(bulletText('US – China talks resumed in Geneva on Monday.')).toBe('US – China talks resumed in Geneva on Monday.');
  });
});

/** Exports rose 4% to US$1.9 billion: A's sentence carries the change first, then the level; B and U report both (a tie). */
function exportsInput(): BriefInput {
  const line = A.text.split('\n')[4]!;
  const money = { type: 'money' as const, surface: 'US$1.9 billion', canonical: '1900000000 USD' };
  const pct = { type: 'percent' as const, surface: '4%', canonical: '4 %' };
  const year = { type: 'date' as const, surface: '2023', canonical: '2023' };
  const facts: Fact[] = [
    fact('a_pct', A, line, 'percent', 'Exports 2023', [pct, year]),
    fact('a_money', A, line, 'money', 'Exports 2023', [money, year]),
    fact('b_money', B, B.text, 'money', 'Exports 2023', [money, year]),
    fact('b_pct', B, B.text, 'percent', 'Exports 2023', [pct, year]),
    fact('u_money', U, U.text, 'money', 'Exports 2023', [money, year]),
    fact('u_pct', U, U.text, 'percent', 'Exports 2023', [pct, year]),
  ];
  // The value offsets must fall inside each fact's own sentence, in the order they are written.
  for (const f of facts) expect(f.values.every((v) => v.start >= f.start && v.end <= f.end)).toBe(true);
  const groups: Group[] = [
    { id: 'g_money', relation: 'corroborated', subject: 'exports', factIds: ['a_money', 'b_money', 'u_money'], reason: '' },
    { id: 'g_pct', relation: 'corroborated', subject: 'exports change', factIds: ['a_pct', 'b_pct', 'u_pct'], reason: '' },
  ];
  const decisions: Record<string, Decision> = {};
  for (const f of facts) decisions[f.id] = { factId: f.id, status: 'verified', credibility: f.id === 'a_money' ? null : 2, note: '', at: '2024-06-04T00:00:00Z' };
  return { facts, sources: [A, B, U], decisions, groups };
}

describe('a sentence carrying several figures', () => {
  const input = exportsInput();
  const brief = draftBrief(input, DEFAULTS);
  const cited = (b: Brief) => JSON.stringify(b.sections).match(/"factId":"([^"]+)"/g) ?? [];

  it('is quoted once, and the table cites the same fact as the text (one note, not two)', () => {
    expect(JSON.stringify(brief).match(/Exports rose 4%/g)).toHaveLength(1);
    expect(new Set(cited(brief))).toEqual(new Set(['"factId":"a_money"']));
    expect(numberCitations(brief, input).endnotes).toHaveLength(1);
  });

  it('has a note quoting every source’s own words, with its grade, and no file name in the table', () => {
    const [note] = numberCitations(brief, input).endnotes;
    expect(note!.sources.map((s) => s.quote)).toEqual([A.text.split('\n')[4], B.text, U.text]);
    // Verified without a grade: the suggested credibility (three sources agree: 1), said to be a
    // suggestion, never 6; each other source keeps its own fact's grade.
    expect(note!.text).toContain('Vientiane Times, “Seoul deepens ties”, 2 June 2024, graded B1 (credibility suggested: corroborated by 3 sources): “Exports rose 4%');
    expect(note!.text).toContain('Korea Herald, “Laos and Korea”, 3 June 2024, graded C2: “Exports reached US$1.9 billion in 2023, 4% more');
    // No outlet or title: the file name, once.
    expect(note!.text).toContain('src_u.txt, undated, graded F2: “Exports reached US$1.9 billion in 2023, up 4%, according to officials.”');
    const table = briefLayout(brief, input).sections.flatMap((s) => s.blocks).find((b) => b.kind === 'keyFigures');
    expect(table?.kind === 'keyFigures' && table.rows[0]!.outlets).toBe('Korea Herald; Vientiane Times; 1 unnamed source');
  });

  it('is quoted in full in the first note that cites it, and pointed to from later ones', () => {
    const both: Brief = {
      ...brief,
      sections: [{ id: 's', title: 'S', blocks: [{ type: 'bullets', items: [[{ type: 'cite', factId: 'a_money' }], [{ type: 'cite', factId: 'a_pct' }]] }] }],
    };
    const [first, second] = numberCitations(both, input).endnotes;
    expect(first!.sources.every((s) => s.quotedIn === null)).toBe(true);
    expect(second!.sources.map((s) => s.quotedIn)).toEqual([1, 1, 1]);
    expect(second!.text).toContain('graded B2: the same sentence as note 1.');
    expect(second!.text).toContain('graded C2: the same sentence as note 1.');
    const notes = briefLayout(both, input).sections.flatMap((s) => s.blocks).find((b) => b.kind === 'endnotes');
    expect(notes?.kind === 'endnotes' && notes.notes[1]!.entries.map((e) => [e.quote, e.quotedIn])).toEqual([
      ['', 1],
      ['', 1],
      ['', 1],
    ]);
  });

  it('keeps the rise out of the key figures and says nothing is disputed when no group conflicts', () => {
    const rows = brief.sections.flatMap((s) => s.blocks).flatMap((b) => (b.type === 'keyFigures' ? b.rows : []));
    expect(rows.map((r) => [r.indicator, r.value])).toEqual([['Exports', 'US$1.9 billion']]);
    const issues = JSON.stringify(brief.sections.find((s) => s.role === 'issues')!.blocks);
    expect(issues).toContain('"prompt":true');
    expect(issues).not.toContain('factId');
  });
});

describe('the Issues section states the disagreements', () => {
  // Three invented reports of one flood: two tolls and a third, hedged, that agrees with one.
  const P = source('src_p', 'River Post', 'Floods', '2031-04-02', 'B', 'Some 520,000 people fled the floods on Tuesday.');
  const Q = source('src_q', 'Delta Daily', 'Floods', '2031-04-02', 'B', 'About 600,000 people have fled the floods.');
  const R = source('src_r', 'Hill Times', 'Floods', '2031-04-03', 'C', 'At least 520,000 people fled, officials said.');
  const S = source('src_s', 'Plain News', 'Floods', '2031-04-03', 'C', 'The floods drove 630,000 people from their homes.');
  const count = (surface: string, canonical: string, qualifier?: string) => ({ type: 'count' as const, surface, canonical, ...(qualifier ? { qualifier } : {}) });
  const facts: Fact[] = [
    fact('p', P, P.text, 'count', 'people fled floods', [count('520,000', '520000')]),
    fact('q', Q, Q.text, 'count', 'people fled floods', [count('600,000', '600000')]),
    fact('r', R, R.text, 'count', 'people fled', [count('520,000', '520000', 'at least')]),
    fact('s', S, S.text, 'count', 'floods drove people homes', [count('630,000', '630000')]),
  ];
  const conflict: Group = { id: 'c', relation: 'conflict', subject: 'people fled floods 2031-04-01', factIds: ['p', 'q', 'r', 's'], reason: '' };
  const decide = (statuses: Record<string, Decision['status']>): Record<string, Decision> =>
    Object.fromEntries(Object.entries(statuses).map(([id, status]) => [id, { factId: id, status, credibility: 2, note: '', at: '2031-04-04T00:00:00Z' }]));
  const issuesOf = (decisions: Record<string, Decision>) =>
    draftBrief({ facts, sources: [P, Q, R, S], decisions, groups: [conflict] }, DEFAULTS).sections.find((s) => s.role === 'issues')!.blocks;
  const words = (content: Inline[]) => content.map((i) => (i.type === 'cite' ? `[${i.factId}]` : i.text)).join('');

  it('in one sentence citing every verified side, one note per source, the day written out', () => {
    const blocks = issuesOf(decide({ p: 'verified', q: 'verified', r: 'verified', s: 'verified' }));
    expect(blocks).toHaveLength(1);
    const [only] = blocks;
    expect(only!.type === 'bullets' && only!.items.map(words)).toEqual([
      'Figures for “people fled floods” (1 April 2031) differ: 520,000[p][r], 600,000[q], 630,000[s].',
    ]);
  });

  it('names a side nobody verified without citing it, so the sentence hides no side', () => {
    const blocks = issuesOf(decide({ p: 'verified', q: 'verified' }));
    expect(blocks[0]!.type === 'bullets' && words(blocks[0]!.items[0]!)).toBe(
      'Figures for “people fled floods” (1 April 2031) differ: 520,000[p], 600,000[q]; other reports give 630,000.',
    );
  });

  it('states a disagreement the analyst resolved as resolved, citing only the value that stands', () => {
    const blocks = issuesOf(decide({ p: 'verified', q: 'rejected', s: 'rejected', r: 'unverified' }));
    expect(blocks[0]!.type === 'bullets' && words(blocks[0]!.items[0]!)).toBe(
      'Figures for “people fled floods” (1 April 2031) differed; resolved as 520,000[p] (other reports gave 600,000 and 630,000).',
    );
  });

  it('leaves a prompt, citing nothing, while fewer than two sides are verified', () => {
    const blocks = issuesOf(decide({ p: 'verified' }));
    const prompts = blocks.flatMap((b) => (b.type === 'paragraph' ? b.content : [])).filter((i) => i.type === 'text' && i.prompt);
    expect(prompts).toHaveLength(1);
    expect(words(prompts)).toMatch(/^Figures for “people fled floods” \(1 April 2031\) differ \(520,000, 600,000 and 630,000\): verify each side/);
    // The verified fact is still quoted, as a bullet, until the disagreement can be stated.
    expect(JSON.stringify(blocks.filter((b) => b.type === 'bullets'))).toContain('"factId":"p"');
  });

  it('says who said it when the sources give different speakers', () => {
    const quote = (id: string, src: Source, speaker: string): Fact => ({ ...fact(id, src, src.text, 'quote', 'floods worst decade'), speaker, speakerKey: speaker.toLowerCase() });
    const A1 = source('src_a1', 'River Post', 'Floods', '2031-04-02', 'B', '“The worst floods in a decade,” said Mayor Lin.');
    const A2 = source('src_a2', 'Delta Daily', 'Floods', '2031-04-02', 'B', '“The worst floods in a decade,” said Governor Ortiz.');
    const quotes = [quote('a1', A1, 'Mayor Lin'), quote('a2', A2, 'Governor Ortiz')];
    const group: Group = { id: 'w', relation: 'conflict', rule: 'event.different-speaker', subject: 'worst floods decade', factIds: ['a1', 'a2'], reason: '' };
    const brief = draftBrief({ facts: quotes, sources: [A1, A2], decisions: decide({ a1: 'verified', a2: 'verified' }), groups: [group] }, DEFAULTS);
    const blocks = brief.sections.find((s) => s.role === 'issues')!.blocks;
    expect(blocks[0]!.type === 'bullets' && words(blocks[0]!.items[0]!)).toBe('Sources differ on who said “worst floods decade”: Mayor Lin[a1], Governor Ortiz[a2].');
  });

  it('asks for sensitivities when the sources agree on everything', () => {
    const blocks = issuesOf({});
    const none = draftBrief({ facts: [facts[0]!], sources: [P], decisions: {}, groups: [] }, DEFAULTS).sections.find((s) => s.role === 'issues')!.blocks;
    expect(blocks.length).toBeGreaterThan(0);
    expect(none).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'Note any sensitivities the principal should be aware of.', prompt: true }] }]);
  });
});

describe('key figures table', () => {
  it('keeps the twelve most widely reported figures, in reading order', () => {
    const lines = Array.from({ length: 15 }, (_, i) => `Province ${String.fromCharCode(65 + i)} exported ${i + 1},000 tonnes of coffee.`);
    const P = source('src_p', 'Coffee Weekly', 'Harvest', '2024-05-01', 'B', lines.join('\n'));
    const Q = source('src_q', 'Bean Post', 'Exports', '2024-05-02', 'B', lines.slice(10).join('\n'));
    const make = (src: typeof P, line: string, i: number) =>
      fact(`${src.id}_${i}`, src, line, 'quantity', `Province ${String.fromCharCode(65 + i)} exported coffee`, [
        { type: 'quantity', surface: `${i + 1},000 tonnes`, canonical: `${(i + 1) * 1000} t` },
      ]);
    const facts = [...lines.map((l, i) => make(P, l, i)), ...lines.slice(10).map((l, k) => make(Q, l, k + 10))];
    const groups: Group[] = [10, 11, 12, 13, 14].map((i) => ({ id: `g${i}`, relation: 'corroborated', subject: '', factIds: [`src_p_${i}`, `src_q_${i}`], reason: '' }));
    const decisions: Record<string, Decision> = Object.fromEntries(facts.map((f) => [f.id, { factId: f.id, status: 'verified', credibility: 2, note: '', at: '' }]));
    const brief = draftBrief({ facts, sources: [P, Q], decisions, groups }, DEFAULTS);
    const rows = brief.sections.flatMap((s) => s.blocks).flatMap((b) => (b.type === 'keyFigures' ? b.rows : []));
    expect(rows).toHaveLength(12);
    // The five two-source figures all make it; the rest are the first single-source ones.
    expect(rows.map((r) => r.factId)).toEqual([...[0, 1, 2, 3, 4, 5, 6].map((i) => `src_p_${i}`), ...[10, 11, 12, 13, 14].map((i) => `src_p_${i}`)]);
    expect(rows[0]!.indicator).toBe('Province A exported');
  });
});

describe('key messages', () => {
  it('are widely reported facts, most sources first, never a lead-in that ends with a colon', () => {
    const P = source('src_p', 'Daily One', 'One', '2024-01-01', 'B', 'In a long interview, the minister also said:\nThe port will open in May.\nTariffs on rice fall to zero.');
    const Q = source('src_q', 'Daily Two', 'Two', '2024-01-02', 'B', 'The minister said more:\nThe new port opens in May.\nRice tariffs will be zero.');
    const R = source('src_r', 'Daily Three', 'Three', '2024-01-03', 'B', 'Rice will enter tariff-free.');
    const lines = (src: typeof P) => src.text.split('\n');
    const facts = [
      fact('p0', P, lines(P)[0]!, 'quote', 'minister said'),
      fact('p1', P, lines(P)[1]!, 'date', 'port open'),
      fact('p2', P, lines(P)[2]!, 'claim', 'tariffs rice'),
      fact('q0', Q, lines(Q)[0]!, 'quote', 'minister said'),
      fact('q1', Q, lines(Q)[1]!, 'date', 'port opens'),
      fact('q2', Q, lines(Q)[2]!, 'claim', 'rice tariffs'),
      fact('r0', R, R.text, 'claim', 'rice tariff-free'),
    ];
    const groups: Group[] = [
      { id: 'g0', relation: 'corroborated', subject: '', factIds: ['p0', 'q0'], reason: '' },
      { id: 'g1', relation: 'corroborated', subject: '', factIds: ['p1', 'q1'], reason: '' },
      { id: 'g2', relation: 'corroborated', subject: '', factIds: ['p2', 'q2', 'r0'], reason: '' },
    ];
    const decisions: Record<string, Decision> = Object.fromEntries(facts.map((f) => [f.id, { factId: f.id, status: 'verified', credibility: 1, note: '', at: '' }]));
    const brief = draftBrief({ facts, sources: [P, Q, R], decisions, groups }, DEFAULTS);
    const messages = JSON.stringify(brief.sections.find((s) => s.role === 'key-messages')!.blocks).match(/"factId":"(\w+)"/g);
    expect(messages).toEqual(['"factId":"p2"', '"factId":"p1"']);
    expect(JSON.stringify(brief.sections.find((s) => s.role === 'background')!.blocks)).toContain('"factId":"p0"');
  });
});
