// The Sources tab: the last import's report, the list of sources on the left and the selected one
// on the right. Removing a source asks first; it goes into the session's history, so Ctrl/Cmd+Z
// (from any tab) brings it back with its facts and the decisions on them.
import { useEffect, useRef, useState } from 'react';
import type { ImportReport, SourceSummary } from '../../../shared/api';
import type { ShownError } from '../ErrorPanel';
import { useDecisionHistory } from '../history/historyContext';
import { isTyping, keysOf } from '../shortcuts';
import { ConfirmDialog } from './ConfirmDialog';
import type { KnownLine } from './DroppedLines';
import { ImportReportView } from './ImportReportView';
import { SourceDetailPane } from './SourceDetailPane';
import { SourceList } from './SourceList';

export function SourcesPanel(props: {
  sources: SourceSummary[];
  selectedId: string | null;
  onSelect: (sourceId: string) => void;
  revision: number;
  report: ImportReport | null;
  onDismissReport: () => void;
  onChanged: () => void;
  onError: (error: ShownError) => void;
  /** The project may not be changed: the source's fields and buttons are shown disabled. */
  readOnly?: boolean;
}) {
  const { sources, selectedId, onChanged, onError, readOnly = false } = props;
  const [confirming, setConfirming] = useState<SourceSummary | null>(null);
  // Lives as long as the panel: the text of lines restored in this session (see DroppedLines).
  const restoredMemory = useRef(new Map<string, KnownLine>());
  const selected = sources.find((s) => s.id === selectedId) ?? null;
  const history = useDecisionHistory();

  // Delete (or Backspace on a Mac keyboard) anywhere on the tab asks to remove the selected
  // source, unless the analyst is typing in a field.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || confirming || !selected || readOnly) return;
      if ((event.key !== 'Delete' && event.key !== 'Backspace') || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      setConfirming(selected);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [confirming, selected, readOnly]);

  const remove = async (source: SourceSummary) => {
    setConfirming(null);
    const at = sources.findIndex((s) => s.id === source.id);
    const neighbour = sources[at + 1] ?? sources[at - 1] ?? null;
    const result = await window.attache.sourcesRemove({ sourceId: source.id });
    if (!result.ok) {
      onError(result.error);
    } else {
      if (neighbour) props.onSelect(neighbour.id);
      const sourceId = source.id;
      history?.record({
        label: `Removed “${source.meta.title ?? source.fileName}”`,
        undo: async () => {
          const back = await window.attache.sourcesRestoreRemoved({ sourceId });
          return back.ok ? null : back.error.message;
        },
        redo: async () => {
          const again = await window.attache.sourcesRemove({ sourceId });
          return again.ok ? null : again.error.message;
        },
      });
    }
    onChanged();
    document.querySelector<HTMLElement>('[role="listbox"][aria-label="Sources"]')?.focus();
  };

  return (
    <div className="sources-panel">
      {props.report ? (
        <ImportReportView report={props.report} onDismiss={props.onDismissReport} onShow={props.onSelect} />
      ) : null}
      {sources.length === 0 ? (
        <p className="empty-hint sources-empty">
          No sources yet. Add files with “Add sources…” or drop them on this window: text, Markdown, HTML pages, PDF
          and Word (.docx) documents.
        </p>
      ) : (
        <div className="sources-split">
          <SourceList
            sources={sources}
            selectedId={selectedId}
            onSelect={props.onSelect}
          />
          {/* A disabled fieldset disables every field and button in it: nothing to change in a read-only project. */}
          <fieldset className="detail-scroller" disabled={readOnly}>
            {selectedId ? (
              <SourceDetailPane
                key={selectedId}
                sourceId={selectedId}
                revision={props.revision}
                restoredMemory={restoredMemory.current}
                onChanged={onChanged}
                onError={onError}
                onRequestRemove={() => selected && setConfirming(selected)}
              />
            ) : (
              <p className="empty-hint">Select a source to see its text and details.</p>
            )}
          </fieldset>
        </div>
      )}
      {confirming ? (
        <ConfirmDialog
          title={`Remove “${confirming.meta.title ?? confirming.fileName}”?`}
          confirmLabel="Remove source"
          cancelLabel="Keep"
          onConfirm={() => void remove(confirming)}
          onCancel={() => setConfirming(null)}
        >
          <p>
            Its {confirming.factCount} {confirming.factCount === 1 ? 'fact leaves' : 'facts leave'} the project, and any
            brief citing them loses those citations. Undo ({keysOf('undo')}) brings it back with its facts and your decisions on
            them; so does adding {confirming.fileName} again.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
