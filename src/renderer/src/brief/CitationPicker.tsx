// Choose a verified fact to cite at the cursor: type to narrow, arrows to move, Enter to insert.
// The back end finds the words (the same search as the Facts tab's) and sends the first matches.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { FactsPage } from '../../../shared/api';
import { HighlightedSentence } from '../facts/HighlightedSentence';
import { primaryValueText } from '../facts/factWords';

const SEARCH_DELAY_MS = 150;
/** Enough to scroll through; more words narrow the rest. */
const PICKER_ROWS = 200;

export function CitationPicker(props: { onPick: (factId: string) => void; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState('');
  const [asked, setAsked] = useState('');
  const [page, setPage] = useState<FactsPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [at, setAt] = useState(0);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  useEffect(() => {
    const timer = setTimeout(() => setAsked(query.trim().slice(0, 500)), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query]);

  useEffect(() => {
    let live = true;
    const filter = asked ? { status: 'verified' as const, text: asked } : { status: 'verified' as const };
    void window.attache.factsPage({ query: { filter }, offset: 0, limit: PICKER_ROWS }).then((result) => {
      if (!live) return;
      if (result.ok) {
        setPage(result.value);
        setError(null);
      } else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [asked]);

  const shown = page?.rows ?? [];
  const current = Math.min(at, Math.max(0, shown.length - 1));

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setAt(Math.min(shown.length - 1, current + 1));
    else if (event.key === 'ArrowUp') setAt(Math.max(0, current - 1));
    else if (event.key === 'Enter') {
      const f = shown[current];
      if (f) props.onPick(f.fact.id);
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
      {error ? <p className="brief-error" role="alert">{error}</p> : null}
      {page && page.counts.verified === 0 ? (
        <p className="empty-hint">No verified facts yet: verify facts in the Facts tab first.</p>
      ) : (
        <ul role="listbox" aria-label="Verified facts">
          {shown.map((f, i) => (
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
                <HighlightedSentence fact={f.fact} />
              </span>
            </li>
          ))}
        </ul>
      )}
      {page && page.total > shown.length ? (
        <p className="muted picker-more">
          The first {shown.length} of {page.total} verified facts: type words to narrow.
        </p>
      ) : null}
    </dialog>
  );
}
