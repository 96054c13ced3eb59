// The Timeline tab: the project's dated facts in date order, on an axis and as a list. Facts the
// groups tie together are one mark with its sources (how many, which outlets); a mark whose sources
// disagree carries a distinct marker and the values each side gives. Narrowed by a person, place or
// body of Who's who and by a kind of fact. ↑/↓ (or J/K) move between marks, Home/End jump, Enter
// (or a click) shows the mark's facts with their source words, each of which opens in the Facts
// tab. "Insert into brief" puts the marks shown into the brief as a table citing their verified
// facts (undone with Ctrl/Cmd+Z). Everything from the sources is shown as text.
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { CallValue, TimelineMarkView, TimelinePage, WhoRow } from '../../../shared/api';
import { FactKind } from '../../../core/model';
import { plural } from '../facts/factWords';
import { HighlightedSentence } from '../facts/HighlightedSentence';
import { useDecisionHistory } from '../history/historyContext';
import { isMac } from '../shortcuts';
import { briefReplaced } from '../brief/briefSync';
import { TimelineAxis } from './TimelineAxis';
import './timeline.css';

type Detail = CallValue<'timelineMark'>;
type Kind = FactKind | '';
const MARKS = 500;
const ENTITIES = 500;
const TYPE_WORDS: Record<WhoRow['type'], string> = { person: 'person', place: 'place', organisation: 'organisation' };
const STATUS_WORDS = { verified: 'verified', rejected: 'rejected', unverified: 'unverified' } as const;

export function TimelineView(props: { onOpenFact: (factId: string) => void }) {
  const history = useDecisionHistory();
  const [entityId, setEntityId] = useState('');
  const [kind, setKind] = useState<Kind>('');
  const [entities, setEntities] = useState<WhoRow[]>([]);
  const [page, setPage] = useState<TimelinePage | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [focused, setFocused] = useState(0);
  const [detail, setDetail] = useState<Detail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [revision, setRevision] = useState(0);
  const buttons = useRef(new Map<number, HTMLButtonElement>());

  useEffect(
    () =>
      window.attache.on('projectChanged', ({ what }) => {
        if (what === 'facts' || what === 'sources' || what === 'decisions') setRevision((r) => r + 1);
      }),
    [],
  );

  useEffect(() => {
    let live = true;
    void window.attache.whoPage({ offset: 0, limit: ENTITIES }).then((r) => {
      if (live && r.ok) setEntities(r.value.rows);
    });
    return () => {
      live = false;
    };
  }, [revision]);

  useEffect(() => {
    let live = true;
    void window.attache.timelinePage({ ...(entityId ? { entityId } : {}), ...(kind ? { kind } : {}), offset: 0, limit: MARKS }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setPage(r.value);
        setError(null);
      } else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [entityId, kind, revision]);

  useEffect(() => {
    if (!chosen) return setDetail(null);
    let live = true;
    void window.attache.timelineMark({ id: chosen }).then((r) => {
      if (!live) return;
      setDetail(r.ok ? r.value : null);
      if (!r.ok) setChosen(null);
    });
    return () => {
      live = false;
    };
  }, [chosen, revision]);

  const marks = useMemo(() => page?.marks ?? [], [page]);
  const at = Math.min(focused, Math.max(0, marks.length - 1));

  const moveTo = useCallback(
    (i: number) => {
      if (marks.length === 0) return;
      const next = Math.max(0, Math.min(marks.length - 1, i));
      setFocused(next);
      buttons.current.get(next)?.focus();
    },
    [marks.length],
  );

  const onListKey = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key;
    let next: number | null = null;
    if (key === 'ArrowDown' || key === 'j' || key === 'J') next = at + 1;
    else if (key === 'ArrowUp' || key === 'k' || key === 'K') next = at - 1;
    else if (key === 'Home') next = 0;
    else if (key === 'End') next = marks.length - 1;
    else if (key === 'PageDown') next = at + 10;
    else if (key === 'PageUp') next = at - 10;
    if (next === null) return;
    event.preventDefault();
    moveTo(next);
  };

  const choose = (mark: TimelineMarkView, i: number) => {
    setFocused(i);
    setChosen(mark.id);
  };

  const insert = useCallback(async () => {
    setBusy(true);
    setMessage(null);
    try {
      const filter = { ...(entityId ? { entityId } : {}), ...(kind ? { kind } : {}) };
      const result = await window.attache.briefAddTimeline(filter);
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      setError(null);
      const taken = new Set(result.value.previous?.sections.map((s) => s.id) ?? []);
      let added = result.value.brief.sections.find((s) => !taken.has(s.id))?.id ?? null;
      // Undo takes the inserted section out of the brief as it is then (edits since are kept).
      const removeAdded = async () => {
        const now = await window.attache.briefGet({});
        if (!now.ok) return now.error.message;
        if (!now.value || !added) return null;
        const back = await window.attache.briefUpdate({ brief: { ...now.value, sections: now.value.sections.filter((s) => s.id !== added) } });
        briefReplaced();
        return back.ok ? null : back.error.message;
      };
      history?.record({
        label: 'Inserted the timeline into the brief',
        undo: removeAdded,
        redo: async () => {
          const again = await window.attache.briefAddTimeline(filter);
          briefReplaced();
          if (!again.ok) return again.error.message;
          const before = new Set(again.value.previous?.sections.map((s) => s.id) ?? []);
          added = again.value.brief.sections.find((s) => !before.has(s.id))?.id ?? null;
          return null;
        },
      });
      const left = result.value.unverified;
      setMessage(
        `Put ${plural(result.value.rows, 'row')} into the brief${left ? `; left out ${plural(left, 'mark')} with no verified fact` : ''}. ${isMac ? '⌘Z' : 'Ctrl+Z'} undoes it.`,
      );
    } finally {
      setBusy(false);
    }
  }, [entityId, kind, history]);

  const entity = entities.find((e) => e.id === entityId);
  const kinds = FactKind.options;

  return (
    <div className="timeline-view">
      <div className="timeline-filters" role="search" aria-label="Filter the timeline">
        <label>
          Who
          <select value={entityId} onChange={(e) => setEntityId(e.target.value)}>
            <option value="">everyone and everywhere</option>
            {entities.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name} ({TYPE_WORDS[e.type]})
              </option>
            ))}
          </select>
        </label>
        <label>
          Kind
          <select value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            <option value="">all</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
        <span className="muted">
          {page
            ? `${plural(page.total, 'mark')}${page.total > marks.length ? `, the first ${marks.length} shown` : ''}${page.yearlessFacts ? `; ${plural(page.yearlessFacts, 'date')} without a year not placed` : ''}`
            : ''}
        </span>
        <button
          type="button"
          className="timeline-insert"
          disabled={busy || !page || page.total === 0}
          onClick={() => void insert()}
          title="Put the marks shown into the brief as a table (date, what, sources), each row citing its verified facts"
        >
          Insert into brief
        </button>
      </div>
      <p role="status" className="timeline-status">
        {error ?? message ?? '↑/↓ move between marks, Enter shows one; its facts open in the Facts tab.'}
      </p>
      {page && page.total === 0 ? (
        <p className="empty-hint">
          {page.placedFacts === 0 ? 'No dated facts yet: the facts that give a date appear here.' : `Nothing dated matches${entity ? ` ${entity.name}` : ''}${kind ? ` among ${kind} facts` : ''}.`}
        </p>
      ) : null}
      {page && marks.length > 0 && page.first && page.last ? (
        <TimelineAxis marks={marks} first={page.first} last={page.last} chosen={chosen} onChoose={(i) => choose(marks[i]!, i)} />
      ) : null}
      <div className="timeline-split">
        <ol className="timeline-list" aria-label="Timeline" onKeyDown={onListKey}>
          {marks.map((mark, i) => {
            const newDay = i === 0 || marks[i - 1]!.when !== mark.when;
            return (
              <li key={mark.id} className={newDay ? 'timeline-day-start' : undefined}>
                {newDay ? (
                  <span className="timeline-day" aria-hidden="true">
                    {mark.when}
                  </span>
                ) : null}
                <button
                  type="button"
                  ref={(el) => {
                    if (el) buttons.current.set(i, el);
                    else buttons.current.delete(i);
                  }}
                  tabIndex={i === at ? 0 : -1}
                  className={`timeline-mark${chosen === mark.id ? ' chosen' : ''}${mark.conflict ? ' conflict' : ''}`}
                  aria-pressed={chosen === mark.id}
                  onFocus={() => setFocused(i)}
                  onClick={() => choose(mark, i)}
                >
                  <span className="visually-hidden">{mark.when}: </span>
                  <span className="timeline-what">{mark.what}</span>
                  <span className="timeline-meta">
                    {mark.conflict ? (
                      <span className="badge badge-conflict">
                        <span aria-hidden="true">◆ </span>sources differ{mark.differing.length > 1 ? `: ${mark.differing.join(' · ')}` : ''}
                      </span>
                    ) : null}
                    <span className="muted">
                      {plural(mark.sources.length, 'source')}: {mark.sources.map((s) => s.name).join(', ')}
                    </span>
                    {mark.verified ? <span className="timeline-verified">{mark.verified} verified</span> : null}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
        <section className="timeline-detail" aria-label="Mark" tabIndex={0}>
          {detail ? <MarkDetail detail={detail} onOpenFact={props.onOpenFact} /> : <p className="empty-hint">Choose a mark to see its facts and the words of its sources.</p>}
        </section>
      </div>
    </div>
  );
}

function MarkDetail({ detail, onOpenFact }: { detail: Detail; onOpenFact: (factId: string) => void }) {
  const { mark } = detail;
  return (
    <>
      <h2>{mark.when}</h2>
      {mark.conflict ? (
        <p className="timeline-differ">
          <span aria-hidden="true">◆ </span>
          Sources differ{mark.differing.length > 1 ? `: ${mark.differing.join(' · ')}` : ''}
        </p>
      ) : null}
      {mark.times.length > 1 ? <p className="muted">Its facts give {mark.times.join(', ')}.</p> : null}
      <p>
        <span className="muted">Reported by {plural(mark.sources.length, 'source')}: </span>
        {mark.sources.map((s) => s.name).join('; ')}
      </p>
      <ul className="timeline-facts" aria-label={`Facts of ${mark.when}`}>
        {detail.facts.map((f) => (
          <li key={f.fact.id} className={f.inConflict ? 'in-conflict' : undefined}>
            <span className="timeline-fact-head">
              <span className="muted">{f.sourceTitle ?? f.sourceFileName}</span>
              <span className="fact-kind">{f.fact.kind}</span>
              <span className={`timeline-fact-status status-${f.status}`}>{STATUS_WORDS[f.status]}</span>
            </span>
            <span className="who-sentence">
              <HighlightedSentence fact={f.fact} />
            </span>
            <button type="button" className="quiet timeline-open" onClick={() => onOpenFact(f.fact.id)}>
              Open in Facts
            </button>
          </li>
        ))}
      </ul>
      {detail.total > detail.facts.length ? <p className="muted">and {detail.total - detail.facts.length} more</p> : null}
    </>
  );
}
