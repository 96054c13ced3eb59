// Choose a verified fact to cite at the cursor: type to narrow, arrows to move, Enter to insert.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { FactView } from '../../../shared/api';
import { HighlightedSentence } from '../facts/HighlightedSentence';
import { primaryValueText } from '../facts/factWords';

export function CitationPicker(props: { facts: readonly FactView[]; onPick: (factId: string) => void; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState('');
  const [at, setAt] = useState(0);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return props.facts;
    return props.facts.filter(
      (f) =>
        f.fact.text.toLowerCase().includes(q) ||
        f.fact.subject.toLowerCase().includes(q) ||
        (f.sourceTitle ?? f.sourceFileName).toLowerCase().includes(q),
    );
  }, [props.facts, query]);
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
      {props.facts.length === 0 ? (
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
                <strong>{primaryValueText(f)}</strong> <span className="muted">· {f.sourceTitle ?? f.sourceFileName}</span>
              </span>
              <span className="picker-sentence">
                <HighlightedSentence fact={f.fact} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </dialog>
  );
}
