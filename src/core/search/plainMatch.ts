// The Facts filter's words matched without the index, for the seconds after a project opens while
// the search worker is still building it: every fact this lets through is one the index would
// find too (a query word standing whole among the fact's folded words, the last word typed also
// as the beginning of one), so the list shown meanwhile is never wrong, only shorter where the
// index would add stems ("investors" for "investor"), numbers written with separators, words
// joined without spaces (Chinese, Japanese) and near spellings.
import { foldText } from '../entities/fold';
import { MAX_WORDS } from './invertedIndex';
import { foldWord, queryWords } from './terms';

/** A word shorter than this is not matched as a prefix (searchIndex's MIN_PREFIX). */
const MIN_PREFIX = 2;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** What the plain filter compares of a fact: its sentence and speaker, as the index reads them, folded. */
export function foldedFactText(fact: { text: string; speaker?: string | undefined }): string {
  return foldText(fact.speaker ? `${fact.text}\n${fact.speaker}` : fact.text);
}

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (Number.isNaN(c)) return false;
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_CHAR.test(text[i]!);
}

function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** A separator inside a number ("1.8", "2,012") at `i`: the tokenizer keeps the number one word. */
function inNumber(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c === 46 || c === 44) && isDigit(text, i - 1) && isDigit(text, i + 1);
}

/** Whether a word begins at `start` (and, unless `open`, ends at `end`) in the tokenizer's sense. */
function wordAt(text: string, start: number, end: number, open: boolean): boolean {
  if (start > 0 && (isWordChar(text, start - 1) || inNumber(text, start - 1))) return false;
  if (!open) return !isWordChar(text, end) && !inNumber(text, end);
  // A prefix: the whole word it begins must be one the index keeps (not a function word).
  let stop = end;
  while (stop < text.length && (isWordChar(text, stop) || inNumber(text, stop))) stop += inNumber(text, stop) ? 2 : 1;
  return foldWord(text.slice(start, stop)) !== null;
}

function has(text: string, word: string, open: boolean): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (wordAt(text, at, at + word.length, open)) return true;
  }
  return false;
}

/**
 * The positions (into `folded`, see foldedFactText) of the facts with every word of the query,
 * or, where none has them all, of those with any, as SearchIndex.matchFacts chooses; in order.
 */
export function plainMatchFacts(query: string, folded: readonly string[], prefix = true): number[] {
  const words = queryWords(query).slice(0, MAX_WORDS);
  if (!words.length) return [];
  const typing = prefix && !/\s$/.test(query);
  const open = words.map((w, i) => typing && i === words.length - 1 && w.folded.length >= MIN_PREFIX);
  const complete: number[] = [];
  const some: number[] = [];
  folded.forEach((text, p) => {
    let matched = 0;
    words.forEach((w, i) => {
      if (has(text, w.folded, open[i]!)) matched++;
    });
    if (matched === words.length) complete.push(p);
    else if (matched > 0) some.push(p);
  });
  return complete.length ? complete : some;
}
