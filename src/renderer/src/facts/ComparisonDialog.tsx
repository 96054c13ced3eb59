// The Comparison table of a group or a conflict: what each source says, side by side — its words
// (the fact's sentence, as text), what it gives on the point compared, its date, its grade and the
// analyst's decision. On a conflict each row offers "This one stands" (the other sides rejected, or
// kept with a note); any group can be verified or rejected as a whole. Each of those is one call
// and one step of the Facts tab's undo. A native <dialog>: it traps focus, Esc closes it.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { CallValue, ComparedPoint, FactStatus, GroupComparison } from '../../../shared/api';
import { isMac } from '../shortcuts';
import { CREDIBILITY_WORDS, plural } from './factWords';
import { groupHeadline } from './GroupReason';
import { HighlightedSentence } from './HighlightedSentence';
import { RELIABILITY_WORDS } from '../../../core/gradeWords';

type Previous = CallValue<'groupDecide'>;

const POINT_HEADINGS: Record<ComparedPoint, string> = { value: 'Value', place: 'Place', day: 'Day', speaker: 'Speaker' };

export function ComparisonDialog(props: {
  groupId: string;
  /** Changes whenever the project's decisions may have changed: the table loads again. */
  revision: number;
  busy: boolean;
  message: string | null;
  /** Runs a decision call and records its undo; resolves once the lists were reloaded. */
  onDecision: (label: string, run: () => Promise<Awaited<ReturnType<typeof window.attache.groupDecide>>>) => Promise<void>;
  onUndo: () => void;
  onOpenFact: (factId: string) => void;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [table, setTable] = useState<GroupComparison | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [others, setOthers] = useState<'reject' | 'annotate'>('reject');
  const { groupId, revision } = props;

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (!el.open) el.showModal();
    return () => {
      if (el.open) el.close();
    };
  }, []);

  useEffect(() => {
    let live = true;
    void window.attache.groupCompare({ groupId }).then((result) => {
      if (!live) return;
      if (result.ok) {
        setTable(result.value);
        setError(null);
      } else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [groupId, revision]);

  const decideAll = useCallback(
    (status: FactStatus) => {
      if (!table) return;
      const verb = status === 'verified' ? 'Verified' : status === 'rejected' ? 'Rejected' : 'Marked unverified';
      void props.onDecision(`${verb} ${plural(table.rows.length, 'fact')} of the group`, () => window.attache.groupDecide({ groupId, status }));
    },
    [groupId, props, table],
  );

  const stands = useCallback(
    (factId: string, says: string) => {
      const label = `${says} stands${others === 'reject' ? ', the other values rejected' : ', the other values annotated'}`;
      void props.onDecision(label, () => window.attache.conflictStands({ groupId, factId, others }));
    },
    [groupId, others, props],
  );

  // The Facts tab's keys stop while a dialog is open: undo still works here. On the window, not
  // the dialog: a button that a decision disables drops the focus to the page body.
  const undoRef = useRef({ busy: props.busy, onUndo: props.onUndo });
  undoRef.current = { busy: props.busy, onUndo: props.onUndo };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const primary = isMac ? event.metaKey : event.ctrlKey;
      if (!primary || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'z') return;
      event.preventDefault();
      if (!undoRef.current.busy) undoRef.current.onUndo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const conflict = table?.group.relation === 'conflict';
  const standing = table?.standingSide ?? null;
  const standingRow = standing ? table?.rows.find((r) => r.side === standing) : undefined;

  return (
    <dialog
      ref={dialog}
      className="comparison-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        props.onClose();
      }}
    >
      <header className="comparison-header">
        <h2 id={titleId}>
          {table ? (
            <>
              <span className={`badge badge-${table.group.relation}`}>{conflict ? 'conflict' : 'corroborated'}</span> Compare sources:{' '}
              {table.title}
            </>
          ) : (
            'Compare sources'
          )}
        </h2>
        <button type="button" className="comparison-close" onClick={props.onClose} title="Close the comparison (Esc)">
          Close
        </button>
      </header>
      {error ? <p className="comparison-error" role="alert">{error}</p> : null}
      {table ? (
        <>
          <p className="comparison-reason">
            {groupHeadline(table.group, table.group.sourceCount)}{' '}
            <span className="muted">
              {plural(table.group.sourceCount, 'source')}, {plural(table.sides, conflict ? 'different value' : 'thing said', conflict ? 'different values' : 'things said')}.
            </span>
          </p>
          {conflict ? (
            <div className="comparison-resolve">
              {standingRow ? (
                <p className="comparison-standing" role="status">
                  Resolved: <strong>{standingRow.says ?? 'the verified report'}</strong> stands; the other values are rejected. The brief states it as resolved.
                </p>
              ) : null}
              <fieldset className="comparison-others">
                <legend>When one value stands, the others are</legend>
                <label>
                  <input type="radio" name={`${titleId}-others`} checked={others === 'reject'} onChange={() => setOthers('reject')} /> rejected, with a note
                </label>
                <label>
                  <input type="radio" name={`${titleId}-others`} checked={others === 'annotate'} onChange={() => setOthers('annotate')} /> kept as they are, with a note
                </label>
              </fieldset>
            </div>
          ) : null}
          <div className="comparison-scroller">
            <table className="comparison-table">
              <caption className="visually-hidden">What each source says about {table.title}</caption>
              <thead>
                <tr>
                  <th scope="col">Source</th>
                  <th scope="col">Published</th>
                  <th scope="col">
                    <abbr title="Source reliability, A (completely reliable) to F (cannot be judged)">Rel.</abbr>
                  </th>
                  <th scope="col">{POINT_HEADINGS[table.point]}</th>
                  <th scope="col">Its words</th>
                  <th scope="col">Decision</th>
                  {conflict ? <th scope="col"><span className="visually-hidden">Stands</span></th> : null}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, i) => {
                  const { view } = row;
                  const newSide = i === 0 || table.rows[i - 1]!.side !== row.side;
                  const credibility = view.decision?.credibility ?? null;
                  const says = row.says ?? view.fact.subject;
                  return (
                    <tr
                      key={view.fact.id}
                      data-fact-id={view.fact.id}
                      className={`status-${view.status}${newSide && i > 0 ? ' side-start' : ''}${standing === row.side ? ' side-standing' : ''}`}
                    >
                      <th scope="row" className="comparison-source">
                        <button type="button" className="link-button" onClick={() => props.onOpenFact(view.fact.id)} title="Show this fact in the list">
                          {view.sourceTitle ?? view.sourceFileName}
                        </button>
                        <span className="muted">
                          {row.outlet ? `${row.outlet} · ` : ''}
                          {view.sourceFileName}
                        </span>
                      </th>
                      <td className="comparison-date">{row.reported ?? <span className="muted">undated</span>}</td>
                      <td className="comparison-grade" title={RELIABILITY_WORDS[row.reliability]}>
                        {row.reliability}
                      </td>
                      <td className="comparison-says">
                        {row.says ? <strong>{row.says}</strong> : <span className="muted">{view.fact.kind}</span>}
                        {row.when && table.point !== 'day' ? <span className="muted comparison-when">on {row.when}</span> : null}
                      </td>
                      <td className="comparison-words">
                        <HighlightedSentence fact={view.fact} />
                      </td>
                      <td className="comparison-decision">
                        <span className={`status-chip status-${view.status}`}>{view.status}</span>
                        {credibility !== null ? (
                          <span className="muted comparison-cred" title={CREDIBILITY_WORDS[credibility as keyof typeof CREDIBILITY_WORDS]}>
                            credibility {credibility}
                            {view.decision?.credibilitySuggested ? ' (suggested)' : ''}
                          </span>
                        ) : null}
                        {view.decision?.note ? <span className="comparison-note">{view.decision.note}</span> : null}
                      </td>
                      {conflict ? (
                        <td>
                          <button
                            type="button"
                            className="stands-button"
                            disabled={props.busy || (standing === row.side && view.status === 'verified')}
                            onClick={() => stands(view.fact.id, says)}
                            aria-label={`This one stands: ${says}, ${view.sourceTitle ?? view.sourceFileName}`}
                          >
                            This one stands
                          </button>
                        </td>
                      ) : null}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <footer className="comparison-actions">
            <span role="status" className="comparison-message">
              {props.message ?? (conflict ? 'Choose the value that stands, or verify every side to state the disagreement in the brief.' : 'Verify all verifies each at the credibility Attaché suggests.')}
            </span>
            <button type="button" className="primary" disabled={props.busy} onClick={() => decideAll('verified')}>
              Verify all {table.rows.length}
            </button>
            <button type="button" className="danger" disabled={props.busy} onClick={() => decideAll('rejected')}>
              Reject all {table.rows.length}
            </button>
            <button type="button" className="quiet" disabled={props.busy} onClick={() => decideAll('unverified')}>
              Mark all unverified
            </button>
          </footer>
        </>
      ) : null}
    </dialog>
  );
}

export type { Previous as GroupDecisionPrevious };
