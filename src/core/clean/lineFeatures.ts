// What the classifier knows about one line: its length, how prose-like it is, whether it reads
// as a heading, a list entry or a control. In the spirit of jusText: length and stop-word density
// separate running text from furniture better than any list of known furniture.
import { stopWordDensity, wordsOf } from './language';

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
const SENTENCE_END = /[.!?…。！？؟][”"’')\]»]*$/u;

export function lineFeatures(index: number, raw: string, language: string | null): LineFeatures {
  const pageBreak = raw.replace(/\r$/, '') === '\f';
  const text = raw.replace(/\r$/, '').trim();
  const blank = pageBreak || text.length === 0;
  const tokens = wordsOf(text);
  // Scripts written without spaces have no word count worth the name: count characters instead.
  const noSpace = NO_SPACE_SCRIPT.test(text);
  const words = noSpace ? Math.ceil(text.length / 2) : tokens.length;
  const sentenceEnd = SENTENCE_END.test(text);
  const stopDensity = stopWordDensity(tokens, language);
  const capitalised = text.match(/(?:^|[\s(“"‘'-])\p{Lu}/gu)?.length ?? 0;
  const lettered = text.match(/(?:^|[\s(“"‘'-])\p{L}/gu)?.length ?? 0;
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  const lower = text.match(/\p{Ll}/gu)?.length ?? 0;
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
    key: text
      .toLowerCase()
      .replace(/[\p{P}\p{S}\s]+/gu, ' ')
      .trim(),
  };
}
