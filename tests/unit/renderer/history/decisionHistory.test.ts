import { describe, expect, it } from 'vitest';
import { DecisionHistory, type HistoryStep } from '../../../../src/renderer/src/history/decisionHistory';

/** A counter the steps change, so that undo and redo can be seen to have run. */
function counterStep(state: { value: number }, by: number, label: string, fail?: { undo?: string; redo?: string }): HistoryStep {
  state.value += by;
  return {
    label,
    undo: async () => {
      if (fail?.undo) return fail.undo;
      state.value -= by;
      return null;
    },
    redo: async () => {
      if (fail?.redo) return fail.redo;
      state.value += by;
      return null;
    },
  };
}

describe('DecisionHistory', () => {
  it('undoes the last decision and says which', async () => {
    const h = new DecisionHistory();
    const s = { value: 0 };
    h.record(counterStep(s, 1, 'Verified 3 facts'));
    h.record(counterStep(s, 10, 'Changed the title'));
    expect(h.nextUndo).toBe('Changed the title');
    expect(await h.undo()).toEqual({ ok: true, message: 'Undid: changed the title' });
    expect(s.value).toBe(1);
    expect(await h.undo()).toEqual({ ok: true, message: 'Undid: verified 3 facts' });
    expect(s.value).toBe(0);
    expect(await h.undo()).toEqual({ ok: false, message: 'Nothing to undo.' });
  });

  it('redoes what was undone, in order, and a new decision clears the redos', async () => {
    const h = new DecisionHistory();
    const s = { value: 0 };
    h.record(counterStep(s, 1, 'A'));
    h.record(counterStep(s, 2, 'B'));
    await h.undo();
    await h.undo();
    expect(s.value).toBe(0);
    expect(await h.redo()).toEqual({ ok: true, message: 'Redid: a' });
    expect(s.value).toBe(1);
    expect(h.canRedo).toBe(true);
    h.record(counterStep(s, 100, 'C'));
    expect(h.canRedo).toBe(false);
    expect(await h.redo()).toEqual({ ok: false, message: 'Nothing to redo.' });
    expect(s.value).toBe(101);
  });

  it('drops the last undo report when a new decision is recorded (the status line would say old news)', async () => {
    const h = new DecisionHistory();
    const s = { value: 0 };
    h.record(counterStep(s, 1, 'Merged “MK” into “MK Party”'));
    await h.undo();
    expect(h.lastReport).toEqual({ ok: true, message: 'Undid: merged “MK” into “MK Party”' });
    let told = 0;
    h.subscribe(() => told++);
    h.record(counterStep(s, 1, 'Split “MK” from “MK Party”'));
    expect(h.lastReport).toBeNull();
    expect(told).toBe(1);
  });

  it('keeps a step whose undo failed, with the reason, so it can be tried again', async () => {
    const h = new DecisionHistory();
    const s = { value: 0 };
    h.record(counterStep(s, 1, 'Removed a source', { undo: 'the project is read-only' }));
    const report = await h.undo();
    expect(report.ok).toBe(false);
    expect(report.message).toBe('Could not undo removed a source: the project is read-only');
    expect(h.nextUndo).toBe('Removed a source');
    expect(s.value).toBe(1);
  });

  it('turns a thrown error into a message and keeps the step', async () => {
    const h = new DecisionHistory();
    h.record({ label: 'X', undo: () => Promise.reject(new Error('gone')), redo: async () => null });
    expect(await h.undo()).toEqual({ ok: false, message: 'Could not undo x: gone' });
    expect(h.canUndo).toBe(true);
  });

  it('runs undos one at a time, in the order asked', async () => {
    const h = new DecisionHistory();
    const order: string[] = [];
    const slow = (label: string, ms: number): HistoryStep => ({
      label,
      undo: () => new Promise((resolve) => setTimeout(() => (order.push(label), resolve(null)), ms)),
      redo: async () => null,
    });
    h.record(slow('first', 1));
    h.record(slow('second', 30));
    await Promise.all([h.undo(), h.undo()]);
    expect(order).toEqual(['second', 'first']);
  });

  it('forgets the oldest steps beyond its limit and tells listeners of changes', async () => {
    const h = new DecisionHistory(2);
    let calls = 0;
    h.subscribe(() => (calls += 1));
    const s = { value: 0 };
    for (const label of ['a', 'b', 'c']) h.record(counterStep(s, 1, label));
    expect(calls).toBe(3);
    await h.undo();
    await h.undo();
    expect(await h.undo()).toEqual({ ok: false, message: 'Nothing to undo.' });
    expect(s.value).toBe(1);
  });

  it('runs what a view asked to run before each undo and redo, until it stops asking', async () => {
    const h = new DecisionHistory();
    const s = { value: 0 };
    const order: string[] = [];
    h.record({ label: 'A', undo: async () => (order.push('undo'), null), redo: async () => (order.push('redo'), null) });
    const stop = h.beforeEachStep(async () => void order.push('save'));
    await h.undo();
    await h.redo();
    stop();
    await h.undo();
    expect(order).toEqual(['save', 'undo', 'save', 'redo', 'undo']);
    expect(h.isNewest(counterStep(s, 1, 'B'))).toBe(false);
  });
});
