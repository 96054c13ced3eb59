// Who's who merges and splits through the same dispatch every host uses, on two invented reports
// of one visit whose outlets spell the minister two ways: the analyst merges the two entries,
// splits a name out, takes a decision back; the decisions are kept in the project with their
// time, hold when a source is read again, and come back when the project is opened again.
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatchCall, type AttacheSession, type Handlers } from '../../../../src/node/service';
import { openServiceDesk, type ServiceDesk } from './serviceDesk';
import type { WhoChange, WhoPage } from '../../../../src/shared/api';

const ARTICLES: Array<[string, string]> = [
  [
    'tidewater.txt',
    'Velloso visits Lisbon\n\nLISBON, 6 March 2031 — Foreign Minister Amara Velloso of Veyra met Prime Minister Tomas Quill in Lisbon on Thursday.\n\nVelloso said the two governments would sign a shipping accord in May.\n',
  ],
  [
    'coastal.txt',
    'Veyra minister in Lisbon\n\nLISBON, 7 March 2031 — Foreign Minister Amarah Veloso of Veyra held talks with Prime Minister Tomas Quill in Lisbon on Thursday.\n\nThe shipping accord is to be signed in May, Veloso said.\n',
  ],
];

let desk: ServiceDesk;
let session: AttacheSession;
let handlers: Handlers;
let changed: string[];

beforeEach(async () => {
  desk = await openServiceDesk({ prefix: 'who', projectFile: 'visit.attache', articles: ARTICLES, day: '2031-03-08' });
  ({ session, handlers, changed } = desk);
});

afterEach(() => desk.close());

const call = <T>(name: keyof Handlers, arg: unknown): Promise<T> => desk.call<T>(name, arg);

type Row = WhoPage['rows'][number];
async function rows(): Promise<Row[]> {
  return (await call<WhoPage>('whoPage', { type: 'person', limit: 1000 })).rows;
}
const holding = (all: Row[], name: string) => all.find((r) => r.variants.some((v) => v.name === name));

describe("Who's who merge and split", () => {
  it('merges two spellings of one minister, splits a name out, and undoes each', async () => {
    const before = await rows();
    const amara = holding(before, 'Amara Velloso')!;
    const amarah = holding(before, 'Amarah Veloso')!;
    expect(amara, `among ${before.map((r) => r.name).join(', ')}`).toBeDefined();
    expect(amarah).toBeDefined();
    expect(amara.id).not.toBe(amarah.id);

    const merged = await call<WhoChange>('whoMerge', { ids: [amarah.id, amara.id], into: amara.id });
    expect(merged.message).toBe('Merged “Amarah Veloso” into “Amara Velloso”');
    expect(merged.entryId).toBe(amara.id);
    expect(changed).toContain('who');
    const after = await rows();
    expect(after).toHaveLength(before.length - 1);
    const one = holding(after, 'Amarah Veloso')!;
    expect(holding(after, 'Amara Velloso')).toBe(one);
    expect(one).toMatchObject({ id: amara.id, name: 'Amara Velloso', decided: true });
    expect(one.sources.map((s) => s.name).sort()).toEqual(['Velloso visits Lisbon', 'Veyra minister in Lisbon']);
    const facts = await call<{ total: number; facts: Array<{ fact: { sourceId: string } }> }>('whoFacts', { id: one.id });
    expect(facts.total).toBe(amara.factCount + amarah.factCount);
    // Found by a name of either entry.
    expect((await call<WhoPage>('whoPage', { text: 'veloso', limit: 10 })).rows.map((r) => r.id)).toContain(amara.id);

    // The decision is in the project with its time.
    expect(session.project.whoDecisions).toEqual([
      expect.objectContaining({ kind: 'merge', id: merged.decisionId, into: { type: 'person', name: 'Amara Velloso' }, at: expect.stringMatching(/^2031-03-08T10:\d\d:00\.000Z$/) }),
    ]);

    const split = await call<WhoChange>('whoSplit', { id: one.id, name: 'Amarah Veloso' });
    expect(split.message).toBe('Split “Amarah Veloso” from “Amara Velloso”');
    const apart = await rows();
    expect(holding(apart, 'Amarah Veloso')!.id).toBe(split.entryId);
    expect(holding(apart, 'Amarah Veloso')).not.toBe(holding(apart, 'Amara Velloso'));
    expect(session.project.whoDecisions.map((d) => d.kind)).toEqual(['merge', 'split']);

    // Undo, newest first: the split, then the merge; Who's who is as it was.
    await call('whoUndoDecision', { decisionId: split.decisionId });
    const rejoined = await rows();
    expect(holding(rejoined, 'Amarah Veloso')).toBe(holding(rejoined, 'Amara Velloso'));
    await call('whoUndoDecision', { decisionId: merged.decisionId });
    expect(await rows()).toEqual(before);
    expect(session.project.whoDecisions).toEqual([]);
    expect(await dispatchCall(handlers, 'whoUndoDecision', { decisionId: merged.decisionId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('keeps the decisions through a source read again and a project opened again', async () => {
    const before = await rows();
    const merged = await call<WhoChange>('whoMerge', { ids: [holding(before, 'Amara Velloso')!.id, holding(before, 'Amarah Veloso')!.id] });
    // Without `into`, the entry the sources mention most; a tie goes to the first named.
    expect(merged.message).toMatch(/^Merged “Amara(h)? Vel+oso” into “Amara(h)? Vel+oso”$/);
    const source = (await call<Array<{ id: string; fileName: string }>>('sourcesList', {})).find((s) => s.fileName === 'coastal.txt')!;
    // A new publication date reads the source again: new facts, same names.
    const extracted = session.project.facts;
    await call('sourcesUpdateMeta', { sourceId: source.id, meta: { publishedAt: '2031-03-09' } });
    expect(session.project.facts).not.toBe(extracted);
    const reread = await rows();
    expect(holding(reread, 'Amarah Veloso')).toBe(holding(reread, 'Amara Velloso'));

    const path = session.info()!.path;
    await session.close();
    const saved = JSON.parse(await readFile(path, 'utf8'));
    expect(saved.schemaVersion).toBe(2);
    expect(saved.whoDecisions).toHaveLength(1);
    await session.openRecent(path);
    const reopened = await rows();
    expect(holding(reopened, 'Amarah Veloso')).toBe(holding(reopened, 'Amara Velloso'));
    expect(holding(reopened, 'Amara Velloso')!.decided).toBe(true);
  });

  it('refuses with a clear reason what cannot be merged or split', async () => {
    const all = await rows();
    const amara = holding(all, 'Amara Velloso')!;
    expect(await dispatchCall(handlers, 'whoMerge', { ids: [amara.id] })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    expect(await dispatchCall(handlers, 'whoMerge', { ids: [amara.id, amara.id] })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT', message: 'Choose two or more names to merge.' } });
    expect(await dispatchCall(handlers, 'whoMerge', { ids: [amara.id, 'person:nobody'] })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await dispatchCall(handlers, 'whoSplit', { id: amara.id, name: 'Tomas Quill' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const single = all.find((r) => r.variants.length === 1)!;
    expect(await dispatchCall(handlers, 'whoSplit', { id: single.id, name: single.name })).toMatchObject({
      ok: false,
      error: { code: 'NOT_ALLOWED', message: `“${single.name}” is the only name of this entry: there is nothing to split from it.` },
    });
    expect(await dispatchCall(handlers, 'whoSplit', { id: amara.id, name: '' })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    expect(await dispatchCall(handlers, 'whoMerge', { ids: [amara.id, single.id], extra: true })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    expect(session.project.whoDecisions).toEqual([]);
  });
});
