// The facts list as the renderer asks for it: a window of rows, filtered and sorted on the back
// end, with totals and counts, and where the selected facts stand; one fact in full for the
// evidence pane. And the cost of a list grows with the project, not with its square.
import { describe, expect, it } from 'vitest';
import { buildFactIndex } from '../../../../src/core/factIndex';
import { emptyProject, type Project } from '../../../../src/core/model';
import { calls } from '../../../../src/shared/api';
import { buildFactViews, factCounts, factDetail, factsPage, matchFacts, MEMBERS_PER_GROUP } from '../../../../src/node/service/factViews';
import { fact, generatedProject, group, growthOverFloor } from '../../core/generatedProject';

function project(facts: Project['facts'], groups: Project['groups']): Project {
  return { ...emptyProject({ id: 'prj_test', name: 'test', now: '2026-01-01T00:00:00.000Z' }), facts, groups };
}

const decided = (factId: string, status: 'verified' | 'rejected') => ({ factId, status, credibility: null, note: '', at: '2026-01-01T00:00:00.000Z' });

describe('a page of the facts list', () => {
  const facts = [fact('f1', 'A'), fact('f2', 'B'), fact('f3', 'C', 'eleven frigates'), fact('f4', 'A'), fact('f5', 'D', '14 ships')];
  const groups = [group('g1', 'corroborated', ['f1', 'f2', 'f4', 'f3']), group('g2', 'conflict', ['f2', 'f5']), group('g3', 'corroborated', ['f3', 'f5'])];
  const p = project(facts, groups);
  p.decisions = { f4: decided('f4', 'verified'), f5: decided('f5', 'rejected') };
  const index = buildFactIndex(p);
  const ids = (positions: readonly number[]) => positions.map((i) => facts[i]!.id);

  it('filters on the back end: status, kind, source, conflicts, words', () => {
    expect(ids(matchFacts(p, index, { filter: { status: 'unverified' } }))).toEqual(['f1', 'f2', 'f3']);
    expect(ids(matchFacts(p, index, { filter: { sourceId: 'A' } }))).toEqual(['f1', 'f4']);
    expect(ids(matchFacts(p, index, { filter: { conflictsOnly: true } }))).toEqual(['f2', 'f5']);
    expect(ids(matchFacts(p, index, { filter: { text: 'FRIGATES' } }))).toEqual(['f3']);
    expect(ids(matchFacts(p, index, { filter: { kind: 'money' } }))).toEqual([]);
  });

  it('sorts on the back end: most sources first, unverified first', () => {
    expect(ids(matchFacts(p, index, { sort: 'support' }))).toEqual(['f3', 'f2', 'f1', 'f4', 'f5']);
    expect(ids(matchFacts(p, index, { sort: 'status' }))).toEqual(['f1', 'f2', 'f3', 'f4', 'f5']);
    p.decisions['f1'] = decided('f1', 'rejected');
    expect(ids(matchFacts(p, index, { sort: 'status' }))).toEqual(['f2', 'f3', 'f4', 'f1', 'f5']);
    delete p.decisions['f1'];
  });

  it('gives a window of rows with the total matched, the project counts and where named facts stand', () => {
    const matched = matchFacts(p, index, { filter: { status: 'unverified' } });
    const page = factsPage(p, index, matched, factCounts(p, index), { offset: 1, limit: 1, locate: ['f3', 'f4', 'nope'] });
    expect(page.offset).toBe(1);
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.fact.id)).toEqual(['f2']);
    expect(page.rows[0]).toMatchObject({ inConflict: true, corroborated: true, supportCount: 3, suggestedCredibility: 4, groupIds: ['g1', 'g2'] });
    expect(page.counts).toEqual({ facts: 5, unverified: 3, verified: 1, rejected: 1, inConflict: 2, corroborated: 5 });
    expect(page.located).toEqual({ f3: 2 });
    expect(calls.factsPage.result.safeParse(page).success).toBe(true);
    // A row carries what the list shows, not what only grouping reads; the evidence pane has the fact whole.
    const parts = { event: { action: 'sail', actors: [], objects: [] }, about: { head: 'fleet' }, parser: 'count', speakerKey: 'x' };
    // Not a real event or subject: only that they stay out of the row matters here.
    const whole = project([{ ...fact('f1', 'A'), ...parts } as unknown as Project['facts'][number]], []);
    const row = factsPage(whole, buildFactIndex(whole), [0], factCounts(whole, buildFactIndex(whole)), { offset: 0, limit: 1 }).rows[0]!;
    expect(Object.keys(row.fact).filter((k) => k in parts)).toEqual([]);
    expect(row.fact).toMatchObject({ id: 'f1', text: 'The fleet has 12 ships.', kind: 'count' });
    expect(factDetail(whole, buildFactIndex(whole), 'f1')!.view.fact).toMatchObject({ parser: 'count', speakerKey: 'x' });
    // Past the end: no rows, the total still told.
    expect(factsPage(p, index, matched, factCounts(p, index), { offset: 10, limit: 5 })).toMatchObject({ offset: 3, total: 3, rows: [] });
    // Unless asked for the last block then (the list got shorter than where it was scrolled to).
    const last = factsPage(p, index, matched, factCounts(p, index), { offset: 10, limit: 2, clampToEnd: true });
    expect([last.offset, last.rows.map((r) => r.fact.id)]).toEqual([2, ['f3']]);
    expect(factsPage(p, index, matched, factCounts(p, index), { offset: 0, limit: 2, clampToEnd: true }).rows).toHaveLength(2);
  });

  it('gives the block of a followed fact where the list now holds it, in the one answer', () => {
    // Sorted by support, f1 is third: the block of two rows from 2, whatever offset was asked.
    const matched = matchFacts(p, index, { sort: 'support' });
    const page = factsPage(p, index, matched, factCounts(p, index), { offset: 0, limit: 2, locate: ['f2'], follow: 'f1' });
    expect([page.offset, page.rows.map((r) => r.fact.id)]).toEqual([2, ['f1', 'f4']]);
    expect(page.located).toEqual({ f2: 1, f1: 2 });
    // A followed fact the query does not match leaves the offset asked for (and the end clamped).
    const unverified = matchFacts(p, index, { filter: { status: 'unverified' } });
    expect(factsPage(p, index, unverified, factCounts(p, index), { offset: 2, limit: 2, follow: 'f5' }).offset).toBe(2);
    expect(factsPage(p, index, unverified, factCounts(p, index), { offset: 10, limit: 2, clampToEnd: true, follow: 'f5' }).offset).toBe(2);
    expect(calls.factsPage.arg.safeParse({ limit: 2, follow: 'f1' }).success).toBe(true);
    expect(calls.factsPage.arg.safeParse({ limit: 2, follow: '' }).success).toBe(false);
  });

  it('gives one fact with only its own groups and their other members, for the evidence pane', () => {
    const detail = factDetail(p, index, 'f5')!;
    expect(detail.view.status).toBe('rejected');
    expect(detail.groups.map((g) => [g.id, g.sourceCount])).toEqual([['g2', 2], ['g3', 2]]);
    expect(detail.members.map((m) => m.fact.id)).toEqual(['f2', 'f3']);
    expect(factDetail(p, index, 'gone')).toBeNull();
  });

  it('gives the evidence pane the first members of a large group, not all of them', () => {
    const many = Array.from({ length: MEMBERS_PER_GROUP + 15 }, (_, i) => fact(`m${i}`, `S${i}`));
    const big = project(many, [group('gb', 'corroborated', many.map((f) => f.id))]);
    const detail = factDetail(big, buildFactIndex(big), 'm3')!;
    expect(detail.groups[0]!.factIds).toHaveLength(MEMBERS_PER_GROUP + 15);
    expect(detail.members.map((m) => m.fact.id)).toEqual(many.map((f) => f.id).filter((id) => id !== 'm3').slice(0, MEMBERS_PER_GROUP));
  });

  it('validates the window asked for: a limit, a known order, nothing else', () => {
    expect(calls.factsPage.arg.safeParse({ limit: 50, query: { sort: 'support', filter: { status: 'verified' } } }).success).toBe(true);
    expect(calls.factsPage.arg.safeParse({ limit: 5000 }).success).toBe(false);
    expect(calls.factsPage.arg.safeParse({ limit: 5, query: { sort: 'random' } }).success).toBe(false);
    expect(calls.factsPage.arg.safeParse({ limit: 5, extra: true }).success).toBe(false);
    expect(calls.factsPage.arg.safeParse({ offset: -1, limit: 5 }).success).toBe(false);
    expect(calls.factsDecide.arg.safeParse({ factIds: ['f1'], credibility: 2 }).success).toBe(true);
  });
});

describe('growth', () => {
  it('listing every fact (index, filter, views) grows as a single pass over the facts does, not with their square', () => {
    const [small, large] = [generatedProject(5_000), generatedProject(20_000)].map((g) => project(g.facts, g.groups)) as [Project, Project];
    // A fresh index each time: the cost of the first list after a change.
    const { growth, floor, excess } = growthOverFloor(small, large, (p) => void buildFactViews(p, buildFactIndex(p)));
    expect(excess, `CPU time grew ${growth.toFixed(1)}× for 4× the facts; a single pass grew ${floor.toFixed(1)}×`).toBeLessThan(2);
  });
});
