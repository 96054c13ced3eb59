// The Facts tab: every fact the extractor found, to verify or reject. Filters narrow the list; the
// conflicts between sources come first; the evidence pane shows the focused fact's sentence with
// its value marked and what the other sources say. Keys: J/K or arrows move (Shift extends), V
// verifies, R rejects, 1–6 grade credibility, C compares what the sources of its group say (the
// Comparison table: verify or reject the group at once, pick the value that stands on a conflict);
// Home/End and Page Up/Down jump. Each decision goes into the project screen's history, where
// Ctrl/Cmd+Z undoes it from any tab. The back end filters and sorts; this shows a window of its rows.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CallValue, ConflictSummary, FactDetail, FactFilter, FactQuery, FactSort, FactStatus, SourceSummary } from '../../../shared/api';
import { useDecisionHistory } from '../history/historyContext';
import { isMac, isTyping, keysOf } from '../shortcuts';
import { ComparisonDialog } from './ComparisonDialog';
import { ConflictList } from './ConflictList';
import { FactEvidence } from './FactEvidence';
import { FactFilters } from './FactFilters';
import { FactList } from './FactList';
import { plural } from './factWords';
import { emptySelection, idsToLocate, moveTarget, rangeRows, reconcile, selectAt, selectedIds, type ListSelection, type SelectMode } from './selection';
import { useFactRows } from './useFactRows';
import { useTypedWords } from './useTypedWords';
import './facts.css';

type Previous = CallValue<'factsDecide'>;

/**
 * Typed words shorter than this do not filter yet: one letter is the start of a word, and as a
 * word of its own it matches almost nothing, so the list would empty on every first key.
 */
const MIN_FILTER_CHARS = 2;
const PAGE_ROWS = 10;
/** As many facts as one decision may name (the contract's limit). */
const MAX_SELECT_ALL = 100_000;

export function FactsView(props: { findRequest?: number; onFindAnswered?: () => void; openRequest?: { factId: string; n: number } | null; onOpenAnswered?: () => void }) {
  const history = useDecisionHistory();
  const [filter, setFilter] = useState<FactFilter>({});
  const [sort, setSort] = useState<FactSort>('document');
  const [text, setText] = useState('');
  /** The list being loaded, if one is on its way: the words typed meanwhile wait for it. */
  const loading = useRef<Promise<void> | null>(null);
  const [searchText, setSearchText] = useTypedWords(text, loading);
  const [selection, setSelection] = useState<ListSelection>(emptySelection);
  const [detail, setDetail] = useState<FactDetail | null>(null);
  const [conflicts, setConflicts] = useState<ConflictSummary[]>([]);
  const [sources, setSources] = useState<SourceSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [undoLabel, setUndoLabel] = useState<string | null>(history?.nextUndo ?? null);
  const findBox = useRef<HTMLInputElement>(null);
  const selRef = useRef<ListSelection>(emptySelection);
  /** A fact to show once the list (with its filters cleared) comes back. */
  const pendingFocus = useRef<string | null>(null);
  /** Whether the list shown had its words matched plainly (the search index was being built). */
  const plainWords = useRef(false);
  const [detailTick, setDetailTick] = useState(0);
  /** The group whose Comparison table is open, if one is. */
  const [comparing, setComparing] = useState<string | null>(null);

  const query = useMemo<FactQuery>(() => {
    const t = searchText.trim();
    return { filter: t.length >= MIN_FILTER_CHARS ? { ...filter, text: t.slice(0, 500) } : filter, sort };
  }, [filter, searchText, sort]);
  const rows = useFactRows(query, setError);
  const { reload, rowAt, idsBetween } = rows;

  const commit = useCallback((next: ListSelection) => {
    selRef.current = next;
    setSelection(next);
  }, []);

  /**
   * Loads the list again (new filters, or the project changed), keeping the selection where it can.
   * Only a change to the project asks for the focused fact's evidence again: new filters leave it
   * as it was, and at 100,000 facts a large group's evidence crossing per key press held the next
   * key's rows back behind it.
   */
  const refresh = useCallback(async (projectChanged = true) => {
    const current = selRef.current;
    const wanted = pendingFocus.current;
    const locate = idsToLocate(current);
    if (wanted) locate.push(wanted);
    // The block the list will show: the focused fact's (or the one asked for), where it now stands.
    const page = await reload(Math.max(0, current.focusIndex), locate, wanted ?? current.focus ?? undefined);
    if (!page) return;
    plainWords.current = page.plainWords === true;
    setError(null);
    if (projectChanged) setDetailTick((t) => t + 1);
    if (wanted && page.located[wanted] !== undefined) {
      pendingFocus.current = null;
      commit(selectAt(selRef.current, wanted, page.located[wanted]!, 'only'));
      return;
    }
    commit(reconcile(selRef.current, page.located, page.total, (i) => rowAt(i)?.fact.id));
  }, [commit, reload, rowAt]);

  const loadLists = useCallback(async () => {
    const [conflictList, sourceList] = await Promise.all([window.attache.conflictsList({}), window.attache.sourcesList({})]);
    if (conflictList.ok) setConflicts(conflictList.value);
    else setError(conflictList.error.message);
    if (sourceList.ok) setSources(sourceList.value);
    else setError(sourceList.error.message);
  }, []);

  useEffect(() => {
    const load = refresh(false);
    loading.current = load;
    void load.finally(() => {
      if (loading.current === load) loading.current = null;
    });
  }, [query, refresh]);

  useEffect(() => {
    void loadLists();
  }, [loadLists]);

  // A list whose words were matched before the search index was built is asked for again once it
  // is. Listened for from the start, and the answer's flag kept as it arrives, so that the event
  // is heard however close behind the answer it comes.
  useEffect(() => window.attache.on('searchReady', () => void (plainWords.current && refresh(false))), [refresh]);

  useEffect(
    () =>
      window.attache.on('projectChanged', ({ what }) => {
        if (what === 'facts' || what === 'decisions' || what === 'sources') void refresh();
        if (what === 'facts' || what === 'sources') void loadLists();
      }),
    [refresh, loadLists],
  );

  // The focused fact in full, again whenever the list was loaded (its decision may have changed).
  const focus = selection.focus;
  useEffect(() => {
    if (focus === null) {
      setDetail(null);
      return;
    }
    let live = true;
    void window.attache.factsDetail({ factId: focus }).then((result) => {
      if (!live) return;
      if (result.ok) setDetail(result.value);
      else setDetail(null);
    });
    return () => {
      live = false;
    };
  }, [focus, detailTick]);

  const sourceById = useMemo(() => new Map(sources.map((s) => [s.id, s])), [sources]);

  /** Runs one decision call (a key press, Verify all, This one stands) and records it as one undo step. */
  const record = useCallback(
    async (label: string, run: () => Promise<Awaited<ReturnType<typeof window.attache.factsDecide>>>) => {
      setBusy(true);
      try {
        const result = await run();
        if (!result.ok) {
          setError(result.error.message);
          return;
        }
        // Redo decides again and keeps what that replaced, so that a later undo puts it back.
        let previous: Previous = result.value;
        history?.record({
          label,
          undo: async () => {
            const back = await window.attache.factsRestoreDecisions({ decisions: previous });
            return back.ok ? null : back.error.message;
          },
          redo: async () => {
            const again = await run();
            if (!again.ok) return again.error.message;
            previous = again.value;
            return null;
          },
        });
        setMessage(`${label}. ${keysOf('undo')} undoes it.`);
        await refresh();
      } finally {
        setBusy(false);
      }
    },
    [refresh, history],
  );

  const decide = useCallback(
    async (ids: string[], status: FactStatus | undefined, change: { credibility?: number | null; note?: string }, label: string) => {
      if (ids.length === 0) return;
      // Without a status each fact keeps its own (a credibility or a note on several facts).
      await record(label, () => window.attache.factsDecide({ factIds: ids, ...(status ? { status } : {}), ...change }));
    },
    [record],
  );

  // The undo button follows the shared history (a decision undone from another tab included).
  useEffect(() => {
    if (!history) return;
    return history.subscribe(() => setUndoLabel(history.nextUndo));
  }, [history]);

  const undo = useCallback(async () => {
    if (!history) return;
    setBusy(true);
    try {
      await history.undo();
      setMessage(null);
    } finally {
      setBusy(false);
    }
  }, [history]);

  const setStatus = useCallback(
    (status: FactStatus) => {
      const ids = selectedIds(selRef.current);
      const verb = status === 'verified' ? 'Verified' : status === 'rejected' ? 'Rejected' : 'Marked unverified';
      void decide(ids, status, {}, `${verb} ${plural(ids.length, 'fact')}`);
    },
    [decide],
  );

  /** Credibility keeps each fact's status: one call, one undo entry for all. */
  const setCredibility = useCallback(
    (credibility: number | null) => {
      const ids = selectedIds(selRef.current);
      void decide(ids, undefined, { credibility }, `Credibility ${credibility ?? 'cleared'} on ${plural(ids.length, 'fact')}`);
    },
    [decide],
  );

  const select = useCallback(
    async (id: string, index: number, mode: SelectMode) => {
      if (mode !== 'range') {
        commit(selectAt(selRef.current, id, index, mode));
        return;
      }
      const [from, to] = rangeRows(selRef.current, index);
      const range = await idsBetween(from, to);
      if (range) commit(selectAt(selRef.current, id, index, 'range', range));
    },
    [commit, idsBetween],
  );

  const total = rows.state?.total ?? 0;
  const totalRef = useRef(total);
  totalRef.current = total;

  /** Moves the focus by `step` rows; with `extend`, the range from the anchor follows. */
  const moveBy = useCallback(
    async (step: number, extend: boolean) => {
      const target = moveTarget(selRef.current, totalRef.current, step);
      if (target < 0) return;
      const [id] = (await idsBetween(target, target)) ?? [];
      if (id !== undefined) await select(id, target, extend ? 'range' : 'only');
    },
    [idsBetween, select],
  );

  const selectAll = useCallback(async () => {
    const count = Math.min(totalRef.current, MAX_SELECT_ALL);
    if (count === 0) return;
    const ids = await idsBetween(0, count - 1);
    if (!ids) return;
    const s = selRef.current;
    const focusAt = s.focus !== null ? s.focusIndex : 0;
    const focusId = s.focus ?? ids[0]!;
    commit({ ids: new Set(ids), focus: focusId, focusIndex: focusAt, anchor: s.anchor ?? focusId, anchorIndex: s.anchor !== null ? s.anchorIndex : focusAt });
  }, [commit, idsBetween]);

  /** Shows a fact that may be hidden by the filters: the filters are cleared first. */
  const openFact = useCallback(
    async (id: string) => {
      const page = await window.attache.factsPage({ query, offset: 0, limit: 0, locate: [id] });
      if (!page.ok) {
        setError(page.error.message);
        return;
      }
      const at = page.value.located[id];
      if (at !== undefined) {
        commit(selectAt(selRef.current, id, at, 'only'));
        return;
      }
      pendingFocus.current = id;
      setFilter({});
      setText('');
      setSearchText('');
    },
    [commit, query],
  );

  // The conflict list is long in a large project and the same on every key press in the find
  // box: its handlers stay the same objects, so that it is not drawn again per key.
  const openFactRef = useRef(openFact);
  openFactRef.current = openFact;
  const openConflict = useCallback((c: ConflictSummary) => {
    const first = c.factIds[0];
    if (first) void openFactRef.current(first);
  }, []);
  const compareConflict = useCallback((c: ConflictSummary) => setComparing(c.groupId), []);

  // Keys work anywhere in the window while this tab is shown, except while typing in a field.
  /** C opens the Comparison table of the focused fact's first group (its conflict first). */
  const compareFocused = useCallback(() => {
    const shown = detail && detail.view.fact.id === selRef.current.focus ? detail : null;
    const group = shown?.groups.find((g) => g.relation === 'conflict') ?? shown?.groups[0];
    if (group) setComparing(group.id);
    else if (shown) setMessage('This fact is in no group: no other source says anything about it.');
  }, [detail]);

  const keyState = useRef({ busy, undo, setStatus, setCredibility, moveBy, selectAll, compareFocused });
  keyState.current = { busy, undo, setStatus, setCredibility, moveBy, selectAll, compareFocused };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const k = keyState.current;
      const primary = isMac ? event.metaKey : event.ctrlKey;
      // Ctrl/Cmd+A in the list selects every fact shown (elsewhere it selects text as usual).
      if (primary && event.key.toLowerCase() === 'a' && event.target instanceof Element && event.target.closest('[role="listbox"]')) {
        event.preventDefault();
        void k.selectAll();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const inTabs = event.target instanceof Element && event.target.closest('[role="tablist"]') !== null;
      const key = event.key;
      let step = 0;
      if (key === 'j' || key === 'J' || (key === 'ArrowDown' && !inTabs)) step = 1;
      else if (key === 'k' || key === 'K' || (key === 'ArrowUp' && !inTabs)) step = -1;
      else if (!inTabs && key === 'PageDown') step = PAGE_ROWS;
      else if (!inTabs && key === 'PageUp') step = -PAGE_ROWS;
      else if (!inTabs && key === 'End') step = Infinity;
      else if (!inTabs && key === 'Home') step = -Infinity;
      if (step !== 0) {
        event.preventDefault();
        void k.moveBy(step, event.shiftKey);
        return;
      }
      if (k.busy) return;
      if (key === 'v' || key === 'V') {
        event.preventDefault();
        k.setStatus('verified');
      } else if (key === 'r' || key === 'R') {
        event.preventDefault();
        k.setStatus('rejected');
      } else if (key === 'c' || key === 'C') {
        event.preventDefault();
        k.compareFocused();
      } else if (/^[1-6]$/.test(key)) {
        event.preventDefault();
        k.setCredibility(Number(key));
      } else if (key === 'Escape' && !inTabs) {
        const s = selRef.current;
        if (s.focus) commit(selectAt(s, s.focus, s.focusIndex, 'only'));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [commit]);

  const state = rows.state;
  // Ctrl+F from any tab: once the list is loaded (the press may have brought this tab up), the
  // find box gets the focus with its words selected.
  const findRequest = props.findRequest ?? 0;
  const { onFindAnswered } = props;
  const loaded = state !== null;
  const hasFacts = loaded && state.counts.facts > 0;
  useEffect(() => {
    if (findRequest === 0 || !loaded) return;
    findBox.current?.focus();
    findBox.current?.select();
    onFindAnswered?.();
  }, [findRequest, loaded, hasFacts, onFindAnswered]);

  // Another tab asked to show a fact: once the list is loaded it is chosen (the filters cleared if they hide it).
  const openRequest = props.openRequest ?? null;
  const { onOpenAnswered } = props;
  useEffect(() => {
    if (!openRequest || !loaded) return;
    void openFact(openRequest.factId);
    onOpenAnswered?.();
  }, [openRequest, loaded, openFact, onOpenAnswered]);

  if (error && !state) return <p className="empty-hint panel-hint">{error}</p>;
  if (!state) return <div className="facts-view" aria-busy="true" />;
  if (state.counts.facts === 0) {
    return <p className="empty-hint panel-hint">No facts yet. Add sources: the facts found in them appear here.</p>;
  }

  const shownDetail = detail && detail.view.fact.id === selection.focus ? detail : null;
  const selectedCount = selectedIds(selection).length;

  return (
    <div className="facts-view">
      <FactFilters
        filter={filter}
        text={text}
        onText={setText}
        onFilter={setFilter}
        sort={sort}
        onSort={setSort}
        sources={sources}
        shown={state.total}
        total={state.counts.facts}
        findRef={findBox}
      />
      <ConflictList conflicts={conflicts} onOpen={openConflict} onCompare={compareConflict} />
      <div className="facts-status-line">
        <span role="status" className="facts-message">
          {error ??
            (state.plainWords ? 'Matching whole words while the search index is built; word forms and near spellings follow in a moment.' : null) ??
            message ??
            'J/K or ↑/↓ to move, Shift to extend, V verify, R reject, 1–6 credibility, C compare sources.'}
        </span>
        {undoLabel ? (
          <button type="button" className="quiet" onClick={() => void undo()} disabled={busy} title={`Undo (${keysOf('undo')})`}>
            Undo {undoLabel.toLowerCase()}
          </button>
        ) : null}
      </div>
      <div className="facts-split">
        {state.total === 0 ? (
          <p className="empty-hint fact-scroller facts-none">No facts match these filters.</p>
        ) : (
          <FactList
            generation={state.generation}
            total={state.total}
            rowAt={rowAt}
            onRange={rows.ensure}
            selection={selection}
            onSelect={(id, index, mode) => void select(id, index, mode)}
          />
        )}
        <div className="evidence-scroller">
          {shownDetail ? (
            <FactEvidence
              detail={shownDetail}
              selectedCount={selectedCount}
              sourceById={sourceById}
              busy={busy}
              onVerify={() => setStatus('verified')}
              onReject={() => setStatus('rejected')}
              onReset={() => setStatus('unverified')}
              onCredibility={setCredibility}
              onNote={(note) => void decide([shownDetail.view.fact.id], undefined, { note }, 'Changed the note')}
              onOpenFact={(id) => void openFact(id)}
              onCompare={setComparing}
            />
          ) : (
            <p className="empty-hint">Choose a fact to see its evidence.</p>
          )}
        </div>
      </div>
      {comparing ? (
        <ComparisonDialog
          groupId={comparing}
          revision={detailTick}
          busy={busy}
          message={error ?? message}
          onDecision={record}
          onUndo={() => void undo()}
          onOpenFact={(id) => {
            setComparing(null);
            void openFact(id);
          }}
          onClose={() => setComparing(null)}
        />
      ) : null}
    </div>
  );
}
