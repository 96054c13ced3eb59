// Which Who's who entries the analyst has focused (shown on the right) and selected (to merge).
// Arrows move the focus and leave the selection as it is; Space adds or drops the focused entry;
// Shift with an arrow, Space or a click selects the run from the anchor; a click selects the one
// entry; Ctrl/Cmd+click adds or drops one. Pure: no React, no window.

export interface WhoSelection {
  focus: string | null;
  /** Where a Shift range starts: the entry last clicked or toggled. */
  anchor: string | null;
  selected: ReadonlySet<string>;
}

export const noSelection: WhoSelection = { focus: null, anchor: null, selected: new Set() };

export type Move = 'up' | 'down' | 'home' | 'end';

/** The entries from the anchor to `id`, in list order (the anchor alone when it is gone). */
function run(order: readonly string[], from: string | null, to: string): string[] {
  const a = from === null ? -1 : order.indexOf(from);
  const b = order.indexOf(to);
  if (b < 0) return [];
  if (a < 0) return [to];
  return order.slice(Math.min(a, b), Math.max(a, b) + 1);
}

export function moveFocus(selection: WhoSelection, order: readonly string[], move: Move, extend: boolean): WhoSelection {
  if (order.length === 0) return selection;
  const at = selection.focus === null ? -1 : order.indexOf(selection.focus);
  const next =
    move === 'home' ? 0 : move === 'end' ? order.length - 1 : move === 'up' ? Math.max(0, at < 0 ? 0 : at - 1) : Math.min(order.length - 1, at + 1);
  const focus = order[next]!;
  if (!extend) return { ...selection, focus };
  const anchor = selection.anchor ?? selection.focus ?? focus;
  return { focus, anchor, selected: new Set(run(order, anchor, focus)) };
}

/** Space: the focused entry in or out of the selection; with Shift, the run from the anchor. */
export function toggleFocused(selection: WhoSelection, order: readonly string[], range: boolean): WhoSelection {
  const focus = selection.focus;
  if (focus === null) return selection;
  if (range) return { ...selection, selected: new Set(run(order, selection.anchor ?? focus, focus)) };
  const selected = new Set(selection.selected);
  if (selected.has(focus)) selected.delete(focus);
  else selected.add(focus);
  return { focus, anchor: focus, selected };
}

export function clickEntry(selection: WhoSelection, order: readonly string[], id: string, mode: 'only' | 'toggle' | 'range'): WhoSelection {
  if (mode === 'range') return { focus: id, anchor: selection.anchor ?? selection.focus ?? id, selected: new Set(run(order, selection.anchor ?? selection.focus, id)) };
  if (mode === 'toggle') return toggleFocused({ ...selection, focus: id }, order, false);
  return { focus: id, anchor: id, selected: new Set([id]) };
}

/**
 * After the list changed (a filter, or the project): a focus that went moves to `fallback`. The
 * selection stays, entries a filter hides included: two spellings no one filter finds can be
 * selected one after the other and merged.
 */
export function reconcileSelection(selection: WhoSelection, order: readonly string[], fallback: string | null): WhoSelection {
  const present = new Set(order);
  const focus = selection.focus !== null && present.has(selection.focus) ? selection.focus : fallback !== null && present.has(fallback) ? fallback : null;
  const anchor = selection.anchor !== null && present.has(selection.anchor) ? selection.anchor : focus;
  return { focus, anchor, selected: selection.selected };
}

/**
 * The entry a merge goes into: the focused one when it is selected, else the first selected in
 * list order (the list puts who the sources mention most first), else the first selected.
 */
export function mergeTarget(selection: WhoSelection, order: readonly string[]): string | null {
  if (selection.focus !== null && selection.selected.has(selection.focus)) return selection.focus;
  return order.find((id) => selection.selected.has(id)) ?? selection.selected.values().next().value ?? null;
}

/** The selected entries: those shown in list order, then those a filter hides, in the order chosen. */
export function selectedInOrder(selection: WhoSelection, order: readonly string[]): string[] {
  const shown = order.filter((id) => selection.selected.has(id));
  const listed = new Set(shown);
  return [...shown, ...[...selection.selected].filter((id) => !listed.has(id))];
}
