// What search compares: words folded like the rest of Attaché compares them ("Tô Lâm" = "to lam")
// and stemmed ("investors" = "investor"). A word is indexed under its stem and, when they differ,
// under its folded spelling too, so that a word typed halfway ("investi…") still finds the words
// that begin so ("investing", stem "invest").
import { foldText, stem } from '../entities/fold';

export interface WordToken {
  /** The word as the text has it. */
  text: string;
  start: number;
  end: number;
}

// A word is a run of letters with their combining marks and digits; a decimal or thousands
// separator between digits stays inside the number ("1.8", "2,012"); apostrophes split ("China's"
// → "China", "s"). Chinese and Japanese write no spaces: each ideograph or kana is a word of its
// own, so a query's characters find the texts that have them.
// A scanner, not a regular expression: \p{…} classes made tokenizing most of the time building an
// index took (bench/search.ts).
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const DIGIT = /\p{N}/u;
/** Per BMP code unit: 0 not yet known, 1 word character, 2 not, 3 a character that is a word alone. */
const kinds = new Uint8Array(0x10000);

function kindOf(code: number): number {
  const known = kinds[code]!;
  if (known) return known;
  const ch = String.fromCharCode(code);
  const kind = isIdeographic(code) ? 3 : WORD_CHAR.test(ch) ? 1 : 2;
  kinds[code] = kind;
  return kind;
}

function isIdeographic(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c >= 48 && c <= 57 : DIGIT.test(text[i] ?? '');
}

/** Calls `visit` with the start and end of every word of `text`. */
export function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const kind = c < 128 ? (isAsciiWordChar(c) ? 1 : 2) : c >= 0xd800 && c <= 0xdbff ? (WORD_CHAR.test(text.slice(i, i + 2)) ? 1 : 2) : kindOf(c);
    if (kind === 2) {
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      continue;
    }
    if (kind === 3) {
      visit(i, i + 1);
      i++;
      continue;
    }
    const start = i;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d < 128) {
        if (isAsciiWordChar(d)) i++;
        // A separator between digits: "1.8", "2,012".
        else if ((d === 46 || d === 44) && i > start && isDigit(text, i - 1) && i + 1 < n && isDigit(text, i + 1)) i += 2;
        else break;
      } else if (d >= 0xd800 && d <= 0xdbff) {
        if (!WORD_CHAR.test(text.slice(i, i + 2))) break;
        i += 2;
      } else if (kindOf(d) === 1) i++;
      else break;
    }
    visit(start, i);
  }
}

export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  forEachWord(text, (start, end) => tokens.push({ text: text.slice(start, end), start, end }));
  return tokens;
}

/** The words of a text. */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  forEachWord(text, (start, end) => words.push(text.slice(start, end)));
  return words;
}

const DIGIT_GROUPS = /^\d{1,3}(?:,\d{3})+$/;

/**
 * Function words and the pieces apostrophes leave ("s", "t", "ll"): in every fact, so they find
 * nothing and cost the most. Deliberately short: "two", "billion", months and names stay findable.
 */
const STOP = new Set(
  (
    'a an the and or but nor of in on at to for from by with as into onto than then that this these those ' +
    'is are was were be been being am it its he she they them their his her we our you your i me my ' +
    'which who whom whose what there here so if do does did has have had not no s t d ll re ve m'
  ).split(' '),
);

/** The folded form of one word, as searched: "Lâm" → "lam", "2,012" → "2012". Null for a stop word. */
export function foldWord(word: string): string | null {
  let folded = foldText(word);
  if (DIGIT_GROUPS.test(folded)) folded = folded.replace(/,/g, '');
  return STOP.has(folded) ? null : folded;
}

// The same few thousand words recur: their terms are worked out once. Bounded, like fold.ts's memos.
const TERMS_MEMO_LIMIT = 100_000;
const termsMemo = new Map<string, readonly string[]>();

/** The terms one word is indexed under: its stem, and its folded spelling when that differs. */
export function indexTerms(word: string): readonly string[] {
  const known = termsMemo.get(word);
  if (known) return known;
  if (termsMemo.size >= TERMS_MEMO_LIMIT) termsMemo.clear();
  const terms = termsOf(word);
  termsMemo.set(word, terms);
  return terms;
}

function termsOf(word: string): readonly string[] {
  const folded = foldWord(word);
  if (folded === null) return [];
  // A number is its own stem: "1990s" is not "1990" and "2.5" has no suffix.
  const stemmed = /^\d/.test(folded) ? folded : stem(folded);
  return stemmed === folded ? [folded] : [stemmed, folded];
}

/** A word of a query: the stem it must match, and its folded spelling for matching as a prefix. */
export interface QueryWord {
  stem: string;
  folded: string;
}

export function queryWords(query: string): QueryWord[] {
  const words: QueryWord[] = [];
  const seen = new Set<string>();
  for (const raw of splitWords(query)) {
    const terms = indexTerms(raw);
    if (!terms.length) continue;
    const stemmed = terms[0]!;
    if (seen.has(stemmed)) continue;
    seen.add(stemmed);
    words.push({ stem: stemmed, folded: terms[terms.length - 1]! });
  }
  return words;
}
