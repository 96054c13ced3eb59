// The lines cleaning dropped from a source, each with its reason and a way to put it back; and the
// lines the analyst put back, each with a way to drop it again.
import type { SourceDetail } from '../../../shared/api';
import { REMOVAL_REASONS, type RemovalReason } from './sourceWords';

export interface KnownLine {
  text: string;
  reason: RemovalReason;
}

export function DroppedLines(props: {
  detail: SourceDetail;
  /** Text and reason of a restored line (from the back end, else remembered from this session). */
  restoredText: (line: number) => KnownLine | undefined;
  busyLine: number | null;
  onSetRestored: (line: number, restored: boolean) => void;
}) {
  const { removed, restoredLines } = props.detail;
  return (
    <section className="dropped-lines" aria-labelledby="dropped-heading">
      <h3 id="dropped-heading">
        Dropped lines <span className="count">{removed.length}</span>
      </h3>
      {removed.length === 0 ? (
        <p className="empty-hint">Cleaning dropped nothing from this source.</p>
      ) : (
        <ul aria-label="Dropped lines">
          {removed.map((line) => (
            <li key={line.line} className="dropped-line">
              <span className="dropped-reason">{REMOVAL_REASONS[line.reason]}</span>
              <span className="dropped-text" title={`Line ${line.line + 1} of the file`}>
                {line.text.trim() || '(blank)'}
              </span>
              <button
                type="button"
                onClick={() => props.onSetRestored(line.line, true)}
                disabled={props.busyLine !== null}
                aria-label={`Restore line ${line.line + 1}: ${truncate(line.text)}`}
              >
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
      {restoredLines.length > 0 ? (
        <>
          <h3 id="restored-heading">
            Restored by you <span className="count">{restoredLines.length}</span>
          </h3>
          <ul aria-labelledby="restored-heading">
            {restoredLines.map((n) => {
              const known = props.restoredText(n);
              return (
                <li key={n} className="dropped-line restored">
                  <span className="dropped-reason">{known ? `was ${REMOVAL_REASONS[known.reason]}` : `line ${n + 1}`}</span>
                  <span className="dropped-text">{known ? known.text.trim() : `Line ${n + 1} of the file`}</span>
                  <button
                    type="button"
                    onClick={() => props.onSetRestored(n, false)}
                    disabled={props.busyLine !== null}
                    aria-label={`Drop line ${n + 1} again`}
                  >
                    Drop again
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function truncate(text: string): string {
  const t = text.trim();
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}
