// Who's who's selection by keys and clicks: arrows move the focus only, Space and Ctrl+click add or
// drop one, Shift makes a run from the anchor, and a filter that hides part of the selection keeps it.
import { describe, expect, it } from 'vitest';
import {
  clickEntry,
  mergeTarget,
  moveFocus,
  noSelection,
  reconcileSelection,
  selectedInOrder,
  toggleFocused,
  type WhoSelection,
} from '../../../../src/renderer/src/who/whoSelection';

const order = ['a', 'b', 'c', 'd', 'e'];
const ids = (s: WhoSelection) => selectedInOrder(s, order);

describe('Who’s who selection', () => {
  it('moves the focus with the arrows without changing what is selected, and stops at the ends', () => {
    let s = moveFocus(noSelection, order, 'down', false);
    expect(s.focus).toBe('a');
    s = toggleFocused(s, order, false);
    s = moveFocus(moveFocus(s, order, 'down', false), order, 'down', false);
    expect(s.focus).toBe('c');
    expect(ids(s)).toEqual(['a']);
    expect(moveFocus(s, order, 'end', false).focus).toBe('e');
    expect(moveFocus(moveFocus(s, order, 'end', false), order, 'down', false).focus).toBe('e');
    expect(moveFocus(moveFocus(s, order, 'home', false), order, 'up', false).focus).toBe('a');
    expect(moveFocus(noSelection, [], 'down', false)).toBe(noSelection);
  });

  it('adds and drops the focused entry with Space, and selects a run with Shift', () => {
    let s: WhoSelection = { ...noSelection, focus: 'b' };
    s = toggleFocused(s, order, false);
    expect(ids(s)).toEqual(['b']);
    s = moveFocus(s, order, 'down', true);
    s = moveFocus(s, order, 'down', true);
    expect(ids(s)).toEqual(['b', 'c', 'd']);
    s = moveFocus(s, order, 'up', true);
    expect(ids(s)).toEqual(['b', 'c']);
    s = toggleFocused(s, order, false);
    expect(ids(s)).toEqual(['b']);
    s = moveFocus(s, order, 'end', false);
    expect(ids(toggleFocused(s, order, true))).toEqual(['c', 'd', 'e']);
  });

  it('selects one entry on a click, adds or drops one on Ctrl+click, a run on Shift+click', () => {
    let s = clickEntry(noSelection, order, 'b', 'only');
    expect([s.focus, ids(s)]).toEqual(['b', ['b']]);
    s = clickEntry(s, order, 'd', 'toggle');
    expect(ids(s)).toEqual(['b', 'd']);
    s = clickEntry(s, order, 'b', 'toggle');
    expect(ids(s)).toEqual(['d']);
    // The run starts at the entry last clicked (b, just dropped), whichever way it goes.
    s = clickEntry(s, order, 'e', 'range');
    expect([s.focus, ids(s)]).toEqual(['e', ['b', 'c', 'd', 'e']]);
    s = clickEntry(s, order, 'a', 'range');
    expect([s.focus, ids(s)]).toEqual(['a', ['a', 'b']]);
    expect(ids(clickEntry(s, order, 'e', 'only'))).toEqual(['e']);
  });

  it('merges into the focused entry when it is selected, else the first selected', () => {
    const s: WhoSelection = { focus: 'c', anchor: 'b', selected: new Set(['d', 'b', 'c']) };
    expect(mergeTarget(s, order)).toBe('c');
    expect(mergeTarget({ ...s, focus: 'a' }, order)).toBe('b');
    expect(mergeTarget(noSelection, order)).toBeNull();
  });

  it('keeps the selection when a filter hides some of it, and moves a lost focus to the fallback', () => {
    const s: WhoSelection = { focus: 'b', anchor: 'b', selected: new Set(['a', 'b']) };
    const after = reconcileSelection(s, ['a', 'c'], 'c');
    expect(after).toEqual({ focus: 'c', anchor: 'c', selected: new Set(['a', 'b']) });
    expect(reconcileSelection(s, ['a', 'b'], null)).toEqual(s);
    expect(reconcileSelection(s, [], 'x').focus).toBeNull();
    // Chosen under one filter and then another: both are merged, the shown one first.
    const across: WhoSelection = { focus: 'x', anchor: 'x', selected: new Set(['hidden', 'c']) };
    expect(selectedInOrder(across, order)).toEqual(['c', 'hidden']);
    expect(mergeTarget(across, order)).toBe('c');
    expect(mergeTarget({ ...across, selected: new Set(['hidden']) }, order)).toBe('hidden');
  });
});
