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

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*/gu;

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
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    let word = m[0];
    let possessive = false;
    const n = word.length;
    if (n > 2 && (word.charCodeAt(n - 1) | 32) === 115 && (word[n - 2] === "'" || word[n - 2] === '\u2019')) {
      word = word.slice(0, -2);
      possessive = true;
    }
    tokens.push({
      text: word,
      lower: word.toLowerCase(),
      start: base + m.index,
      end: base + m.index + word.length,
      capital: startsCapital(word),
      possessive,
    });
  }
  return tokens;
}

/** Only spaces (no punctuation, no line break) between two tokens. */
export function adjacent(text: string, a: Token, b: Token, base = 0): boolean {
  const between = text.slice(a.end + (a.possessive ? 2 : 0) - base, b.start - base);
  return /^[ \u00a0]{1,2}$/.test(between) && !a.possessive;
}
