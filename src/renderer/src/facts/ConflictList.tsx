// The disagreements between sources, first thing on the Facts tab: what the sources disagree
// about and the values they give. Choosing one shows its first fact's evidence.
import type { FactView, Group } from '../../../shared/api';
import { primaryValueText, plural } from './factWords';

export function ConflictList(props: {
  groups: readonly Group[];
  factById: ReadonlyMap<string, FactView>;
  onOpen: (group: Group) => void;
}) {
  const conflicts = props.groups.filter((g) => g.relation === 'conflict');
  if (conflicts.length === 0) return null;
  return (
    <details className="conflict-list" open>
      <summary>
        <span className="badge badge-conflict">{plural(conflicts.length, 'conflict')}</span> between sources
      </summary>
      <ul aria-label="Conflicts">
        {conflicts.map((g) => {
          const members = g.factIds.map((id) => props.factById.get(id)).filter((v): v is FactView => v !== undefined);
          const values = [...new Set(members.map((m) => primaryValueText(m)))];
          const sources = new Set(members.map((m) => m.fact.sourceId));
          return (
            <li key={g.id}>
              <button type="button" className="conflict-item" onClick={() => props.onOpen(g)} title={g.reason}>
                <span className="conflict-subject">{g.subject}</span>
                <span className="conflict-values">{values.join(' vs ')}</span>
                <span className="muted">{plural(sources.size, 'source')}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
