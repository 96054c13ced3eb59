// Whether the analyst's work is on disk: "Saved", "Saving…", or why it is not.
export type SaveState = { kind: 'saved' } | { kind: 'saving' } | { kind: 'failed'; message: string };

export function SaveIndicator({ state }: { state: SaveState }) {
  const text =
    state.kind === 'saved' ? 'Saved' : state.kind === 'saving' ? 'Saving…' : `Save failed: ${state.message}`;
  return (
    <span className={`save-state save-${state.kind}`} role="status" title={state.kind === 'failed' ? state.message : undefined}>
      {text}
    </span>
  );
}
