// The timeline on invented facts: when a fact happened, a corroborated group as one mark with all
// its sources, a conflict with the values each side gives, a sentence's loose facts joined, two
// figures of one sentence kept apart, date order, and the brief's table citing verified facts only.
// Its build grows linearly: the same work at two sizes in one run, compared by CPU time.
import { describe, expect, it } from 'vitest';
import { buildFactIndex } from '../../../src/core/factIndex';
import type { Decision, Fact, FactValue, Group } from '../../../src/core/model';
import { buildTimeline, factTime } from '../../../src/core/timeline';
import { clip, timelineTable } from '../../../src/core/brief/timelineTable';

let n = 0;
function fact(sourceId: string, values: Array<Partial<FactValue> & Pick<FactValue, 'type' | 'canonical'>>, options: Partial<Fact> = {}): Fact {
  n += 1;
  return {
    id: `fact_${n}`,
    sourceId,
    text: options.text ?? `Sentence ${n}.`,
    start: options.start ?? n * 100,
    end: options.end ?? n * 100 + 50,
    kind: options.kind ?? (values[0]?.type === 'date' ? 'date' : values[0]?.type === 'count' ? 'count' : 'claim'),
    values: values.map((v) => ({ surface: v.canonical, start: 0, end: 1, ...v })),
    entities: [],
    subject: '',
    ...options,
  };
}
const date = (canonical: string, extra: Partial<FactValue> = {}) => ({ type: 'date' as const, canonical, ...extra });
const count = (canonical: string, surface = canonical) => ({ type: 'count' as const, canonical, surface });
const group = (id: string, relation: Group['relation'], facts: Fact[], rule?: string): Group => ({
  id,
  relation,
  subject: 'people dead',
  factIds: facts.map((f) => f.id),
  reason: 'test',
  ...(rule ? { rule } : {}),
});
const verified = (...facts: Fact[]): Record<string, Decision> =>
  Object.fromEntries(facts.map((f) => [f.id, { factId: f.id, status: 'verified', credibility: null, note: '', at: '2024-01-01T00:00:00Z' }]));

describe('factTime', () => {
  it('places a fact by its date, ahead of the day a figure was only reported, then by its event', () => {
    expect(factTime(fact('a', [date('2023-09-09', { reported: true }), date('2023-09-08')]))?.canonical).toBe('2023-09-08');
    expect(factTime(fact('a', [count('2012'), date('2023-09-09', { reported: true })]))?.canonical).toBe('2023-09-09');
    expect(factTime(fact('a', [{ type: 'daterange', canonical: '2025-04-27/2025-04-29' }]))).toMatchObject({ type: 'daterange', start: '2025-04-27', end: '2025-04-29' });
    const event = { action: 'sign', actionClass: 'sign', actors: [], others: [], objects: [], mood: 'past' as const, lemmas: [], time: '2024-05-29' };
    expect(factTime(fact('a', [], { event }))?.canonical).toBe('2024-05-29');
  });

  it('leaves out a day without its year and a fact with no date', () => {
    expect(factTime(fact('a', [date('09-08')]))).toBeNull();
    expect(factTime(fact('a', [count('12')]))).toBeNull();
  });
});

describe('buildTimeline', () => {
  const quakeA = fact('src_a', [date('2023-09-08')], { text: 'The quake struck on Friday.' });
  const quakeB = fact('src_b', [date('2023-09-08')]);
  const quakeC = fact('src_c', [date('2023-09-08')]);
  const deadA = fact('src_a', [count('2012', 'some 2,012'), date('2023-09-09', { reported: true })], { text: 'Some 2,012 died and 2,059 were hurt.', start: 5000, end: 5040 });
  const hurtA = fact('src_a', [count('2059'), date('2023-09-09', { reported: true })], { start: 5000, end: 5040 });
  const deadB = fact('src_b', [count('2012', 'at least 2,012'), date('2023-09-09', { reported: true })]);
  const deadC = fact('src_c', [count('2122', 'at least 2,122'), date('2023-09-09', { reported: true })]);
  const hurtB = fact('src_b', [count('2059'), date('2023-09-09', { reported: true })]);
  const mourn = fact('src_a', [date('2023-09-10')], { kind: 'date', start: 7000, end: 7060, text: 'The king declared three days of mourning on Sunday.' });
  const mournClaim = fact('src_a', [{ type: 'duration', canonical: 'P3D' }, date('2023-09-10')], { kind: 'claim', start: 7000, end: 7060 });
  const undated = fact('src_b', [count('86')]);
  const yearless = fact('src_c', [date('09-11')]);
  const facts = [mourn, mournClaim, deadA, hurtA, deadB, deadC, hurtB, quakeA, quakeB, quakeC, undated, yearless];
  const groups = [
    group('g_quake', 'corroborated', [quakeA, quakeB, quakeC]),
    group('g_dead_same', 'corroborated', [deadA, deadB]),
    group('g_dead', 'conflict', [deadA, deadB, deadC], 'figure.different-value'),
    group('g_hurt', 'corroborated', [hurtA, hurtB]),
  ];
  const index = buildFactIndex({ facts, groups });
  const timeline = buildTimeline(index);
  const markOf = (f: Fact) => timeline.marks.find((m) => m.positions.includes(index.position(f.id)!))!;

  it('makes a corroborated group one mark with every source behind it', () => {
    const mark = markOf(quakeA);
    expect(mark.positions).toHaveLength(3);
    expect(mark.sourceIds.sort()).toEqual(['src_a', 'src_b', 'src_c']);
    expect(mark.conflict).toBe(false);
    expect(mark.time.canonical).toBe('2023-09-08');
  });

  it('keeps a conflict on one mark, with each side once (a hedge does not make a side)', () => {
    const mark = markOf(deadC);
    expect(markOf(deadA)).toBe(mark);
    expect(mark.conflict).toBe(true);
    expect(mark.differing).toEqual(['some 2,012', 'at least 2,122']);
    expect(mark.sourceIds).toHaveLength(3);
  });

  it('joins a sentence’s loose facts of one time, but keeps two grouped figures of one sentence apart', () => {
    expect(markOf(mourn)).toBe(markOf(mournClaim));
    expect(markOf(mourn).positions[0]).toBe(index.position(mourn.id));
    expect(markOf(hurtA)).not.toBe(markOf(deadA));
  });

  it('orders the marks by date and counts what it could not place', () => {
    expect(timeline.marks.map((m) => m.time.canonical)).toEqual(['2023-09-08', '2023-09-09', '2023-09-09', '2023-09-10']);
    expect(timeline.marks.every((m) => !m.positions.includes(index.position(undated.id)!))).toBe(true);
    expect(timeline.yearlessFacts).toBe(1);
    expect(timeline.placedFacts).toBe(10);
  });

  it('puts into the brief only marks with a verified fact, citing as few facts as cover their sources', () => {
    const table = timelineTable(timeline.marks, index, verified(quakeA, quakeB, deadA, deadC));
    expect(table.unverified).toBe(2);
    expect(table.rows.map((r) => r.date)).toEqual(['8 September 2023', '9 September 2023']);
    // quakeA's endnote quotes its corroborating sources: one citation covers all three.
    expect(table.rows[0]!.factIds).toEqual([quakeA.id]);
    expect(table.rows[0]!.what).toBe('The quake struck on Friday.');
    expect(table.rows[1]!.factIds).toEqual([deadA.id, deadC.id]);
    expect(table.rows[1]!.what).toBe('Some 2,012 died and 2,059 were hurt. Sources differ: some 2,012; at least 2,122.');
  });

  it('cuts a long sentence at a word with an ellipsis', () => {
    expect(clip('one two three four five', 16)).toBe('one two three…');
    expect(clip('short', 12)).toBe('short');
  });
});

describe('buildTimeline at scale', () => {
  // Sources of one day each report a figure; pairs corroborate: a group per pair.
  const project = (size: number) => {
    const facts: Fact[] = [];
    const groups: Group[] = [];
    for (let i = 0; i < size; i++) {
      const day = `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
      const a = fact(`s${i % 50}`, [count(String(i)), date(day)]);
      const b = fact(`s${(i + 1) % 50}`, [count(String(i)), date(day)]);
      facts.push(a, b);
      groups.push(group(`g${i}`, i % 7 === 0 ? 'conflict' : 'corroborated', [a, b]));
    }
    return buildFactIndex({ facts, groups });
  };
  const cpu = (run: () => void) => {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    return used.user + used.system;
  };

  it('takes about ten times as long for ten times the facts, not a hundred', () => {
    const small = project(2_000);
    const large = project(20_000);
    buildTimeline(small);
    const a = Math.min(cpu(() => buildTimeline(small)), cpu(() => buildTimeline(small)));
    const b = Math.min(cpu(() => buildTimeline(large)), cpu(() => buildTimeline(large)));
    expect(buildTimeline(large).marks).toHaveLength(20_000);
    expect(b / a).toBeLessThan(30);
  });
});
