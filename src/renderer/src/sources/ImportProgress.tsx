// An import under way: which file, how far through the batch, and a way out (Cancel or Esc).
// Files may finish out of order (a pool of workers reads them), so the bar counts files done.
import type { EventPayload } from '../../../shared/api';
import { baseName } from './fileNames';

export interface ImportProgressState {
  current: EventPayload<'importProgress'> | null;
  doneIndices: number[];
  cancelling: boolean;
}

const PHASES: Record<EventPayload<'importProgress'>['phase'], string> = {
  reading: 'reading',
  ocr: 'reading scanned pages (OCR)',
  cleaning: 'cleaning',
  extracting: 'finding facts',
  done: 'done',
};

export function ImportProgress({ state, onCancel }: { state: ImportProgressState; onCancel: () => void }) {
  const { current } = state;
  const done = state.doneIndices.length;
  return (
    <section className="import-progress" aria-label="Import progress" aria-live="polite" aria-busy="true">
      <div className="import-progress-text">
        {current ? (
          <>
            <span className="import-file">{baseName(current.file)}</span>
            <span className="import-count">
              {' '}
              — file {Math.min(current.index + 1, current.total)} of {current.total}, {PHASES[current.phase]}
              {current.ocr ? `, page ${Math.min(current.ocr.done + 1, current.ocr.pages)} of ${current.ocr.pages}` : ''}
            </span>
          </>
        ) : (
          'Starting the import…'
        )}
      </div>
      <progress
        aria-label="Files imported"
        max={current?.total ?? 1}
        value={current ? done : undefined}
      />
      <button type="button" onClick={onCancel} disabled={state.cancelling} title="Stop the import (Esc); files already in stay in">
        {state.cancelling ? 'Cancelling…' : 'Cancel'}
      </button>
    </section>
  );
}
