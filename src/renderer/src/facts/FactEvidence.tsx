// The evidence for one fact: its sentence with the value marked, where it comes from, what other
// sources say about the same thing (and why Attaché grouped them: the reason, and behind "Why
// together?" the rule and its evidence), and the analyst's decision.
import { useEffect, useState } from 'react';
import type { FactDetail, SourceSummary } from '../../../shared/api';
import { CREDIBILITY_WORDS, primaryValueText, plural } from './factWords';
import { GroupReason, groupHeadline } from './GroupReason';
import { HighlightedSentence } from './HighlightedSentence';

export function FactEvidence(props: {
  detail: FactDetail;
  selectedCount: number;
  sourceById: ReadonlyMap<string, SourceSummary>;
  busy: boolean;
  onVerify: () => void;
  onReject: () => void;
  onReset: () => void;
  onCredibility: (credibility: number | null) => void;
  onNote: (note: string) => void;
  onOpenFact: (factId: string) => void;
  /** Opens a group's Comparison table. */
  onCompare: (groupId: string) => void;
}) {
  const { view, groups: memberOf } = props.detail;
  const { fact } = view;
  const source = props.sourceById.get(fact.sourceId);
  const memberById = new Map(props.detail.members.map((m) => [m.fact.id, m]));
  const credibility = view.decision?.credibility ?? null;
  const many = props.selectedCount > 1;

  return (
    <article className="fact-evidence" aria-label="Evidence">
      {many ? (
        <p className="multi-banner" role="status">
          {plural(props.selectedCount, 'fact')} selected: Verify (V) and Reject (R) apply to all of them.
        </p>
      ) : null}
      <header className="evidence-header">
        <div>
          <h2 className={`evidence-value${fact.values.length ? '' : ' evidence-statement'}`}>
            {fact.values.length ? primaryValueText(fact) : KIND_HEADINGS[fact.kind] ?? fact.kind}
          </h2>
          <p className="evidence-subject">
            <span className="fact-kind">{fact.kind}</span> {fact.subject}
            {fact.speaker ? <span className="muted"> · said by {fact.speaker}</span> : null}
          </p>
        </div>
        <span className={`status-chip status-${view.status}`}>{view.status}</span>
      </header>

      <div className="decision-bar" role="group" aria-label="Decision">
        <button type="button" className="primary" disabled={props.busy} onClick={props.onVerify} title="Verify (V)">
          {many ? `Verify ${props.selectedCount}` : 'Verify'} <kbd>V</kbd>
        </button>
        <button type="button" className="danger" disabled={props.busy} onClick={props.onReject} title="Reject (R)">
          {many ? `Reject ${props.selectedCount}` : 'Reject'} <kbd>R</kbd>
        </button>
        {view.status !== 'unverified' ? (
          <button type="button" className="quiet" disabled={props.busy} onClick={props.onReset}>
            Mark unverified
          </button>
        ) : null}
      </div>

      <blockquote className="evidence-sentence" aria-label="Source sentence">
        <HighlightedSentence fact={fact} />
      </blockquote>
      <p className="evidence-source">
        <span className="evidence-source-title">{source?.meta.title ?? view.sourceTitle ?? view.sourceFileName}</span>
        {source?.meta.outlet ? <span> · {source.meta.outlet}</span> : null}
        <span> · {source?.meta.publishedAt ?? 'undated'}</span>
        <span className="muted"> · {view.sourceFileName}</span>
        {source ? <span className="muted"> · reliability {source.reliability}</span> : null}
      </p>

      {memberOf.map((g) => (
        <section key={g.id} className={`evidence-group group-${g.relation}`} aria-label={g.relation === 'conflict' ? 'Conflict' : 'Corroboration'}>
          <h3>
            <span className={`badge badge-${g.relation}`}>{g.relation === 'conflict' ? 'conflict' : 'corroborated'}</span>{' '}
            {groupHeadline(g, g.sourceCount)}
          </h3>
          <div className="group-tools">
            <GroupReason group={g} />
            <button type="button" className="compare-button" onClick={() => props.onCompare(g.id)} title="Compare sources (C)">
              Compare {plural(g.sourceCount, 'source')} <kbd>C</kbd>
            </button>
          </div>
          <ul>
            {g.factIds
              .filter((id) => id !== fact.id)
              .map((id) => {
                const other = memberById.get(id);
                if (!other) return null;
                const otherSource = props.sourceById.get(other.fact.sourceId);
                return (
                  <li key={id}>
                    <button type="button" className="group-member" onClick={() => props.onOpenFact(id)}>
                      <span className="group-member-source">
                        {otherSource?.meta.title ?? other.sourceTitle ?? other.sourceFileName}
                        {otherSource?.meta.outlet ? ` · ${otherSource.meta.outlet}` : ''}
                        {` · ${otherSource?.meta.publishedAt ?? 'undated'}`}
                        <span className={`status-chip status-${other.status}`}>{other.status}</span>
                      </span>
                      <span className="group-member-sentence">
                        <HighlightedSentence fact={other.fact} />
                      </span>
                    </button>
                  </li>
                );
              })}
          </ul>
          {unlisted(g.factIds, fact.id, memberById) > 0 ? (
            <p className="muted group-more">
              And {plural(unlisted(g.factIds, fact.id, memberById), 'other fact')}: Compare shows what every source says.
            </p>
          ) : null}
        </section>
      ))}
      <fieldset className="credibility" disabled={props.busy}>
        <legend>
          Credibility <span className="muted">(keys 1–6; suggested {view.suggestedCredibility}, {CREDIBILITY_WORDS[view.suggestedCredibility]})</span>
        </legend>
        {view.decision?.credibilitySuggested && credibility !== null && (
          <p className="muted">Verified at the suggested {credibility}; the brief says so. A key 1–6 grades it yourself.</p>
        )}
        {[1, 2, 3, 4, 5, 6].map((n) => (
          <button
            key={n}
            type="button"
            className={`cred${credibility === n ? ' chosen' : ''}${view.suggestedCredibility === n ? ' suggested' : ''}`}
            aria-pressed={credibility === n}
            title={`${n}: ${CREDIBILITY_WORDS[n]}${view.suggestedCredibility === n ? ' (suggested)' : ''}`}
            onClick={() => props.onCredibility(credibility === n ? null : n)}
          >
            {n}
          </button>
        ))}
      </fieldset>

      <NoteField key={fact.id} note={view.decision?.note ?? ''} disabled={props.busy} onSave={props.onNote} />

    </article>
  );
}

/** The group's other facts the evidence was not given (the back end sends the first few of a large group). */
function unlisted(factIds: readonly string[], own: string, given: ReadonlyMap<string, unknown>): number {
  return factIds.filter((id) => id !== own && !given.has(id)).length;
}

const KIND_HEADINGS: Partial<Record<string, string>> = {
  agreement: 'Agreement',
  claim: 'Statement',
  quote: 'Quotation',
};

/** The analyst's note, saved when they leave the field or press Save. */
function NoteField(props: { note: string; disabled: boolean; onSave: (note: string) => void }) {
  const [text, setText] = useState(props.note);
  useEffect(() => setText(props.note), [props.note]);
  const dirty = text !== props.note;
  return (
    <div className="note-field">
      <label htmlFor="fact-note">Note</label>
      <textarea
        id="fact-note"
        rows={2}
        value={text}
        placeholder="Why you verified or rejected this, where you checked it…"
        disabled={props.disabled}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => {
          if (dirty) props.onSave(text);
        }}
      />
      {dirty ? (
        <button type="button" onClick={() => props.onSave(text)}>
          Save note
        </button>
      ) : null}
    </div>
  );
}
