// A snippet with the words a search matched marked: text nodes and <mark>, never HTML (the words
// come from files we do not control).
import { markedPieces } from '../../../core/search/marks';
import type { TextRange } from '../../../shared/api';
import './search.css';

export function MarkedText({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  return (
    <>
      {markedPieces(text, ranges).map((piece, i) =>
        piece.marked ? (
          <mark key={i} className="search-hit">
            {piece.text}
          </mark>
        ) : (
          <span key={i}>{piece.text}</span>
        ),
      )}
    </>
  );
}
