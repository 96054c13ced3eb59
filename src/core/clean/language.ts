// A small language guesser: the writing system first (kana means Japanese, Hangul Korean …),
// then, for Latin script, which language's commonest words cover most of the text. Enough to
// label a source and to pick stop words for cleaning; not a general identifier.
import { ownPacks } from '../lang';

// Each language pack's detection words (lang/<code>/index.ts), in registry order: where two
// languages score the same, the earlier is named.
export const STOP_WORDS: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  ownPacks()
    .filter((pack) => pack.detectionWords)
    .map((pack) => [pack.code, new Set(pack.detectionWords)]),
);

// Which languages list each stop word, so a text's words are looked up once, not once per language.
const STOP_CODES = Object.keys(STOP_WORDS);
const STOP_INDEX = new Map<string, number[]>();
STOP_CODES.forEach((code, k) => {
  for (const w of STOP_WORDS[code]!) STOP_INDEX.set(w, [...(STOP_INDEX.get(w) ?? []), k]);
});

// Writing systems that name their language (the packs' scripts: Japanese's kana, Korean's
// Hangul …), checked in registry order.
const SCRIPT_PACKS = ownPacks().filter((pack) => pack.script);
const SCRIPT_LANGUAGES: ReadonlyArray<readonly [ReadonlyArray<readonly [number, number]>, string]> = SCRIPT_PACKS.map((pack) => [pack.script!.ranges, pack.code]);
// The share of a text's letters in each script that names the language.
const SCRIPT_SHARES = SCRIPT_PACKS.map((pack) => pack.script!.share);

// Letters with stacked or hooked diacritics that only Vietnamese uses among Latin scripts.
const VIETNAMESE_LETTERS = new Set('ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ');
const LETTER = /\p{L}/u;
const HAN = /\p{Script=Han}/u;

interface ScriptCounts {
  letters: number;
  han: number;
  vietnamese: number;
  /** Per entry of SCRIPT_LANGUAGES. */
  scripts: number[];
}

// What each code point says about the script, worked out once per code point met: bit 0 letter,
// bit 1 Han, bit 2 Vietnamese letter, bits 3… the entry of SCRIPT_LANGUAGES (+1, 0 = none).
// NOTE: a table, not regex tests per character: every import and every restored line runs this
// twice, and Vietnamese or Japanese text is nearly all non-ASCII.
const CODE_FLAGS = new Map<number, number>();

function flagsOf(c: number): number {
  let flags = CODE_FLAGS.get(c);
  if (flags !== undefined) return flags;
  const ch = String.fromCodePoint(c);
  flags = (LETTER.test(ch) ? 1 : 0) | (HAN.test(ch) ? 2 : 0) | (VIETNAMESE_LETTERS.has(ch.toLowerCase()) ? 4 : 0);
  const k = SCRIPT_LANGUAGES.findIndex(([ranges]) => ranges.some(([from, to]) => c >= from && c <= to));
  if (k >= 0) flags |= (k + 1) << 3;
  CODE_FLAGS.set(c, flags);
  return flags;
}

function countScripts(sample: string): ScriptCounts {
  const counts: ScriptCounts = { letters: 0, han: 0, vietnamese: 0, scripts: SCRIPT_LANGUAGES.map(() => 0) };
  for (let i = 0; i < sample.length; i++) {
    // By code unit, and by code point only past ASCII: most of most texts is ASCII.
    const unit = sample.charCodeAt(i);
    const c = unit < 128 ? unit : sample.codePointAt(i)!;
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) counts.letters++;
      continue;
    }
    if (c > 0xffff) i++;
    const flags = flagsOf(c);
    if (flags & 1) counts.letters++;
    if (flags & 2) counts.han++;
    if (flags & 4) counts.vietnamese++;
    if (flags >> 3) counts.scripts[(flags >> 3) - 1]!++;
  }
  return counts;
}

const WORD_CHAR = /[\p{L}\p{M}']/u;
// ASCII letters and the apostrophe (after lower-casing, upper case never reaches the table).
const ASCII_WORD = new Uint8Array(128);
for (let c = 97; c <= 122; c++) ASCII_WORD[c] = 1;
ASCII_WORD[39] = 1;
const WORD_CODES = new Map<number, boolean>();

function wordCode(c: number): boolean {
  let is = WORD_CODES.get(c);
  if (is === undefined) {
    is = WORD_CHAR.test(String.fromCodePoint(c));
    WORD_CODES.set(c, is);
  }
  return is;
}

/**
 * Words of a text, lower-cased, split on anything that is not a letter, mark or apostrophe.
 * NOTE: a loop, not `match(/[\p{L}\p{M}']+/gu)`: every line and every import passes here, and
 * the Unicode-class regex was a third of cleaning.
 */
export function wordsOf(text: string): string[] {
  const lower = text.toLowerCase();
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < lower.length; i++) {
    const unit = lower.charCodeAt(i);
    const c = unit < 128 ? unit : lower.codePointAt(i)!;
    const wide = c > 0xffff;
    const isWord = c < 128 ? ASCII_WORD[c] === 1 : wordCode(c);
    if (isWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(lower.slice(start, i));
      start = -1;
    }
    if (wide) i++;
  }
  if (start >= 0) words.push(lower.slice(start));
  return words;
}

/** The longest detection word: a longer word is none, and is counted without being looked up. */
const LONGEST_STOP_WORD = Math.max(0, ...[...STOP_INDEX.keys()].map((w) => w.length));


/** What `guessLanguage` counts in a text: its scripts' letters, its words, their detection-word hits. */
export interface LanguageCounts extends ScriptCounts {
  /** How many words (`wordsOf`) the text has. */
  words: number;
  /** Per entry of STOP_CODES, how many of the words are its detection words. */
  hits: number[];
}

/** The texts `guessLanguage` reads whole; a longer one is read by its first this many characters. */
export const LANGUAGE_SAMPLE = 20_000;

// The detection words by a hash of their code units, so that a text's words are looked up where
// they stand, without a string made of each (most words of most texts are none).
function unitHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 16777619);
  return h;
}
const DETECTION = new Map<number, Array<{ word: string; codes: number[] }>>();
for (const [word, codes] of STOP_INDEX) {
  const h = unitHash(word, 0, word.length);
  const bucket = DETECTION.get(h);
  if (bucket) bucket.push({ word, codes });
  else DETECTION.set(h, [{ word, codes }]);
}

/** `LanguageCounts` of a text: one pass for its scripts, one over its lower case for its words. */
export function languageCounts(text: string): LanguageCounts {
  // NOTE: the fields set one by one, not spread from countScripts': a line's counts are made for every line.
  const scripts = countScripts(text);
  const counts: LanguageCounts = { letters: scripts.letters, han: scripts.han, vietnamese: scripts.vietnamese, scripts: scripts.scripts, words: 0, hits: new Array<number>(STOP_CODES.length).fill(0) };
  // The words as wordsOf reads them: runs of letters, marks and apostrophes of the lower case.
  const lower = text.toLowerCase();
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    let isWord = false;
    let wide = false;
    if (i < lower.length) {
      const unit = lower.charCodeAt(i);
      const c = unit < 128 ? unit : lower.codePointAt(i)!;
      wide = c > 0xffff;
      isWord = c < 128 ? ASCII_WORD[c] === 1 : wordCode(c);
    }
    if (isWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      countWord(lower, start, i, counts);
      start = -1;
    }
    if (wide) i++;
  }
  return counts;
}

/** Counts the word lower[start, end) and its detection-word hits. */
function countWord(lower: string, start: number, end: number, counts: LanguageCounts): void {
  counts.words++;
  if (end - start > LONGEST_STOP_WORD) return;
  const bucket = DETECTION.get(unitHash(lower, start, end));
  if (!bucket) return;
  for (const known of bucket) {
    if (known.word.length !== end - start || !lower.startsWith(known.word, start)) continue;
    for (const k of known.codes) counts.hits[k]!++;
  }
}

/** The counts of texts joined with spaces or line breaks (neither a letter nor part of a word: the joined text has the parts' letters and words). */
export function sumCounts(parts: readonly LanguageCounts[]): LanguageCounts {
  const sum: LanguageCounts = { letters: 0, han: 0, vietnamese: 0, scripts: SCRIPT_LANGUAGES.map(() => 0), words: 0, hits: STOP_CODES.map(() => 0) };
  for (const c of parts) {
    sum.letters += c.letters;
    sum.han += c.han;
    sum.vietnamese += c.vietnamese;
    c.scripts.forEach((n, k) => (sum.scripts[k]! += n));
    sum.words += c.words;
    c.hits.forEach((n, k) => (sum.hits[k]! += n));
  }
  return sum;
}

/** The share of the text's words that are stop words of `language` (0 when the language is unknown). */
export function stopDensityOf(counts: LanguageCounts, language: string | null): number {
  const k = language ? STOP_CODES.indexOf(language) : -1;
  if (k < 0 || counts.words === 0) return 0;
  return counts.hits[k]! / counts.words;
}

/** ISO 639-1 code of the text's language, or null when there is too little text to tell. */
export function guessLanguage(text: string): string | null {
  // NOTE: samples at most 20k characters: enough to decide, and keeps large files cheap.
  const sample = text.length > LANGUAGE_SAMPLE ? text.slice(0, LANGUAGE_SAMPLE) : text;
  return languageOf(languageCounts(sample));
}

/** The language counts name (see `guessLanguage`): by script first, then by detection words. */
export function languageOf(counts: LanguageCounts): string | null {
  const letters = counts.letters;
  if (letters < 3) return null;
  for (const [k, [, code]] of SCRIPT_LANGUAGES.entries()) {
    if (counts.scripts[k]! / letters > SCRIPT_SHARES[k]!) return code;
  }
  if (counts.han / letters > 0.3) return 'zh';
  const count = counts.words;
  if (count === 0) return null;
  if (counts.vietnamese / letters > 0.03) return 'vi';
  let best: string | null = null;
  let bestScore = 0;
  STOP_CODES.forEach((code, k) => {
    const score = counts.hits[k]! / count;
    if (score > bestScore) {
      best = code;
      bestScore = score;
    }
  });
  // A handful of words can hit a stop word by chance; demand a real share before naming one.
  return bestScore >= (count < 20 ? 0.15 : 0.08) ? best : null;
}
