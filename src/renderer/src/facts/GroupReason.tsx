// "Why together?" (or "Why in conflict?") under a group in the evidence pane: a button that shows
// the rule that formed the group, the rule's general sentence and what it found. The evidence is
// words from the sources (shared words, places, speakers): rendered as text, never as HTML.
import { useId, useState } from 'react';
import type { GroupView } from '../../../shared/api';

export function whyQuestion(relation: GroupView['relation']): string {
  return relation === 'conflict' ? 'Why in conflict?' : 'Why together?';
}

/**
 * The group's heading. A reason that already quotes its rule's sentence (the event rules write
 * "2 sources: <sentence> [<evidence>]") would say it twice beside "Why together?", which shows the
 * sentence and the evidence laid out: the heading then says only who agrees, or the conflict's rule.
 */
export function groupHeadline(group: Pick<GroupView, 'relation' | 'reason' | 'ruleSays'>, sourceCount: number): string {
  if (!group.reason.includes(group.ruleSays)) return group.reason;
  if (group.relation === 'conflict') return group.ruleSays;
  return `${sourceCount} sources report this.`;
}

export function GroupReason(props: { group: GroupView }) {
  const { group } = props;
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const question = whyQuestion(group.relation);
  return (
    <div className="group-why">
      <button type="button" className="why-toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        <span aria-hidden="true" className="why-caret">{open ? '▾' : '▸'}</span> {question}
      </button>
      <div id={panelId} className="why-panel" role="region" aria-label={question.replace('?', '')} hidden={!open}>
        <p className="why-rule">
          <span className="why-label">Rule</span> <code className="why-rule-id">{group.rule}</code>
          <span className="why-rule-says">{group.ruleSays}</span>
        </p>
        {group.evidenceItems.length > 0 ? (
          <dl className="why-evidence">
            {group.evidenceItems.map((item) => (
              <div key={item.label} className="why-item">
                <dt>{item.label}</dt>
                <dd>{item.text}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p className="why-none muted">No further evidence was recorded; the reason above says what was compared.</p>
        )}
      </div>
    </div>
  );
}
