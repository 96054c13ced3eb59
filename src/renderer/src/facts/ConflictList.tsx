// The disagreements between sources, first thing on the Facts tab: what the sources disagree
// about and the values they give. Choosing one shows its first fact's evidence.
import type { ConflictSummary } from '../../../shared/api';
import { plural } from './factWords';

export function ConflictList(props: { conflicts: readonly ConflictSummary[]; onOpen: (conflict: ConflictSummary) => void }) {
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
          </li>
        ))}
      </ul>
    </details>
  );
}
