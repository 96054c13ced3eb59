// What the classifier knows about one line: its length, how prose-like it is, whether it reads
// as a heading, a list entry or a control. In the spirit of jusText: length and stop-word density
// separate running text from furniture better than any list of known furniture.
import { languageCounts, stopDensityOf, type LanguageCounts } from './language';

export interface LineFeatures {
  /** Index in the original text split on \n. */
  index: number;
  text: string;
  blank: boolean;
  /** A page break written by the PDF reader (a line holding only \f). */
  pageBreak: boolean;
  words: number;
  chars: number;
  stopDensity: number;
  /** Ends like a sentence (. ! ? … or a closing quote after one). */
  sentenceEnd: boolean;
  /** Long running text: the kind of line an article is made of. */
  paragraph: boolean;
  /** Most words start with a capital letter (headline style). */
  titleCase: boolean;
  allCaps: boolean;
  /** Lower-cased, spacing and punctuation folded, for spotting repeats. */
  key: string;
}

const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
// A sentence's end: /[.!?…。！？؟][”"’')\]»]*$/, read from the line's end back (an end-anchored
// pattern is tried at every position of the line).
const TERMINATORS = new Set([...'.!?…。！？؟']);
const CLOSERS = new Set([...'”"’\')]»']);
function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text[i]!)) i--;
  return i >= 0 && TERMINATORS.has(text[i]!);
}
// Those scripts are written past ASCII: a line of printable ASCII alone is tested no further.
const NON_ASCII = /[^ -~\t\n\v\f\r]/;

/** `counts`: the line's language counts, where the caller has them. */
export function lineFeatures(index: number, raw: string, language: string | null, counts?: LanguageCounts): LineFeatures {
  const pageBreak = raw.replace(/\r$/, '') === '\f';
  const text = raw.replace(/\r$/, '').trim();
  const blank = pageBreak || text.length === 0;
  // Its words counted, and its stop words (trimming and a final \r take no word's letters).
  const read = counts ?? languageCounts(text);
  // Scripts written without spaces have no word count worth the name: count characters instead.
  const noSpace = NON_ASCII.test(text) && NO_SPACE_SCRIPT.test(text);
  const words = noSpace ? Math.ceil(text.length / 2) : read.words;
  const sentenceEnd = endsSentence(text);
  const stopDensity = stopDensityOf(read, language);
  const { capitalised, lettered, upper, lower } = letterCounts(text);
  // Running text ends its sentences; a long line without a full stop is a headline unless it
  // is very long (a paragraph whose last sentence ends in a colon or a quote).
  const paragraph = !blank && (noSpace ? text.length >= 40 && sentenceEnd : (sentenceEnd && words >= 8) || words >= 25);
  return {
    index,
    text,
    blank,
    pageBreak,
    words,
    chars: text.length,
    stopDensity,
    sentenceEnd,
    paragraph,
    titleCase: lettered > 0 && capitalised / lettered >= 0.6,
    allCaps: upper >= 4 && lower === 0,
    key: repeatKey(text),
  };
}

const FOLDED = /[\p{P}\p{S}\s]+/gu;
const ASCII_ONLY = /^[ -~\t\v\f\r]*$/;
// The same fold for printable ASCII text: every ASCII punctuation mark and symbol is \p{P} or \p{S}, and a
// regex without \p{…} runs faster on the common (ASCII-only) line.
const FOLDED_ASCII = /[!-/:-@[-`{-~\s]+/g;

/** `LineFeatures.key`: lower-cased, every run of punctuation, symbols and spacing one space. */
function repeatKey(text: string): string {
  return text
    .toLowerCase()
    .replace(ASCII_ONLY.test(text) ? FOLDED_ASCII : FOLDED, ' ')
    .trim();
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const SPACE = /\s/u;
// Characters after which a letter starts a word, for the headline-style count: white space and
// these openers.
const WORD_OPENERS = new Set(['“', '‘']);
const ASCII_OPENER = new Uint8Array(128);
for (const ch of ' \t\n\v\f\r("\'-') ASCII_OPENER[ch.charCodeAt(0)] = 1;

/**
 * Upper- and lower-case letters, and word-initial letters (all, and capitals), in one pass.
 * NOTE: a loop, not four regex matches: cleaning reads every line of every import, and the
 * matches' arrays were a third of its time.
 */
function letterCounts(text: string): { capitalised: number; lettered: number; upper: number; lower: number } {
  let capitalised = 0;
  let lettered = 0;
  let upper = 0;
  let lower = 0;
  let atWordStart = true;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    let isUpper: boolean;
    let isLetter: boolean;
    if (c < 128) {
      isUpper = c >= 65 && c <= 90;
      const isLower = c >= 97 && c <= 122;
      isLetter = isUpper || isLower;
      if (isLower) lower++;
    } else {
      isUpper = UPPER.test(ch);
      isLetter = isUpper || LETTER.test(ch);
      if (isLetter && !isUpper && LOWER.test(ch)) lower++;
    }
    if (isUpper) upper++;
    if (isLetter && atWordStart) {
      lettered++;
      if (isUpper) capitalised++;
    }
    atWordStart = c < 128 ? ASCII_OPENER[c] === 1 : WORD_OPENERS.has(ch) || SPACE.test(ch);
  }
  return { capitalised, lettered, upper, lower };
}
