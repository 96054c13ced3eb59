// A change to the brief made from outside the Brief tab (the Timeline's insert, and its undo and
// redo from any tab) must not race the Brief view's autosave: before such a change the view, if
// mounted, saves what was typed (flushBriefEdits waits for it); after it, the view shows the brief
// afresh (briefReplaced). Plain DOM events, dispatched synchronously, so no view needs a reference.
const FLUSH = 'attache-brief-flush';
const REPLACED = 'attache-brief-replaced';

type FlushEvent = CustomEvent<{ waits: Array<Promise<void>> }>;

export async function flushBriefEdits(): Promise<void> {
  const event: FlushEvent = new CustomEvent(FLUSH, { detail: { waits: [] } });
  window.dispatchEvent(event);
  await Promise.all(event.detail.waits);
}

export function briefReplaced(): void {
  window.dispatchEvent(new Event(REPLACED));
}

/** For the Brief view: answer flushes with its save, and reload when the brief was replaced. */
export function listenForBriefChanges(save: () => Promise<void>, reload: () => void): () => void {
  const onFlush = (event: Event) => (event as FlushEvent).detail.waits.push(save());
  window.addEventListener(FLUSH, onFlush);
  window.addEventListener(REPLACED, reload);
  return () => {
    window.removeEventListener(FLUSH, onFlush);
    window.removeEventListener(REPLACED, reload);
  };
}
