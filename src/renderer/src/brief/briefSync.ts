// A change to the brief made from outside the Brief tab (the Timeline's insert, and its undo and
// redo from any tab): after it, the Brief view, if mounted, shows the brief afresh. What was typed
// there is saved before any undo or redo by the history itself (BriefEdits registers the view's
// save with DecisionHistory.beforeEachStep), so no step here races the view's autosave. A plain DOM
// event, dispatched synchronously, so no view needs a reference to another.
const REPLACED = 'attache-brief-replaced';

export function briefReplaced(): void {
  window.dispatchEvent(new Event(REPLACED));
}

/** For the Brief view: reload when the brief was replaced from elsewhere. */
export function listenForBriefReplaced(reload: () => void): () => void {
  window.addEventListener(REPLACED, reload);
  return () => window.removeEventListener(REPLACED, reload);
}
