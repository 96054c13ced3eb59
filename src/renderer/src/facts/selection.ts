// Multi-selection in the facts list, as in a file manager: a click selects one, Ctrl/Cmd+click
// adds or removes one, Shift+click (or Shift+arrow) selects the range from the anchor. The focused
// fact is the one whose evidence is shown.
export interface ListSelection {
  /** Selected fact ids. */
  ids: ReadonlySet<string>;
  /** The fact shown in the evidence pane and moved by the keyboard. */
  focus: string | null;
  /** Where a Shift range starts. */
  anchor: string | null;
}

export const emptySelection: ListSelection = { ids: new Set(), focus: null, anchor: null };

export type SelectMode = 'only' | 'toggle' | 'range';

export function selectAt(order: readonly string[], current: ListSelection, id: string, mode: SelectMode): ListSelection {
  if (mode === 'toggle') {
    const ids = new Set(current.ids);
    if (ids.has(id)) ids.delete(id);
    else ids.add(id);
    return { ids, focus: id, anchor: id };
  }
  if (mode === 'range' && current.anchor !== null) {
    const a = order.indexOf(current.anchor);
    const b = order.indexOf(id);
    if (a >= 0 && b >= 0) {
      const [from, to] = a <= b ? [a, b] : [b, a];
      return { ids: new Set(order.slice(from, to + 1)), focus: id, anchor: current.anchor };
    }
  }
  return { ids: new Set([id]), focus: id, anchor: id };
}

/** Moves the focus by `step` rows (clamped); with `extend`, the range from the anchor follows. */
export function moveFocus(order: readonly string[], current: ListSelection, step: number, extend: boolean): ListSelection {
  if (order.length === 0) return emptySelection;
  const at = current.focus === null ? -1 : order.indexOf(current.focus);
  const next = at < 0 ? (step > 0 ? 0 : order.length - 1) : Math.min(order.length - 1, Math.max(0, at + step));
  const id = order[next]!;
  return selectAt(order, current, id, extend ? 'range' : 'only');
}

/** Keeps only ids still in the list; a focus that went away moves to the nearest row. */
export function reconcile(order: readonly string[], current: ListSelection, previousOrder: readonly string[]): ListSelection {
  const present = new Set(order);
  const ids = new Set([...current.ids].filter((id) => present.has(id)));
  let focus = current.focus !== null && present.has(current.focus) ? current.focus : null;
  if (focus === null && order.length > 0) {
    const was = current.focus === null ? 0 : Math.max(0, previousOrder.indexOf(current.focus));
    focus = order[Math.min(was, order.length - 1)]!;
    if (ids.size === 0) ids.add(focus);
  }
  const anchor = current.anchor !== null && present.has(current.anchor) ? current.anchor : focus;
  return { ids, focus, anchor };
}

/** The selected ids in list order (the focus alone when nothing else is selected). */
export function selectedInOrder(order: readonly string[], current: ListSelection): string[] {
  const chosen = order.filter((id) => current.ids.has(id));
  if (chosen.length === 0 && current.focus !== null && order.includes(current.focus)) return [current.focus];
  return chosen;
}
