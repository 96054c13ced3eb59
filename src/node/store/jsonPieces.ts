// JSON.stringify of a project, cut into pieces of about a megabyte whose concatenation is exactly
// JSON.stringify's text. Saving wrote one string of the whole project, then its UTF-8 bytes: for
// a project of S characters that is S (or 2S, a two-byte string, as soon as one character of any
// source is past Latin-1) plus S bytes, plus the serialiser's growing buffer, all at once on the
// main thread (a 147 MB project took the process from 1.1 GB to 1.6–2 GB while it saved). In
// pieces, a curly quote makes only its own piece two-byte, and each piece is encoded and written
// on its own, so the save holds the text once and a megabyte of bytes.
//
// Still synchronous: the pieces are all made before the first write, so what reaches disk is the
// project at one moment, even though the project may change while the pieces are written.

/** About this many characters a piece; a single element longer than that is a piece of its own. */
export const PIECE_CHARS = 1 << 20;

/** Values JSON.stringify leaves out of an object (and writes as null in an array). */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function plainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/**
 * `JSON.stringify(value)` as pieces: `jsonPieces(v).join('') === JSON.stringify(v)` for any plain
 * object `v`. The top level's arrays (a project's sources, facts, groups) are written element by
 * element; anything else (an element, a nested object) by JSON.stringify itself.
 */
export function jsonPieces(value: unknown, pieceChars = PIECE_CHARS): string[] {
  // Anything but a plain object at the top (a class with toJSON, an array) keeps JSON.stringify's
  // own rules whole.
  if (!plainObject(value)) return [JSON.stringify(value)];
  const pieces: string[] = [];
  let current = '';
  const add = (text: string) => {
    current += text;
    if (current.length >= pieceChars) {
      pieces.push(current);
      current = '';
    }
  };
  add('{');
  let first = true;
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (omitted(v)) continue;
    add(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (Array.isArray(v) && typeof (v as { toJSON?: unknown }).toJSON !== 'function') {
      add('[');
      for (let i = 0; i < v.length; i++) {
        const element: unknown = v[i];
        add(`${i ? ',' : ''}${omitted(element) ? 'null' : (JSON.stringify(element) ?? 'null')}`);
      }
      add(']');
    } else add(JSON.stringify(v));
  }
  add('}');
  if (current) pieces.push(current);
  return pieces;
}

/** Characters of the text the pieces make. */
export function piecesChars(pieces: readonly string[]): number {
  let chars = 0;
  for (const piece of pieces) chars += piece.length;
  return chars;
}
