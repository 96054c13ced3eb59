// The facts list's selection over a window of rows: ids with their row numbers, ranges asked for
// by rows, and after a change the back end's word on where each selected fact now stands.
import { describe, expect, it } from 'vitest';
import {
  emptySelection,
  idsToLocate,
  moveTarget,
  rangeRows,
  reconcile,
  selectAt,
  selectedIds,
  type ListSelection,
} from '../../../../src/renderer/src/facts/selection';

const order = ['a', 'b', 'c', 'd', 'e'];
const rowOf = (id: string) => order.indexOf(id);
/** A click as the list makes it: a range takes the ids of the rows from the anchor. */
function click(s: ListSelection, id: string, mode: 'only' | 'toggle' | 'range'): ListSelection {
  const [from, to] = rangeRows(s, rowOf(id));
  return selectAt(s, id, rowOf(id), mode, order.slice(from, to + 1));
}
const sorted = (s: ListSelection) => selectedIds(s).sort();

describe('facts list selection', () => {
  it('a click selects one; Ctrl+click adds and removes; Shift+click selects the range from the anchor', () => {
    let s = click(emptySelection, 'b', 'only');
    expect(sorted(s)).toEqual(['b']);
    s = click(s, 'd', 'toggle');
    expect(sorted(s)).toEqual(['b', 'd']);
    s = click(s, 'b', 'toggle');
    expect(sorted(s)).toEqual(['d']);
    // The last Ctrl+click (on b) is the anchor, as in a file manager.
    s = click(s, 'a', 'range');
    expect(sorted(s)).toEqual(['a', 'b']);
    s = click(s, 'e', 'range');
    expect(sorted(s)).toEqual(['b', 'c', 'd', 'e']);
    expect([s.focus, s.focusIndex, s.anchor, s.anchorIndex]).toEqual(['e', 4, 'b', 1]);
    // Without an anchor a Shift+click selects the row alone.
    expect(rangeRows(emptySelection, 3)).toEqual([3, 3]);
  });

  it('moves land one row on and stop at the ends; Home and End are infinite steps', () => {
    expect(moveTarget(emptySelection, 5, 1)).toBe(0);
    expect(moveTarget(emptySelection, 5, -1)).toBe(4);
    expect(moveTarget(emptySelection, 0, 1)).toBe(-1);
    const at = (i: number) => click(emptySelection, order[i]!, 'only');
    expect(moveTarget(at(0), 5, -1)).toBe(0);
    expect(moveTarget(at(2), 5, 1)).toBe(3);
    expect(moveTarget(at(2), 5, 10)).toBe(4);
    expect(moveTarget(at(3), 5, -Infinity)).toBe(0);
    expect(moveTarget(at(1), 5, Infinity)).toBe(4);
  });

  it('after the list changes, a focus that went away moves to the row now at its place', () => {
    const s = click(emptySelection, 'c', 'only');
    const shown = ['a', 'b', 'd', 'e'];
    const located = { a: 0, b: 1 }; // c is gone; the back end located only what it was asked for
    const next = reconcile(s, located, shown.length, (i) => shown[i]);
    expect([next.focus, next.focusIndex]).toEqual(['d', 2]);
    expect(sorted(next)).toEqual(['d']);
    expect(reconcile(s, {}, 0, () => undefined).focus).toBeNull();
  });

  it('keeps the selected facts still listed, at the rows the back end gives', () => {
    let s = click(emptySelection, 'b', 'only');
    s = click(s, 'd', 'range');
    expect(idsToLocate(s).sort()).toEqual(['b', 'c', 'd']);
    // c was verified away under an "unverified" filter; b and d moved up a row.
    const next = reconcile(s, { b: 0, d: 1 }, 3, () => undefined);
    expect(sorted(next)).toEqual(['b', 'd']);
    expect([next.focus, next.focusIndex, next.anchor, next.anchorIndex]).toEqual(['d', 1, 'b', 0]);
  });
});
