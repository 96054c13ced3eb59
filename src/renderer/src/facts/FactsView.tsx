// The Facts tab: every fact the extractor found, to verify or reject. Filters narrow the list; the
// conflicts between sources come first; the evidence pane shows the focused fact's sentence with
// its value marked and what the other sources say. Keys: J/K or arrows move (Shift extends), V
// verifies, R rejects, 1–6 grade credibility, Ctrl/Cmd+Z undoes the last decision; Home/End and
// Page Up/Down jump.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CallValue, FactFilter, FactStatus, FactView, GroupView, SourceSummary } from '../../../shared/api';
import { isMac, isTyping } from '../shortcuts';
import { ConflictList } from './ConflictList';
import { FactEvidence } from './FactEvidence';
import { FactFilters } from './FactFilters';
import { FactList } from './FactList';
import { corroboratingSourceCount, plural } from './factWords';
import { emptySelection, moveFocus, reconcile, selectAt, selectedInOrder, type ListSelection, type SelectMode } from './selection';
import './facts.css';

type Previous = CallValue<'factsDecide'>;

interface UndoEntry {
  label: string;
  decisions: Previous;
}

interface Loaded {
  list: FactView[];
  all: FactView[];
  groups: GroupView[];
  sources: SourceSummary[];
}

const SEARCH_DELAY_MS = 200;
const PAGE_ROWS = 10;

export function FactsView() {
  const [filter, setFilter] = useState<FactFilter>({});
  const [text, setText] = useState('');
  const [searchText, setSearchText] = useState('');
  const [data, setData] = useState<Loaded | null>(null);
  const [selection, setSelection] = useState<ListSelection>(emptySelection);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const undoStack = useRef<UndoEntry[]>([]);
  const [undoLabel, setUndoLabel] = useState<string | null>(null);
  const loadSeq = useRef(0);
  const orderRef = useRef<string[]>([]);

  const effectiveFilter = useMemo<FactFilter>(() => {
    const t = searchText.trim();
    return t ? { ...filter, text: t.slice(0, 500) } : filter;
  }, [filter, searchText]);

  const load = useCallback(async (which: FactFilter) => {
    const seq = ++loadSeq.current;
    const [list, all, groups, sources] = await Promise.all([
      window.attache.factsList({ filter: which }),
      window.attache.factsList({}),
      window.attache.groupsList({}),
      window.attache.sourcesList({}),
    ]);
    if (seq !== loadSeq.current) return; // a newer load is under way
    const failed = [list, all, groups, sources].find((r) => !r.ok);
    if (failed && !failed.ok) {
      setError(failed.error.message);
      return;
    }
    if (!list.ok || !all.ok || !groups.ok || !sources.ok) return;
    setError(null);
    const order = list.value.map((v) => v.fact.id);
    setSelection((s) => reconcile(order, s, orderRef.current));
    orderRef.current = order;
    setData({ list: list.value, all: all.value, groups: groups.value, sources: sources.value });
  }, []);

  // The words typed wait a moment so each key press does not ask the back end.
  useEffect(() => {
    const timer = setTimeout(() => setSearchText(text), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const latestFilter = useRef(effectiveFilter);
  latestFilter.current = effectiveFilter;
  useEffect(() => {
    void load(effectiveFilter);
  }, [effectiveFilter, load]);

  useEffect(
    () =>
      window.attache.on('projectChanged', ({ what }) => {
        if (what === 'facts' || what === 'decisions' || what === 'sources') void load(latestFilter.current);
      }),
    [load],
  );

  const factById = useMemo(() => new Map((data?.all ?? []).map((v) => [v.fact.id, v])), [data]);
  const sourceById = useMemo(() => new Map((data?.sources ?? []).map((s) => [s.id, s])), [data]);
  const order = orderRef.current;
  const corroboration = useCallback(
    (factId: string) => corroboratingSourceCount(factId, data?.groups ?? [], (id) => factById.get(id)?.fact.sourceId),
    [data, factById],
  );

  const decide = useCallback(
    async (ids: string[], status: FactStatus, change: { credibility?: number | null; note?: string }, label: string) => {
      if (ids.length === 0) return;
      setBusy(true);
      try {
        const result = await window.attache.factsDecide({ factIds: ids, status, ...change });
        if (!result.ok) {
          setError(result.error.message);
          return;
        }
        undoStack.current.push({ label, decisions: result.value });
        setUndoLabel(label);
        setMessage(`${label}. ${isMac ? '⌘Z' : 'Ctrl+Z'} undoes it.`);
        await load(latestFilter.current);
      } finally {
        setBusy(false);
      }
    },
    [load],
  );

  const undo = useCallback(async () => {
    const entry = undoStack.current.pop();
    if (!entry) {
      setMessage('Nothing to undo.');
      return;
    }
    setBusy(true);
    try {
      const result = await window.attache.factsRestoreDecisions({ decisions: entry.decisions });
      if (!result.ok) {
        undoStack.current.push(entry);
        setError(result.error.message);
        return;
      }
      setUndoLabel(undoStack.current.at(-1)?.label ?? null);
      setMessage(`Undone: ${entry.label.toLowerCase()}.`);
      await load(latestFilter.current);
    } finally {
      setBusy(false);
    }
  }, [load]);

  const selectedIds = useMemo(() => selectedInOrder(order, selection), [order, selection]);

  const setStatus = useCallback(
    (status: FactStatus) => {
      const verb = status === 'verified' ? 'Verified' : status === 'rejected' ? 'Rejected' : 'Marked unverified';
      void decide(selectedIds, status, {}, `${verb} ${plural(selectedIds.length, 'fact')}`);
    },
    [decide, selectedIds],
  );

  /** Credibility keeps each fact's status: one call per status, one undo entry for all. */
  const setCredibility = useCallback(
    async (credibility: number | null) => {
      if (selectedIds.length === 0) return;
      const byStatus = new Map<FactStatus, string[]>();
      for (const id of selectedIds) {
        const status = factById.get(id)?.status ?? 'unverified';
        byStatus.set(status, [...(byStatus.get(status) ?? []), id]);
      }
      setBusy(true);
      try {
        const previous: Previous = [];
        for (const [status, ids] of byStatus) {
          const result = await window.attache.factsDecide({ factIds: ids, status, credibility });
          if (!result.ok) {
            setError(result.error.message);
            break;
          }
          previous.push(...result.value);
        }
        if (previous.length > 0) {
          const label = `Credibility ${credibility ?? 'cleared'} on ${plural(previous.length, 'fact')}`;
          undoStack.current.push({ label, decisions: previous });
          setUndoLabel(label);
          setMessage(`${label}. ${isMac ? '⌘Z' : 'Ctrl+Z'} undoes it.`);
        }
        await load(latestFilter.current);
      } finally {
        setBusy(false);
      }
    },
    [factById, load, selectedIds],
  );

  const select = useCallback((id: string, mode: SelectMode) => setSelection((s) => selectAt(orderRef.current, s, id, mode)), []);

  /** Shows a fact that may be hidden by the filters: the filters are cleared first. */
  const openFact = useCallback(
    (id: string) => {
      if (orderRef.current.includes(id)) {
        select(id, 'only');
        return;
      }
      setFilter({});
      setText('');
      setSearchText('');
      setSelection({ ids: new Set([id]), focus: id, anchor: id });
    },
    [select],
  );

  // Keys work anywhere in the window while this tab is shown, except while typing in a field.
  const keyState = useRef({ busy, undo, setStatus, setCredibility });
  keyState.current = { busy, undo, setStatus, setCredibility };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const k = keyState.current;
      const primary = isMac ? event.metaKey : event.ctrlKey;
      if (primary && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        if (!k.busy) void k.undo();
        return;
      }
      // Ctrl/Cmd+A in the list selects every fact shown (elsewhere it selects text as usual).
      if (primary && event.key.toLowerCase() === 'a' && event.target instanceof Element && event.target.closest('[role="listbox"]')) {
        event.preventDefault();
        const all = orderRef.current;
        setSelection((s) => ({ ids: new Set(all), focus: s.focus ?? all[0] ?? null, anchor: s.anchor ?? all[0] ?? null }));
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
        setSelection((s) => moveFocus(orderRef.current, s, step, event.shiftKey));
        return;
      }
      if (k.busy) return;
      if (key === 'v' || key === 'V') {
        event.preventDefault();
        k.setStatus('verified');
      } else if (key === 'r' || key === 'R') {
        event.preventDefault();
        k.setStatus('rejected');
      } else if (/^[1-6]$/.test(key)) {
        event.preventDefault();
        void k.setCredibility(Number(key));
      } else if (key === 'Escape' && !inTabs) {
        setSelection((s) => (s.focus ? { ids: new Set([s.focus]), focus: s.focus, anchor: s.focus } : s));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (error && !data) return <p className="empty-hint panel-hint">{error}</p>;
  if (!data) return <div className="facts-view" aria-busy="true" />;
  if (data.all.length === 0) {
    return <p className="empty-hint panel-hint">No facts yet. Add sources: the facts found in them appear here.</p>;
  }

  const focused = selection.focus !== null ? (data.list.find((v) => v.fact.id === selection.focus) ?? null) : null;

  return (
    <div className="facts-view">
      <FactFilters
        filter={filter}
        text={text}
        onText={setText}
        onFilter={setFilter}
        sources={data.sources}
        shown={data.list.length}
        total={data.all.length}
      />
      <ConflictList
        groups={data.groups}
        factById={factById}
        onOpen={(g) => {
          const first = g.factIds[0];
          if (first) openFact(first);
        }}
      />
      <div className="facts-status-line">
        <span role="status" className="facts-message">
          {error ?? message ?? 'J/K or ↑/↓ to move, Shift to extend, V verify, R reject, 1–6 credibility.'}
        </span>
        {undoLabel ? (
          <button type="button" className="quiet" onClick={() => void undo()} disabled={busy} title={`Undo (${isMac ? '⌘Z' : 'Ctrl+Z'})`}>
            Undo {undoLabel.toLowerCase()}
          </button>
        ) : null}
      </div>
      <div className="facts-split">
        {data.list.length === 0 ? (
          <p className="empty-hint fact-scroller facts-none">No facts match these filters.</p>
        ) : (
          <FactList facts={data.list} selection={selection} corroboration={corroboration} onSelect={select} />
        )}
        <div className="evidence-scroller">
          {focused ? (
            <FactEvidence
              view={focused}
              selectedCount={selectedIds.length}
              groups={data.groups}
              factById={factById}
              sourceById={sourceById}
              busy={busy}
              onVerify={() => setStatus('verified')}
              onReject={() => setStatus('rejected')}
              onReset={() => setStatus('unverified')}
              onCredibility={(c) => void setCredibility(c)}
              onNote={(note) =>
                void decide([focused.fact.id], focused.status, { note }, 'Changed the note')
              }
              onOpenFact={openFact}
            />
          ) : (
            <p className="empty-hint">Choose a fact to see its evidence.</p>
          )}
        </div>
      </div>
    </div>
  );
}
