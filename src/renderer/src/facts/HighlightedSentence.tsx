// A fact's sentence with its values marked: text nodes and <mark>, never HTML.
import type { Fact } from '../../../shared/api';
import { highlightPieces } from './highlight';

export function HighlightedSentence({ fact }: { fact: Pick<Fact, 'text' | 'start' | 'values'> }) {
  return (
    <>
      {highlightPieces(fact).map((piece, i) =>
        piece.value === null ? (
          <span key={i}>{piece.text}</span>
        ) : (
          <mark key={i} className={piece.value === 0 ? 'value-primary' : 'value-other'}>
            {piece.text}
          </mark>
        ),
      )}
    </>
  );
}
