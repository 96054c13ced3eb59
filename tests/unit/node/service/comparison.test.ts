// The Comparison table and the group decisions, through the same dispatch every host uses, on three
// invented reports of one port deal: all three give the same investment; one gives 40 percent for
// the share of the port a consortium takes, the two others 35 percent.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatchCall, type AttacheSession, type Handlers } from '../../../../src/node/service';
import { openServiceDesk, type ServiceDesk } from './serviceDesk';
import type { GroupComparison } from '../../../../src/shared/api';

const ARTICLES: Array<[string, string]> = [
  [
    'tidewater.txt',
    `Consortium takes stake in Port Veyra

PORT VEYRA, 3 March 2031 — A shipping consortium agreed on Monday to invest $640 million in the container port of Port Veyra, the harbour authority said.

The consortium will take 40 percent of the port operator, officials said.
`,
  ],
  [
    'coastal.txt',
    `Port Veyra sells share of terminal operator

PORT VEYRA, 4 March 2031 — The harbour authority said a shipping consortium will invest $640 million in the container port of Port Veyra.

The consortium will take 35 percent of the port operator, according to the authority.
`,
  ],
  [
    'ledger.txt',
    `Shipping group buys into Port Veyra

PORT VEYRA, 4 March 2031 — A shipping consortium is to invest $640 million in the container port of Port Veyra, the harbour authority announced.

The consortium will take 35 percent of the port operator, the authority added.
`,
  ],
];

let desk: ServiceDesk;
let session: AttacheSession;
let handlers: Handlers;
let dir: string;

beforeEach(async () => {
  desk = await openServiceDesk({ prefix: 'compare', projectFile: 'port.attache', articles: ARTICLES, day: '2031-03-05' });
  ({ session, handlers, dir } = desk);
});

afterEach(() => desk.close());

const call = <T>(name: keyof Handlers, arg: unknown): Promise<T> => desk.call<T>(name, arg);

function shareConflict() {
  const conflict = session.conflicts().find((c) => c.values.some((v) => v.includes('35 percent')));
  expect(conflict, 'the share is a conflict').toBeDefined();
  return conflict!;
}

function investmentGroup() {
  const group = session.project.groups.find(
    (g) => g.relation === 'corroborated' && g.factIds.some((id) => session.project.facts.find((f) => f.id === id)?.values[0]?.surface === '$640 million'),
  );
  expect(group, 'the investment is corroborated').toBeDefined();
  return group!;
}

const status = (factId: string) => session.project.decisions[factId]?.status ?? 'unverified';

describe('groupCompare', () => {
  it('lays out a conflict source by source: the words, the value as written, the date, the grade, the same values together', async () => {
    const table = await call<GroupComparison>('groupCompare', { groupId: shareConflict().groupId });
    expect(table.group.relation).toBe('conflict');
    // The engine's subject ends with an ISO day; the heading writes it out.
    expect(table.title).not.toMatch(/\d{4}-\d\d-\d\d/);
    expect(table.point).toBe('value');
    expect(table.sides).toBe(2);
    expect(table.standingSide).toBeNull();
    expect(table.rows.map((r) => r.says)).toEqual(['40 percent', '35 percent', '35 percent']);
    expect(table.rows.map((r) => r.view.sourceFileName)).toEqual(['tidewater.txt', 'coastal.txt', 'ledger.txt']);
    expect(table.rows[0]!.view.fact.text).toContain('The consortium will take 40 percent of the port operator');
    expect(table.rows[0]!.reported).toBe('3 March 2031');
    expect(table.rows[1]!.reported).toBe('4 March 2031');
    expect(table.rows.every((r) => r.reliability === 'F')).toBe(true);
    expect(table.rows[1]!.side).toBe(table.rows[2]!.side);
    expect(table.rows[0]!.side).not.toBe(table.rows[1]!.side);
  });

  it('refuses a group that is gone and a malformed call with a message', async () => {
    expect(await dispatchCall(handlers, 'groupCompare', { groupId: 'grp_gone' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await dispatchCall(handlers, 'groupCompare', { groupId: '' })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    expect(await dispatchCall(handlers, 'conflictStands', { groupId: 'g', factId: 'f', others: 'maybe' })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
  });
});

describe('conflictStands', () => {
  it('verifies the value that stands, rejects the other side with a note and the time, and is undone in one step', async () => {
    const { groupId } = shareConflict();
    const before = await call<GroupComparison>('groupCompare', { groupId });
    const [forty, thirtyFive, alsoThirtyFive] = before.rows.map((r) => r.view.fact.id) as [string, string, string];
    const previous = await call<Array<{ factId: string }>>('conflictStands', { groupId, factId: thirtyFive });
    expect(previous.map((p) => p.factId).sort()).toEqual([forty, thirtyFive].sort());

    expect(status(thirtyFive)).toBe('verified');
    // Verified without a grade: the suggestion is recorded as one, never 6.
    expect(session.project.decisions[thirtyFive]).toMatchObject({ credibilitySuggested: true });
    expect(session.project.decisions[thirtyFive]!.credibility).not.toBe(6);
    expect(status(forty)).toBe('rejected');
    const rejected = session.project.decisions[forty]!;
    expect(rejected.at).toBe(session.project.decisions[thirtyFive]!.at);
    expect(rejected.note).toMatch(/^Conflict resolved 2031-03-05 10:\d\d UTC: 35 percent \(Port Veyra sells share of terminal operator\) stands; this one was rejected\.$/);
    // The other source giving the same value is left as the analyst had it.
    expect(status(alsoThirtyFive)).toBe('unverified');

    const after = await call<GroupComparison>('groupCompare', { groupId });
    expect(after.standingSide).toBe(after.rows.find((r) => r.view.fact.id === thirtyFive)!.side);

    await call('factsRestoreDecisions', { decisions: previous });
    expect([forty, thirtyFive].map(status)).toEqual(['unverified', 'unverified']);
    expect(session.project.decisions[forty]).toBeUndefined();
    expect((await call<GroupComparison>('groupCompare', { groupId })).standingSide).toBeNull();
  });

  it('annotates instead of rejecting when asked, keeping the note the analyst wrote', async () => {
    const { groupId } = shareConflict();
    const rows = (await call<GroupComparison>('groupCompare', { groupId })).rows;
    const [forty, thirtyFive] = rows.map((r) => r.view.fact.id) as [string, string];
    session.decide([forty], undefined, { note: 'tidewater quotes an official' });
    await call('conflictStands', { groupId, factId: thirtyFive, others: 'annotate' });
    expect(status(forty)).toBe('unverified');
    expect(session.project.decisions[forty]!.note).toMatch(/^tidewater quotes an official\nConflict resolved .* UTC: 35 percent \(.*\) stands\.$/);
    expect((await call<GroupComparison>('groupCompare', { groupId })).standingSide).toBeNull();
  });

  it('is only for conflicts, and only for a fact of the conflict', async () => {
    const group = investmentGroup();
    expect(await dispatchCall(handlers, 'conflictStands', { groupId: group.id, factId: group.factIds[0] })).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
    const { groupId } = shareConflict();
    expect(await dispatchCall(handlers, 'conflictStands', { groupId, factId: group.factIds[0] })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(Object.keys(session.project.decisions)).toEqual([]);
  });
});

describe('groupDecide', () => {
  it('verifies every fact of a group at its suggested credibility in one call, undone in one step', async () => {
    const group = investmentGroup();
    const previous = await call<Array<{ factId: string }>>('groupDecide', { groupId: group.id, status: 'verified' });
    expect(previous.map((p) => p.factId).sort()).toEqual([...new Set(group.factIds)].sort());
    for (const id of group.factIds) {
      const decision = session.project.decisions[id]!;
      expect(decision.status).toBe('verified');
      // Three sources agree: confirmed (1), recorded as Attaché's suggestion.
      expect(decision).toMatchObject({ credibility: 1, credibilitySuggested: true });
    }
    await call('factsRestoreDecisions', { decisions: previous });
    expect(group.factIds.map(status)).toEqual(group.factIds.map(() => 'unverified'));

    await call('groupDecide', { groupId: group.id, status: 'rejected' });
    expect(group.factIds.map(status)).toEqual(group.factIds.map(() => 'rejected'));
  });
});

describe("whoPage and whoFacts (Who's who)", () => {
  it('lists the people, places and bodies in windows, narrowed by type and by any name, with the facts that mention one', async () => {
    const visit = join(dir, 'visit.txt');
    await writeFile(
      visit,
      'Velloso visits Lisbon\n\nLISBON, 6 March 2031 — Foreign Minister Amara Velloso of Veyra met Prime Minister Tomas Quill in Lisbon on Thursday.\n\nVelloso said the two governments would sign a shipping accord in May.\n',
    );
    desk.files.splice(0, desk.files.length, visit);
    expect((await session.addSourcesFromDialog()).added).toBe(1);
    const all = await call<{ total: number; rows: Array<{ id: string; type: string; name: string; sources: unknown[] }> }>('whoPage', { limit: 1000 });
    expect(all.total).toBe(all.rows.length);
    expect(all.total).toBeGreaterThanOrEqual(2);
    const port = all.rows.find((r) => r.name === 'Amara Velloso');
    expect(port, `Amara Velloso among ${all.rows.map((r) => r.name).join(', ')}`).toBeDefined();
    expect(port!.type).toBe('person');
    const window = await call<{ offset: number; rows: unknown[] }>('whoPage', { offset: 1, limit: 1 });
    expect(window).toMatchObject({ offset: 1, rows: [all.rows[1]] });
    const found = await call<{ rows: Array<{ name: string; variants: Array<{ name: string }> }> }>('whoPage', { text: 'velloso', limit: 10 });
    expect(found.rows.map((r) => r.name)).toContain('Amara Velloso');
    const people = await call<{ rows: Array<{ type: string }> }>('whoPage', { type: 'person', limit: 100 });
    expect(people.rows.every((r) => r.type === 'person')).toBe(true);
    const facts = await call<{ total: number; facts: Array<{ fact: { text: string } }> }>('whoFacts', { id: port!.id });
    expect(facts.total).toBeGreaterThanOrEqual(1);
    expect(facts.facts.every((f) => f.fact.text.length > 0)).toBe(true);
    expect(await dispatchCall(handlers, 'whoFacts', { id: 'person:nobody' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await dispatchCall(handlers, 'whoPage', { limit: 5000 })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
  });
});
