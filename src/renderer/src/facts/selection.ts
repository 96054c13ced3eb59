// Multi-selection in the facts list, as in a file manager: a click selects one, Ctrl/Cmd+click
// adds or removes one, Shift+click (or Shift+arrow) selects the range from the anchor. The focused
// fact is the one whose evidence is shown. The list is a window over the back end's rows, so the
// selection keeps row numbers beside ids: a range is asked for by its rows, and after the list
// changes the back end says where the selected facts now stand.
export interface ListSelection {
  /** Selected fact ids. */
  ids: ReadonlySet<string>;
  /** The fact shown in the evidence pane and moved by the keyboard. */
  focus: string | null;
  /** The focus's row in the list shown; -1 without a focus. */
  focusIndex: number;
  /** Where a Shift range starts. */
  anchor: string | null;
  anchorIndex: number;
}

export const emptySelection: ListSelection = { ids: new Set(), focus: null, focusIndex: -1, anchor: null, anchorIndex: -1 };

export type SelectMode = 'only' | 'toggle' | 'range';

/** The rows from the anchor to `index`, both included, in list order (the row alone without an anchor). */
export function rangeRows(current: ListSelection, index: number): [number, number] {
  const a = current.anchorIndex >= 0 ? current.anchorIndex : index;
  return a <= index ? [a, index] : [index, a];
}

/**
 * The selection after a click (or a key) on the row `index` holding `id`. A range takes the ids
 * of `rangeRows(current, index)`, fetched by the caller.
 */
export function selectAt(current: ListSelection, id: string, index: number, mode: SelectMode, range: readonly string[] = []): ListSelection {
  if (mode === 'toggle') {
    const ids = new Set(current.ids);
    if (ids.has(id)) ids.delete(id);
    else ids.add(id);
    return { ids, focus: id, focusIndex: index, anchor: id, anchorIndex: index };
  }
  if (mode === 'range' && current.anchor !== null && range.length > 0) {
    return { ids: new Set(range), focus: id, focusIndex: index, anchor: current.anchor, anchorIndex: current.anchorIndex };
  }
  return { ids: new Set([id]), focus: id, focusIndex: index, anchor: id, anchorIndex: index };
}

/** The row a move of `step` rows lands on (clamped to the list); -1 in an empty list. */
export function moveTarget(current: ListSelection, total: number, step: number): number {
  if (total === 0) return -1;
  const at = current.focusIndex;
  if (at < 0) return step > 0 ? 0 : total - 1;
  return Math.min(total - 1, Math.max(0, at + step));
}

/**
 * After the list changed: keeps the ids still in it (`located`: where each now stands); a focus
 * that went away moves to the row now at its place (`idAt` gives the ids of the rows loaded).
 */
export function reconcile(
  current: ListSelection,
  located: Readonly<Record<string, number>>,
  total: number,
  idAt: (index: number) => string | undefined,
): ListSelection {
  const at = (id: string | null) => (id !== null && Object.prototype.hasOwnProperty.call(located, id) ? located[id]! : -1);
  const ids = new Set([...current.ids].filter((id) => at(id) >= 0));
  let focus = current.focus;
  let focusIndex = at(focus);
  if (focusIndex < 0) {
    focus = null;
    if (total > 0) {
      const index = Math.min(Math.max(0, current.focusIndex), total - 1);
      const id = idAt(index);
      if (id !== undefined) {
        focus = id;
        focusIndex = index;
        if (ids.size === 0) ids.add(id);
      }
    }
  }
  const anchorIndex = at(current.anchor);
  return anchorIndex >= 0
    ? { ids, focus, focusIndex, anchor: current.anchor, anchorIndex }
    : { ids, focus, focusIndex, anchor: focus, anchorIndex: focusIndex };
}

/** The facts a decision applies to: the selected ones, or the focus alone when none is. */
export function selectedIds(current: ListSelection): string[] {
  if (current.ids.size > 0) return [...current.ids];
  return current.focus !== null ? [current.focus] : [];
}

/** The ids the back end is asked to locate after the list changed. */
export function idsToLocate(current: ListSelection): string[] {
  const ids = new Set(current.ids);
  if (current.focus !== null) ids.add(current.focus);
  if (current.anchor !== null) ids.add(current.anchor);
  return [...ids];
}
