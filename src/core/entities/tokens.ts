// Word tokens with their offsets: the unit entity recognition and subjects work on.

export interface Token {
  text: string;
  /** `text` lower-cased, once here: the recognisers and clause readers compare words in lower case. */
  lower: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter (or is a digit-led word like "14TH"). */
  capital: boolean;
  /** Ends in a possessive "'s" / "’s" (not part of `text`). */
  possessive: boolean;
}

// A word: /[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*/u, letters, marks and digits
// joined by an apostrophe, hyphen or full stop between two of them ("U.S.", "al-Sisi", "don't").
// NOTE: read by a loop over the characters, not that regex: every source is tokenized whole
// and again sentence by sentence, and the Unicode-class regex took two thirds of it.
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_WORD[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_WORD[c] = 1;
/** Whether each code point met beyond ASCII is a word character. */
const WIDE_WORD = new Map<number, boolean>();

/** The length (in code units) of the word character at i, or 0 where there is none. */
function wordCharAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit < 128) return ASCII_WORD[unit]!;
  const c = text.codePointAt(i)!;
  let is = WIDE_WORD.get(c);
  if (is === undefined) WIDE_WORD.set(c, (is = WORD_CHAR.test(String.fromCodePoint(c))));
  return is ? (c > 0xffff ? 2 : 1) : 0;
}

function isJoiner(unit: number): boolean {
  return unit === 39 || unit === 0x2019 || unit === 45 || unit === 46;
}

/** Where the word starting at `start` (a word character) ends. */
function wordEnd(text: string, start: number): number {
  let i = start;
  let k: number;
  for (;;) {
    while (i < text.length && (k = wordCharAt(text, i))) i += k;
    if (i + 1 < text.length && isJoiner(text.charCodeAt(i)) && (k = wordCharAt(text, i + 1))) i += 1 + k;
    else return i;
  }
}

// NOTE: a module constant, not a literal in the function: esbuild (tsx, the bundles) turns a
// literal with \p{…} into `new RegExp(…)`, built again at every call.
const STARTS_UPPER = /^\p{Lu}/u;

function startsCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return STARTS_UPPER.test(word);
}

export function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  for (let at = 0; at < text.length; ) {
    const k = wordCharAt(text, at);
    if (!k) {
      at++;
      continue;
    }
    const index = at;
    at = wordEnd(text, index);
    let word = text.slice(index, at);
    let possessive = false;
    const n = word.length;
    if (n > 2 && (word.charCodeAt(n - 1) | 32) === 115 && (word[n - 2] === "'" || word[n - 2] === '\u2019')) {
      word = word.slice(0, -2);
      possessive = true;
    }
    tokens.push({
      text: word,
      lower: word.toLowerCase(),
      start: base + index,
      end: base + index + word.length,
      capital: startsCapital(word),
      possessive,
    });
  }
  return tokens;
}

/** Only spaces (no punctuation, no line break) between two tokens. */
export function adjacent(text: string, a: Token, b: Token, base = 0): boolean {
  // One or two spaces (or no-break spaces) and nothing else, read without slicing the gap.
  if (a.possessive) return false;
  const from = a.end - base;
  const to = b.start - base;
  // (Offsets outside the text: as slice reads them.)
  if (from < 0 || to > text.length) return /^[ \u00a0]{1,2}$/.test(text.slice(from, to));
  if (to - from < 1 || to - from > 2) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 0xa0) return false;
  }
  return true;
}
