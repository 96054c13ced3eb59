// Choose a verified fact to cite at the cursor: type to narrow (the project's search: "to lam"
// finds "Tô Lâm", best first, the words marked), arrows to move, Enter to insert. The verified
// facts come from the back end as one window of rows (MAX_PAGE_ROWS, the most a brief cites from).
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { MAX_PAGE_ROWS, type FactView, type TextRange } from '../../../shared/api';
import { HighlightedSentence } from '../facts/HighlightedSentence';
import { primaryValueText } from '../facts/factWords';
import { MarkedText } from '../search/MarkedText';
import { shownHits, useFactSearch } from '../search/useFactSearch';

interface Shown {
  view: FactView;
  /** The words the search matched, or null when nothing is searched (the values are marked). */
  highlights: TextRange[] | null;
}

export function CitationPicker(props: { onPick: (factId: string) => void; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState('');
  const [at, setAt] = useState(0);
  const [facts, setFacts] = useState<readonly FactView[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void window.attache.factsPage({ query: { filter: { status: 'verified' } }, offset: 0, limit: MAX_PAGE_ROWS }).then((result) => {
      if (!live) return;
      if (result.ok) setFacts(result.value.rows);
      else setLoadError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  const search = useFactSearch(query, { status: 'verified', limit: 200 });
  const shown = useMemo((): Shown[] => {
    const hits = shownHits(search);
    if (!hits) return facts.map((view) => ({ view, highlights: null }));
    const byId = new Map(facts.map((f) => [f.fact.id, f]));
    return hits.flatMap((h) => {
      const view = byId.get(h.factId);
      return view ? [{ view, highlights: h.highlights }] : [];
    });
  }, [facts, search]);
  const current = Math.min(at, Math.max(0, shown.length - 1));

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setAt(Math.min(shown.length - 1, current + 1));
    else if (event.key === 'ArrowUp') setAt(Math.max(0, current - 1));
    else if (event.key === 'Enter') {
      const f = shown[current];
      if (f) props.onPick(f.view.fact.id);
    } else return;
    event.preventDefault();
  };

  return (
    <dialog ref={dialog} className="citation-picker" aria-label="Cite a verified fact" onClose={props.onClose} onCancel={props.onClose}>
      <header>
        <h2>Cite a verified fact</h2>
        <button type="button" className="quiet" onClick={props.onClose} aria-label="Close">
          ×
        </button>
      </header>
      <input
        autoFocus
        type="search"
        placeholder="Find a verified fact…"
        aria-label="Find a verified fact"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setAt(0);
        }}
        onKeyDown={onKeyDown}
      />
      {facts.length === 0 ? (
        <p className="empty-hint">No verified facts yet: verify facts in the Facts tab first.</p>
      ) : (
        <>
          {loadError ? <p className="empty-hint">The verified facts could not be listed: {loadError}</p> : null}
          {search.error ? <p className="empty-hint">Search failed: {search.error}</p> : null}
          {search.ranked && !search.pending && shown.length === 0 && !search.error ? (
            <p className="empty-hint">No verified fact has those words.</p>
          ) : null}
          {search.ranked && search.complete === 0 && shown.length > 0 ? (
            <p className="empty-hint">No verified fact has all those words; the closest:</p>
          ) : null}
          <ul role="listbox" aria-label="Verified facts">
            {shown.map(({ view: f, highlights }, i) => (
              <li
                key={f.fact.id}
                role="option"
                aria-selected={i === current}
                className={i === current ? 'current' : undefined}
                onMouseEnter={() => setAt(i)}
                onClick={() => props.onPick(f.fact.id)}
              >
                <span className="picker-head">
                  <strong>{primaryValueText(f.fact)}</strong> <span className="muted">· {f.sourceTitle ?? f.sourceFileName}</span>
                </span>
                <span className="picker-sentence">
                  {highlights ? <MarkedText text={f.fact.text} ranges={highlights} /> : <HighlightedSentence fact={f.fact} />}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </dialog>
  );
}
