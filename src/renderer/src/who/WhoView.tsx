// Who's who: the people, places and bodies the sources name, each with every name they give it
// and the facts and sources that mention it. The back end works the entries out (src/core/whosWho)
// and sends a window of them; the focused one shows its facts. The analyst corrects the grouping:
// selects entries (Space, Shift, Ctrl/Cmd+click) and merges them (M, or the Merge button), or
// splits a name off an entry; each is a decision in the project and a step of the shared history
// (Ctrl/Cmd+Z from any tab). Names are source text: shown as text.
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { CallValue, Result, WhoChange, WhoPage } from '../../../shared/api';
import { plural } from '../facts/factWords';
import { HighlightedSentence } from '../facts/HighlightedSentence';
import { useDecisionHistory } from '../history/historyContext';
import { isMac } from '../shortcuts';
import { clickEntry, mergeTarget, moveFocus, noSelection, reconcileSelection, selectedInOrder, toggleFocused, type Move, type WhoSelection } from './whoSelection';
import './who.css';

type Detail = CallValue<'whoFacts'>;
type Kind = '' | 'person' | 'place' | 'organisation';
const ROWS = 200;
const KIND_WORDS: Record<Exclude<Kind, ''>, string> = { person: 'person', place: 'place', organisation: 'organisation' };
const UNDO_KEY = isMac ? '⌘Z' : 'Ctrl+Z';
const HINT = '↑/↓ to move, Space to select, Shift to extend, M to merge the selected; split a name off from the entry on the right.';
const MOVES: Record<string, Move> = { ArrowUp: 'up', ArrowDown: 'down', Home: 'home', End: 'end' };

const optionId = (index: number) => `who-option-${index}`;

export function WhoView() {
  const history = useDecisionHistory();
  const [kind, setKind] = useState<Kind>('');
  const [text, setText] = useState('');
  const [page, setPage] = useState<WhoPage | null>(null);
  const [selection, setSelection] = useState<WhoSelection>(noSelection);
  const [detail, setDetail] = useState<Detail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** Bumped by every change of the project that can change Who's who. */
  const [revision, setRevision] = useState(0);
  /** The entry to focus once the list comes back (the one a merge made). */
  const pendingFocus = useRef<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  /** The names of entries seen, for a selection a filter now hides. */
  const namesSeen = useRef(new Map<string, string>());

  const order = useMemo(() => page?.rows.map((r) => r.id) ?? [], [page]);

  useEffect(() => {
    let live = true;
    void window.attache.whoPage({ ...(kind ? { type: kind } : {}), ...(text.trim() ? { text: text.trim() } : {}), offset: 0, limit: ROWS }).then((r) => {
      if (!live) return;
      if (!r.ok) return setError(r.error.message);
      setPage(r.value);
      for (const row of r.value.rows) namesSeen.current.set(row.id, row.name);
      const ids = r.value.rows.map((row) => row.id);
      const wanted = pendingFocus.current;
      pendingFocus.current = null;
      setSelection((s) => reconcileSelection(wanted !== null && ids.includes(wanted) ? { focus: wanted, anchor: wanted, selected: new Set() } : s, ids, null));
    });
    return () => {
      live = false;
    };
  }, [kind, text, revision]);

  useEffect(
    () =>
      window.attache.on('projectChanged', ({ what }) => {
        if (what !== 'who' && what !== 'facts' && what !== 'sources') return;
        // Entries may have changed under the selection (merged, split, read again): it starts afresh.
        setSelection((s) => ({ ...s, selected: new Set() }));
        setRevision((r) => r + 1);
      }),
    [],
  );

  // An undo or redo (from any tab's keys) makes this view's last message stale: the project
  // screen's status line says what it did.
  useEffect(() => {
    if (!history) return;
    let seen = history.lastReport;
    return history.subscribe(() => {
      if (history.lastReport !== null && history.lastReport !== seen) setMessage(null);
      seen = history.lastReport;
    });
  }, [history]);

  const focus = selection.focus;
  useEffect(() => {
    if (!focus) return setDetail(null);
    let live = true;
    void window.attache.whoFacts({ id: focus }).then((r) => {
      if (live) setDetail(r.ok ? r.value : null);
    });
    return () => {
      live = false;
    };
  }, [focus, revision]);

  // The focused entry stays in sight as the arrows move it.
  useEffect(() => {
    const at = focus === null ? -1 : order.indexOf(focus);
    if (at >= 0) document.getElementById(optionId(at))?.scrollIntoView?.({ block: 'nearest' });
  }, [focus, order]);

  /** Runs a merge or split and records it as one step of the shared history. */
  const decide = useCallback(
    async (run: () => Promise<Result<WhoChange>>, focusAfter: 'made' | 'kept') => {
      setBusy(true);
      try {
        const result = await run();
        if (!result.ok) {
          setError(result.error.message);
          return;
        }
        setError(null);
        let decisionId = result.value.decisionId;
        history?.record({
          label: result.value.message,
          undo: async () => {
            const back = await window.attache.whoUndoDecision({ decisionId });
            return back.ok ? null : back.error.message;
          },
          // Made again, it is a new decision with its own time; a later undo takes that one back.
          redo: async () => {
            const again = await run();
            if (!again.ok) return again.error.message;
            decisionId = again.value.decisionId;
            return null;
          },
        });
        setMessage(`${result.value.message}. ${UNDO_KEY} undoes it.`);
        if (focusAfter === 'made') pendingFocus.current = result.value.entryId;
        setSelection((s) => ({ ...s, selected: new Set() }));
        setRevision((r) => r + 1);
        // The button pressed may be gone (a split name leaves the entry): the list keeps the keys.
        listRef.current?.focus();
      } finally {
        setBusy(false);
      }
    },
    [history],
  );

  const toMerge = selectedInOrder(selection, order);
  const target = mergeTarget(selection, order);
  const targetName = target === null ? null : (namesSeen.current.get(target) ?? null);
  const hidden = toMerge.length - toMerge.filter((id) => order.includes(id)).length;

  const merge = useCallback(() => {
    if (busy || toMerge.length < 2 || !target) return;
    const ids = toMerge;
    void decide(() => window.attache.whoMerge({ ids, into: target }), 'made');
  }, [busy, decide, target, toMerge]);

  const split = useCallback(
    (id: string, name: string) => {
      if (busy) return;
      void decide(() => window.attache.whoSplit({ id, name }), 'kept');
    },
    [busy, decide],
  );

  /** The analyst moved on: the last message (or refusal) is no longer about what is on screen. */
  const moveOn = () => {
    setMessage(null);
    setError(null);
  };

  const onListKey = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.altKey) return;
    if (event.key === ' ' || event.key === 'Escape' || (event.key === 'a' && (isMac ? event.metaKey : event.ctrlKey)) || (MOVES[event.key] && event.shiftKey)) moveOn();
    const primary = isMac ? event.metaKey : event.ctrlKey;
    const move = MOVES[event.key];
    if (move && !primary) {
      event.preventDefault();
      setSelection((s) => moveFocus(s, order, move, event.shiftKey));
    } else if (event.key === ' ' && !primary) {
      event.preventDefault();
      setSelection((s) => toggleFocused(s.focus === null && order[0] ? { ...s, focus: order[0] } : s, order, event.shiftKey));
    } else if ((event.key === 'm' || event.key === 'M') && !primary && !event.shiftKey) {
      event.preventDefault();
      merge();
    } else if (event.key === 'a' && primary) {
      event.preventDefault();
      setSelection((s) => ({ ...s, selected: new Set(order) }));
    } else if (event.key === 'Escape' && selection.selected.size > 0) {
      event.preventDefault();
      setSelection((s) => ({ ...s, selected: new Set() }));
    }
  };

  const onRowClick = (event: MouseEvent, id: string) => {
    const mode = event.shiftKey ? 'range' : (isMac ? event.metaKey : event.ctrlKey) ? 'toggle' : 'only';
    moveOn();
    setSelection((s) => clickEntry(s, order, id, mode));
    listRef.current?.focus();
  };

  const focusIndex = focus === null ? -1 : order.indexOf(focus);

  return (
    <div className="who-view">
      <div className="who-filters" role="search" aria-label="Filter Who's who">
        <input type="search" className="fact-search" aria-label="Find a name" placeholder="Find a name…" value={text} onChange={(e) => setText(e.target.value)} />
        <label>
          Kind
          <select value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            <option value="">all</option>
            <option value="person">people</option>
            <option value="place">places</option>
            <option value="organisation">organisations</option>
          </select>
        </label>
        <span className="muted">{page ? `${plural(page.total, 'name')}${page.total > page.rows.length ? `, the first ${page.rows.length} shown` : ''}` : ''}</span>
      </div>
      <div className="who-actions">
        <button
          type="button"
          className="primary"
          disabled={busy || toMerge.length < 2}
          onClick={merge}
          title="Merge the selected entries into one (M)"
        >
          {toMerge.length >= 2 && targetName !== null ? `Merge ${toMerge.length} into “${targetName}”` : 'Merge'}
        </button>
        <span role="status" className={`who-message${error ? ' failed' : ''}`}>
          {error ?? message ?? (toMerge.length > 0 ? `${toMerge.length} selected${hidden > 0 ? ` (${hidden} not shown by this filter)` : ''}. ${HINT}` : HINT)}
        </span>
      </div>
      <div className="who-split">
        <ul
          ref={listRef}
          className="who-list"
          role="listbox"
          aria-label="Who's who"
          aria-multiselectable="true"
          tabIndex={0}
          aria-activedescendant={focusIndex >= 0 ? optionId(focusIndex) : undefined}
          onKeyDown={onListKey}
          onFocus={() => {
            if (selection.focus === null && order[0]) setSelection((s) => ({ ...s, focus: order[0]! }));
          }}
        >
          {page?.rows.map((row, index) => {
            const selected = selection.selected.has(row.id);
            return (
              <li
                key={row.id}
                id={optionId(index)}
                role="option"
                aria-selected={selected}
                className={`who-entry${focus === row.id ? ' focused' : ''}${selected ? ' selected' : ''}`}
                onMouseDown={(event) => {
                  if (event.shiftKey) event.preventDefault();
                }}
                onClick={(event) => onRowClick(event, row.id)}
              >
                <span className="who-check" aria-hidden="true">
                  {selected ? '☑' : '☐'}
                </span>
                <span className="who-name">{row.name}</span>
                <span className="fact-kind">{KIND_WORDS[row.type]}</span>
                {row.decided ? <span className="who-decided">by hand</span> : null}
                <span className="who-variants">{row.variants.length > 1 ? `also ${row.variants.filter((v) => v.name !== row.name).map((v) => v.name).join(', ')}` : ''}</span>
                <span className="who-counts">
                  {plural(row.sources.length, 'source')}, {plural(row.factCount, 'fact')}
                </span>
              </li>
            );
          })}
        </ul>
        <section className="who-detail" aria-label="Mentions" tabIndex={0}>
          {detail ? (
            <>
              <h2>{detail.row.name}</h2>
              <ul className="who-names" aria-label={`Names of ${detail.row.name}`}>
                {detail.row.variants.map((v) => (
                  <li key={v.name}>
                    <span>{v.name}</span> <span className="muted">({v.count})</span>
                    {detail.row.variants.length > 1 ? (
                      <button
                        type="button"
                        className="quiet who-split-name"
                        disabled={busy}
                        aria-label={`Split off “${v.name}” into its own entry`}
                        title="Move this name, with the facts that use it, into an entry of its own"
                        onClick={() => split(detail.row.id, v.name)}
                      >
                        Split off
                      </button>
                    ) : null}
                  </li>
                ))}
              </ul>
              <p>
                <span className="muted">In </span>
                {detail.row.sources.map((s) => s.name).join('; ')}
              </p>
              <ul className="who-facts" aria-label={`Facts that mention ${detail.row.name}`}>
                {detail.facts.map((f) => (
                  <li key={f.fact.id}>
                    <span className="muted">{f.sourceTitle ?? f.sourceFileName}</span>
                    <span className="who-sentence">
                      <HighlightedSentence fact={f.fact} />
                    </span>
                  </li>
                ))}
              </ul>
              {detail.total > detail.facts.length ? <p className="muted">and {detail.total - detail.facts.length} more</p> : null}
            </>
          ) : (
            <p className="empty-hint">Choose a name to see the facts and sources that mention it.</p>
          )}
        </section>
      </div>
    </div>
  );
}
