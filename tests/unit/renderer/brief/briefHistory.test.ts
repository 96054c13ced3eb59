import { describe, expect, it } from 'vitest';
import type { Brief } from '../../../../src/shared/api';
import { DecisionHistory } from '../../../../src/renderer/src/history/decisionHistory';
import { BriefEdits, briefEditsOf } from '../../../../src/renderer/src/brief/briefHistory';

/** Briefs told apart by their title: the steps only carry them, never look inside. */
const brief = (title: string) => ({ title }) as unknown as Brief;

/** A back end holding one brief, and a screen that shows what a step put back. */
function desk() {
  const store = { brief: brief('v0') };
  const shown: string[] = [];
  const history = new DecisionHistory();
  const edits = new BriefEdits(history, async (b) => {
    store.brief = b;
    return null;
  });
  const screen = { show: (b: Brief) => shown.push(b.title), flush: async () => undefined };
  return { store, shown, history, edits, screen };
}

describe('BriefEdits', () => {
  it('makes the saves of one visit of the tab one step, undone and redone whole', async () => {
    const { store, shown, history, edits, screen } = desk();
    const detach = edits.attach(screen);
    edits.typed(brief('v0'), brief('v1'));
    edits.typed(brief('v1'), brief('v2'));
    store.brief = brief('v2');
    expect(history.nextUndo).toBe('Edited the brief');
    expect(await history.undo()).toEqual({ ok: true, message: 'Undid: edited the brief' });
    expect(store.brief.title).toBe('v0');
    expect(shown).toEqual(['v0']);
    expect(history.canUndo).toBe(false);
    await history.redo();
    expect(store.brief.title).toBe('v2');
    detach();
  });

  it('starts a new step on each visit and after any other decision', async () => {
    const { store, history, edits, screen } = desk();
    let detach = edits.attach(screen);
    edits.typed(brief('v0'), brief('v1'));
    detach();
    detach = edits.attach(screen);
    edits.typed(brief('v1'), brief('v2'));
    // A decision elsewhere (a fact verified) comes between two saves of the same visit.
    history.record({ label: 'Verified 1 fact', undo: async () => null, redo: async () => null });
    edits.typed(brief('v2'), brief('v3'));
    await history.undo();
    expect(store.brief.title).toBe('v2');
    await history.undo();
    expect(history.nextUndo).toBe('Edited the brief');
    await history.undo();
    expect(store.brief.title).toBe('v1');
    await history.undo();
    expect(store.brief.title).toBe('v0');
    detach();
  });

  it('keeps a redraft as its own step, taken back after the tab is gone', async () => {
    const { store, shown, history, edits, screen } = desk();
    const detach = edits.attach(screen);
    edits.typed(brief('v0'), brief('typed'));
    edits.replaced('Redrafted the brief', brief('typed'), brief('draft'));
    store.brief = brief('draft');
    detach();
    expect(await history.undo()).toEqual({ ok: true, message: 'Undid: redrafted the brief' });
    expect(store.brief.title).toBe('typed');
    // No screen was mounted: nothing to show, the tab reads the back end when it opens again.
    expect(shown).toEqual([]);
  });

  it('saves what is pending on screen before undoing, so the undo goes back over it', async () => {
    const { store, history, edits } = desk();
    let onScreen = brief('v1');
    const detach = edits.attach({
      show: (b) => (onScreen = b),
      // The view's save: what was typed a moment ago reaches the back end and the open step.
      flush: async () => {
        if (onScreen.title === 'v1+') {
          store.brief = onScreen;
          edits.typed(brief('v1'), onScreen);
        }
      },
    });
    edits.typed(brief('v0'), brief('v1'));
    onScreen = brief('v1+');
    await history.undo();
    expect(store.brief.title).toBe('v0');
    expect(onScreen.title).toBe('v0');
    await history.redo();
    expect(store.brief.title).toBe('v1+');
    detach();
  });

  it('reports a save that fails and keeps the step', async () => {
    const history = new DecisionHistory();
    const edits = new BriefEdits(history, async () => 'the project is read-only');
    edits.replaced('Removed the section “Background”', brief('a'), brief('b'));
    expect(await history.undo()).toEqual({
      ok: false,
      message: 'Could not undo removed the section “Background”: the project is read-only',
    });
    expect(history.nextUndo).toBe('Removed the section “Background”');
  });

  it('is one per history, so the tab finds its steps again when it comes back', () => {
    const history = new DecisionHistory();
    const save = async () => null;
    expect(briefEditsOf(history, save)).toBe(briefEditsOf(history, save));
    expect(briefEditsOf(new DecisionHistory(), save)).not.toBe(briefEditsOf(history, save));
  });
});
