// The disagreements between sources, first thing on the Facts tab: what the sources disagree
// about and the values they give. Choosing one shows its first fact's evidence; Compare opens the
// Comparison table, where the analyst picks the value that stands.
import { memo } from 'react';
import type { ConflictSummary } from '../../../shared/api';
import { plural } from './factWords';

/** Memoised: a key press in the find box leaves the conflicts as they were. */
export const ConflictList = memo(function ConflictList(props: {
  conflicts: readonly ConflictSummary[];
  onOpen: (conflict: ConflictSummary) => void;
  /** Opens the Comparison table: what each source says, and which value stands. */
  onCompare: (conflict: ConflictSummary) => void;
}) {
  const { conflicts } = props;
  if (conflicts.length === 0) return null;
  return (
    <details className="conflict-list" open>
      <summary>
        <span className="badge badge-conflict">{plural(conflicts.length, 'conflict')}</span> between sources
      </summary>
      <ul aria-label="Conflicts">
        {conflicts.map((c) => (
          <li key={c.groupId}>
            <button type="button" className="conflict-item" onClick={() => props.onOpen(c)} title={c.reason}>
              <span className="conflict-subject">{c.subject}</span>
              <span className="conflict-values">{c.values.join(' vs ')}</span>
              <span className="muted">{plural(c.sourceCount, 'source')}</span>
            </button>
            <button type="button" className="compare-button" onClick={() => props.onCompare(c)} aria-label={`Compare sources: ${c.subject}`}>
              Compare
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
});
