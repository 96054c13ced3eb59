// The Timeline through the same dispatch every host uses, on three invented reports of one port
// deal (all three date it; two give 35 percent for the consortium's share, one 40): the window in
// date order, a conflict as one mark, filters by an entity of Who's who and by kind, arguments
// refused by the contract, and the insert into the brief, which cites verified facts only.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatchCall, type AttacheSession, type Handlers } from '../../../../src/node/service';
import { openServiceDesk, type ServiceDesk } from './serviceDesk';
import type { CallValue, TimelinePage } from '../../../../src/shared/api';

const ARTICLES: Array<[string, string]> = [
  [
    'tidewater.txt',
    `Consortium takes stake in Port Veyra

PORT VEYRA, 3 March 2031 — A shipping consortium agreed on Monday to invest $640 million in the container port of Port Veyra, the harbour authority said.

On 3 March 2031 the consortium agreed to take 40 percent of the port operator, officials said.
`,
  ],
  [
    'coastal.txt',
    `Port Veyra sells share of terminal operator

PORT VEYRA, 4 March 2031 — The harbour authority said a shipping consortium will invest $640 million in the container port of Port Veyra.

On 3 March 2031 the consortium agreed to take 35 percent of the port operator, according to the authority.
`,
  ],
  [
    'ledger.txt',
    `Shipping group buys into Port Veyra

PORT VEYRA, 4 March 2031 — A shipping consortium is to invest $640 million in the container port of Port Veyra, the harbour authority announced.

On 3 March 2031 the consortium agreed to take 35 percent of the port operator, the authority added.
`,
  ],
];

let desk: ServiceDesk;
let session: AttacheSession;
let handlers: Handlers;

beforeEach(async () => {
  desk = await openServiceDesk({ prefix: 'timeline', projectFile: 'port.attache', articles: ARTICLES, day: '2031-03-05' });
  ({ session, handlers } = desk);
});

afterEach(() => desk.close());

const call = <T>(name: keyof Handlers, arg: unknown): Promise<T> => desk.call<T>(name, arg);

describe('timelinePage', () => {
  it('lists dated marks in date order, a conflict as one mark with the values each side gives', async () => {
    const page = await call<TimelinePage>('timelinePage', { offset: 0, limit: 100 });
    expect(page.total).toBeGreaterThan(0);
    expect(page.marks.map((m) => m.start)).toEqual([...page.marks.map((m) => m.start)].sort());
    expect(page.first).toBe(page.marks[0]!.start);
    const share = page.marks.find((m) => m.conflict && m.differing.some((v) => v.includes('35')));
    expect(share, 'the share is one mark in conflict').toBeDefined();
    expect(share!.differing.some((v) => v.includes('40'))).toBe(true);
    expect(share!.sources).toHaveLength(3);
    const one = await call<CallValue<'timelineMark'>>('timelineMark', { id: share!.id });
    expect(one.facts.map((f) => f.fact.sourceId).sort()).toEqual([...new Set(one.facts.map((f) => f.fact.sourceId))].sort());
    expect(one.facts.some((f) => f.fact.text.includes('35 percent'))).toBe(true);
  });

  it("narrows to an entity of Who's who and to a kind, and windows the list", async () => {
    const all = await call<TimelinePage>('timelinePage', { offset: 0, limit: 100 });
    const who = session.whoPage({ offset: 0, limit: 100 }).rows[0];
    expect(who).toBeDefined();
    const named = await call<TimelinePage>('timelinePage', { entityId: who!.id, offset: 0, limit: 100 });
    expect(named.total).toBeGreaterThan(0);
    expect(named.total).toBeLessThanOrEqual(all.total);
    const percents = await call<TimelinePage>('timelinePage', { kind: 'percent', offset: 0, limit: 100 });
    expect(percents.marks.every((m) => m.kinds.includes('percent'))).toBe(true);
    expect(percents.total).toBeLessThan(all.total);
    const window = await call<TimelinePage>('timelinePage', { offset: 1, limit: 1 });
    expect(window.marks.map((m) => m.id)).toEqual([all.marks[1]!.id]);
  });

  it('refuses arguments the contract does not know, and an entity that is gone', async () => {
    expect((await dispatchCall(handlers, 'timelinePage', { offset: 0, limit: 5000 })).ok).toBe(false);
    expect((await dispatchCall(handlers, 'timelinePage', { offset: 0, limit: 5, path: '/etc' })).ok).toBe(false);
    const gone = await dispatchCall(handlers, 'timelinePage', { entityId: 'person:nobody', offset: 0, limit: 5 });
    expect(gone.ok).toBe(false);
    if (!gone.ok) expect(gone.error.code).toBe('NOT_FOUND');
  });
});

describe('briefAddTimeline', () => {
  it('refuses while nothing is verified, then puts the verified marks into a Timeline section before Sources', async () => {
    const refused = await dispatchCall(handlers, 'briefAddTimeline', {});
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('verified');

    const page = await call<TimelinePage>('timelinePage', { offset: 0, limit: 100 });
    const share = page.marks.find((m) => m.conflict)!;
    session.decide([share.leadFactId], 'verified');
    session.createBrief('visit');
    const added = await call<CallValue<'briefAddTimeline'>>('briefAddTimeline', {});
    expect(added.rows).toBe(1);
    expect(added.unverified).toBe(page.total - 1);
    expect(added.previous?.sections.some((s) => s.role === 'timeline')).toBe(false);
    const roles = added.brief.sections.map((s) => s.role);
    expect(roles.indexOf('timeline')).toBe(roles.indexOf('sources') - 1);
    const block = added.brief.sections.find((s) => s.role === 'timeline')!.blocks[0]!;
    expect(block.type).toBe('timeline');
    if (block.type !== 'timeline') return;
    expect(block.rows[0]!.factIds).toEqual([share.leadFactId]);
    expect(block.rows[0]!.what).toContain('Sources differ');
    // Its endnote quotes the source's words; the check finds nothing to refuse.
    const notes = session.endnotes();
    expect(notes.map((n) => n.factId)).toEqual([share.leadFactId]);
    expect(session.checkBrief()).toEqual([]);
  });
});
