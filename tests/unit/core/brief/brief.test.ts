import { describe, expect, it } from 'vitest';
import {
  briefLayout,
  briefTemplate,
  checkBriefIntegrity,
  classifyTopic,
  draftBrief,
  numberCitations,
  placeFacts,
} from '../../../../src/core/brief';
import type { Brief, Inline, Section } from '../../../../src/core/model';
import { briefInput, CORROBORATED, DEFAULTS, F, S1, S2, withPromptsWritten } from './briefFixture';

const cite = (factId: string): Inline => ({ type: 'cite', factId });
const text = (t: string): Inline => ({ type: 'text', text: t });

function briefWith(sections: Section[]): Brief {
  return { ...briefTemplate('blank', DEFAULTS), sections };
}

describe('templates', () => {
  it('gives a visit brief its seven sections in order, and a blank brief one empty section', () => {
    const visit = briefTemplate('visit', DEFAULTS);
    expect(visit.sections.map((s) => s.title)).toEqual([
      'Purpose',
      'Key messages',
      'Background',
      'Key figures',
      'Areas of cooperation',
      'Issues and sensitivities',
      'Sources',
    ]);
    expect(new Set(visit.sections.map((s) => s.id)).size).toBe(7);
    expect(visit).toMatchObject({ title: DEFAULTS.title, marking: DEFAULTS.marking, preparedFor: DEFAULTS.preparedFor, date: DEFAULTS.date });
    const blank = briefTemplate('blank', DEFAULTS);
    expect(blank.sections).toHaveLength(1);
    expect(blank.template).toBe('blank');
  });
});

describe('numberCitations', () => {
  const input = briefInput();

  it('numbers facts in order of first appearance and reuses a number for a repeated fact', () => {
    const brief = briefWith([
      { id: 'a', title: 'A', blocks: [{ type: 'paragraph', content: [text('x'), cite(F.oda.id), text('y'), cite(F.meeting.id)] }] },
      { id: 'b', title: 'B', blocks: [{ type: 'bullets', items: [[cite(F.meeting.id)], [cite(F.relations.id)]] }] },
      { id: 'c', title: 'C', blocks: [{ type: 'keyFigures', rows: [{ factId: F.people.id, indicator: 'People', value: '520,000', asOf: '2025' }] }] },
    ]);
    const { endnotes, numberOf } = numberCitations(brief, input);
    expect(endnotes.map((n) => n.factId)).toEqual([F.oda.id, F.meeting.id, F.relations.id, F.people.id]);
    expect(endnotes.map((n) => n.number)).toEqual([1, 2, 3, 4]);
    expect(numberOf.get(F.meeting.id)).toBe(2);
  });

  it('renumbers when sections are reordered (numbers are never stored)', () => {
    const a: Section = { id: 'a', title: 'A', blocks: [{ type: 'paragraph', content: [cite(F.oda.id)] }] };
    const b: Section = { id: 'b', title: 'B', blocks: [{ type: 'paragraph', content: [cite(F.meeting.id)] }] };
    expect(numberCitations(briefWith([a, b]), input).numberOf.get(F.meeting.id)).toBe(2);
    expect(numberCitations(briefWith([b, a]), input).numberOf.get(F.meeting.id)).toBe(1);
  });

  it('cites every source of a corroborated fact, with grades and the quoted words', () => {
    const brief = briefWith([{ id: 'a', title: 'A', blocks: [{ type: 'paragraph', content: [cite(F.trade2.id)] }] }]);
    const [note] = numberCitations(brief, input).endnotes;
    expect(note!.sourceIds).toEqual([S2.id, F.trade1.sourceId]);
    expect(note!.text).toContain('The Tokyo Ledger');
    expect(note!.text).toContain('Báo Nhân Dân');
    // Each source with its own grade (reliability letter, credibility digit) and its own words.
    expect(note!.text).toMatch(/Báo Nhân Dân, “Tô Lâm visits Japan”, 10 March 2025, graded B1: /);
    expect(note!.text).toMatch(/The Tokyo Ledger, “Trade ties deepen”, 11 March 2025, graded C\d: /);
    expect(note!.text).toContain(`“${F.trade2.text}”`);
    expect(note!.text).toContain(`“${F.trade1.text}”`);
    expect(note!.sources.map((s) => s.quote)).toEqual([F.trade2.text, F.trade1.text]);
  });

  it('leaves out a corroborating source whose fact was rejected', () => {
    const rejected = briefInput({ [F.trade1.id]: 'rejected' });
    const brief = briefWith([{ id: 'a', title: 'A', blocks: [{ type: 'paragraph', content: [cite(F.trade2.id)] }] }]);
    expect(numberCitations(brief, rejected).endnotes[0]!.sourceIds).toEqual([S2.id]);
  });
});

describe('draftBrief', () => {
  const input = briefInput();
  const brief = draftBrief(input, DEFAULTS);
  const section = (role: string) => brief.sections.find((s) => s.role === role)!;
  const citedIn = (role: string) =>
    JSON.stringify(section(role).blocks)
      .match(/"factId":"([^"]+)"/g)
      ?.map((m) => m.slice(10, -1)) ?? [];

  it('places verified facts by topic', () => {
    expect(citedIn('key-messages')).toEqual([F.trade1.id]);
    expect(citedIn('background')).toEqual(expect.arrayContaining([F.meeting.id, F.relations.id]));
    expect(citedIn('issues')).toEqual([F.trainees.id]);
    const cooperation = JSON.stringify(section('cooperation').blocks);
    expect(cooperation).toContain('Investment and aid');
    expect(cooperation).toContain('People-to-people');
    expect(cooperation).toContain('Defence and security');
    const order = [F.oda.id, F.people.id, F.maritime.id].map((id) => cooperation.indexOf(id));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
  });

  it('cites one fact per corroborated group and fills key figures from numeric facts', () => {
    const all = brief.sections.flatMap((s) => JSON.stringify(s.blocks).match(/fact_trade\d/g) ?? []);
    expect(new Set(all)).toEqual(new Set([F.trade1.id]));
    const table = section('key-figures').blocks[0];
    expect(table?.type).toBe('keyFigures');
    if (table?.type !== 'keyFigures') return;
    expect(table.rows.map((r) => r.value)).toEqual(['US$46.2 billion', 'some 520,000']);
    expect(table.rows[0]!.asOf).toBe('2024');
  });

  it('leaves out facts that are not verified', () => {
    const partly = draftBrief(briefInput({ [F.maritime.id]: 'unverified', [F.oda.id]: 'rejected' }), DEFAULTS);
    const json = JSON.stringify(partly);
    expect(json).not.toContain(F.maritime.id);
    expect(json).not.toContain(F.oda.id);
    expect(checkBriefIntegrity(withPromptsWritten(partly), briefInput({ [F.maritime.id]: 'unverified', [F.oda.id]: 'rejected' }))).toEqual([]);
  });

  it('is deterministic and says why each fact went where it did', () => {
    expect(draftBrief(input, DEFAULTS)).toEqual(brief);
    const placements = placeFacts(input);
    for (const p of placements) expect(p.reason.length).toBeGreaterThan(10);
    expect(placements.find((p) => p.factId === F.maritime.id)!.reason).toMatch(/maritime|security/);
  });

  it('quotes a sentence once even when it carries several facts, and keeps percentage changes out of the key figures', () => {
    const base = briefInput();
    const change: typeof F.trade1 = {
      ...F.trade1,
      id: 'fact_trade_change',
      kind: 'percent',
      subject: 'two-way trade turnover US previous',
      values: [F.trade1.values[1]!, F.trade1.values[2]!],
    };
    const input = {
      ...base,
      facts: [...base.facts, change],
      decisions: { ...base.decisions, [change.id]: { ...base.decisions[F.trade1.id]!, factId: change.id } },
    };
    const drafted = draftBrief(input, DEFAULTS);
    const sentences = JSON.stringify(drafted).match(/In 2024, two-way trade turnover reached/g) ?? [];
    expect(sentences).toHaveLength(1);
    const rows = drafted.sections.flatMap((sec) => sec.blocks).flatMap((b) => (b.type === 'keyFigures' ? b.rows : []));
    expect(rows.map((r) => r.value)).not.toContain('2.7%');
    expect(rows.find((r) => r.value === 'US$46.2 billion')!.indicator).not.toMatch(/\bUS\b|2024/);
  });

  it('classifies by general topic words', () => {
    const make = (sentence: string) => ({ ...F.meeting, text: sentence, subject: '' });
    expect(classifyTopic(make('Exports of rice and coffee rose sharply.')).topic).toBe('economy-trade');
    expect(classifyTopic(make('The bank approved a loan for a new expressway.')).topic).toBe('investment-aid');
    expect(classifyTopic(make('More than 3,000 students received scholarships.')).topic).toBe('people-to-people');
    expect(classifyTopic(make('The navy held a joint exercise.')).topic).toBe('defence-security');
    expect(classifyTopic(make('The ambassador marked the anniversary of relations.')).topic).toBe('diplomacy-history');
  });
});

describe('checkBriefIntegrity', () => {
  it('lists every problem: not verified, rejected, missing fact, missing source', () => {
    const input = briefInput({ [F.meeting.id]: 'unverified', [F.oda.id]: 'rejected' });
    const withoutS2 = { ...input, sources: input.sources.filter((s) => s.id !== S2.id) };
    const brief = briefWith([
      {
        id: 'a',
        title: 'A',
        blocks: [{ type: 'paragraph', content: [cite(F.meeting.id), cite(F.oda.id), cite('fact_gone'), cite(F.relations.id), cite(F.people.id)] }],
      },
    ]);
    const problems = checkBriefIntegrity(brief, withoutS2);
    expect(problems.map((p) => [p.factId, p.reason])).toEqual([
      [F.meeting.id, 'not-verified'],
      [F.oda.id, 'rejected'],
      ['fact_gone', 'missing-fact'],
      [F.relations.id, 'missing-source'],
    ]);
    for (const p of problems) expect(p.message.length).toBeGreaterThan(20);
  });

  it('refuses, with no override, a quote that is not its source\'s words at its offsets, naming the citation, the fact and the source', () => {
    const input = briefInput();
    const tampered = { ...F.meeting, text: 'General Secretary Tô Lâm cancelled his meeting with Prime Minister 石破茂.' };
    const brief = briefWith([{ id: 'a', title: 'A', blocks: [{ type: 'paragraph', content: [cite(F.people.id), text('Met. '), cite(F.meeting.id)] }] }]);
    const problems = checkBriefIntegrity(brief, { ...input, facts: input.facts.map((f) => (f.id === F.meeting.id ? tampered : f)) });
    expect(problems).toHaveLength(1);
    const [p] = problems;
    expect(p).toMatchObject({ factId: F.meeting.id, reason: 'not-source-words', overridable: false });
    expect(p!.message).toContain('Citation 2 quotes “General Secretary Tô Lâm cancelled');
    expect(p!.message).toContain(`fact ${F.meeting.id}`);
    expect(p!.message).toContain('Báo Nhân Dân, “Tô Lâm visits Japan” (src_one.txt)');
    expect(p!.message).toContain('that source says “General Secretary Tô Lâm met Prime Minister 石破茂 in Tokyo on Monday.”');
  });

  it('refuses offsets outside the source and a corroborating source\'s tampered words; accepts the same words with other whitespace', () => {
    const input = briefInput();
    const brief = briefWith([{ id: 'a', title: 'A', blocks: [{ type: 'paragraph', content: [cite(F.trade1.id), cite(F.oda.id), cite(F.people.id)] }] }]);
    const facts = input.facts.map((f) => {
      if (f.id === F.trade2.id) return { ...f, text: f.text.replace('46.2', '64.2') }; // corroborates trade1, quoted in its note
      if (f.id === F.oda.id) return { ...f, start: S1.text.length + 5, end: S1.text.length + 50 };
      if (f.id === F.people.id) return { ...f, text: f.text.replace(/ /g, '\n  ') };
      return f;
    });
    const problems = checkBriefIntegrity(brief, { ...input, facts });
    expect(problems.map((p) => [p.factId, p.reason, p.overridable])).toEqual([
      [F.trade1.id, 'not-source-words', false],
      [F.oda.id, 'not-source-words', false],
    ]);
    expect(problems[0]!.message).toMatch(/^Citation 1 quotes “Bilateral trade reached US\$64\.2 billion.*fact fact_trade2, which corroborates it.*The Tokyo Ledger/);
    expect(problems[1]!.message).toContain(`Citation 2 quotes`);
    expect(problems[1]!.message).toContain(`lies outside that source's ${S1.text.length} characters`);
  });

  it('finds nothing wrong with a draft of verified facts once its prompts are written', () => {
    const input = briefInput();
    expect(checkBriefIntegrity(withPromptsWritten(draftBrief(input, DEFAULTS)), input)).toEqual([]);
    expect(CORROBORATED.factIds).toHaveLength(2);
  });
});

describe('briefLayout', () => {
  it('puts endnotes in the Sources section and marks unverified citations', () => {
    const input = briefInput({ [F.meeting.id]: 'unverified' });
    const layout = briefLayout(draftBrief(briefInput(), DEFAULTS), input, { marking: 'SECRET', allowUnverified: true });
    expect(layout.cover.marking).toBe('SECRET');
    const sources = layout.sections[layout.sections.length - 1]!;
    expect(sources.title).toBe('Sources');
    const notes = sources.blocks.find((b) => b.kind === 'endnotes');
    expect(notes?.kind === 'endnotes' && notes.notes.length).toBe(layout.citations);
    const runs = layout.sections.flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'bullets' ? b.items.flat() : b.kind === 'paragraph' ? b.runs : []));
    const flagged = runs.filter((r) => r.kind === 'cite' && r.unverified);
    expect(flagged).toHaveLength(1);
  });
});

describe('prompts for the analyst', () => {
  const input = briefInput();
  const draft = draftBrief(input, DEFAULTS);

  it('are marked as prompts in the draft, not as italic text', () => {
    const purpose = draft.sections.find((s) => s.role === 'purpose')!;
    expect(purpose.blocks).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: expect.stringMatching(/^State the purpose/), prompt: true }] }]);
  });

  it('are listed by the integrity check, one problem each, naming the section', () => {
    const problems = checkBriefIntegrity(draft, input);
    expect(problems).toEqual([{ factId: '', reason: 'prompt', overridable: true, message: expect.stringMatching(/^“Purpose” still holds a prompt for you \(“State the purpose/) }]);
  });

  it('are never laid out for print, and a section left with nothing prints no heading', () => {
    const blank: Brief = {
      ...briefTemplate('blank', DEFAULTS),
      sections: [
        { id: 'a', title: 'Aims', blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'Say what the visit is for.', prompt: true }] }] },
        { id: 'b', title: 'Points', blocks: [{ type: 'bullets', items: [[text('First point, '), { type: 'text', text: 'add a second', prompt: true }]] }] },
      ],
    };
    const laid = briefLayout(blank, input);
    expect(laid.sections.map((s) => [s.title, s.anchor])).toEqual([['Points', 'section-1']]);
    expect(JSON.stringify(laid)).not.toMatch(/Say what|add a second/);
    expect(checkBriefIntegrity(blank, input).map((p) => p.reason)).toEqual(['prompt', 'prompt']);
  });
});
