import { describe, expect, it } from 'vitest';
import { emptySelection, moveFocus, reconcile, selectAt, selectedInOrder } from '../../../../src/renderer/src/facts/selection';

const order = ['a', 'b', 'c', 'd', 'e'];

describe('facts list selection', () => {
  it('a click selects one; Ctrl+click adds and removes; Shift+click selects the range from the anchor', () => {
    let s = selectAt(order, emptySelection, 'b', 'only');
    expect([...s.ids]).toEqual(['b']);
    s = selectAt(order, s, 'd', 'toggle');
    expect(selectedInOrder(order, s)).toEqual(['b', 'd']);
    s = selectAt(order, s, 'b', 'toggle');
    expect(selectedInOrder(order, s)).toEqual(['d']);
    // The last Ctrl+click (on b) is the anchor, as in a file manager.
    s = selectAt(order, s, 'a', 'range');
    expect(selectedInOrder(order, s)).toEqual(['a', 'b']);
    s = selectAt(order, s, 'e', 'range');
    expect(selectedInOrder(order, s)).toEqual(['b', 'c', 'd', 'e']);
    expect(s.focus).toBe('e');
  });

  it('J/K move one row and stop at the ends; Shift extends from the anchor', () => {
    let s = moveFocus(order, emptySelection, 1, false);
    expect(s.focus).toBe('a');
    s = moveFocus(order, s, -1, false);
    expect(s.focus).toBe('a');
    s = moveFocus(order, s, 1, true);
    s = moveFocus(order, s, 1, true);
    expect(selectedInOrder(order, s)).toEqual(['a', 'b', 'c']);
    s = moveFocus(order, s, 10, false);
    expect(selectedInOrder(order, s)).toEqual(['e']);
    // Home and End are infinite steps.
    expect(moveFocus(order, s, -Infinity, false).focus).toBe('a');
    expect(selectedInOrder(order, moveFocus(order, selectAt(order, s, 'b', 'only'), Infinity, true))).toEqual(['b', 'c', 'd', 'e']);
  });

  it('after the list changes, a focus that went away moves to the row now at its place', () => {
    const s = selectAt(order, emptySelection, 'c', 'only');
    const next = reconcile(['a', 'b', 'd', 'e'], s, order);
    expect(next.focus).toBe('d');
    expect(selectedInOrder(['a', 'b', 'd', 'e'], next)).toEqual(['d']);
    expect(reconcile([], s, order).focus).toBeNull();
  });
});
