// Lemmas and paraphrase keys of English words: "inked" → "ink" → the action class `sign`;
// "memoranda" → "memorandum" → the thing `mou`. The lemmas come from wink-lemmatizer (WordNet's
// base forms and exception lists, shipped in the package: nothing is fetched at run time); the
// classes from ./actions.ts. Measured before adopting it: 200,000 look-ups in ~30 ms, where
// tagging every sentence with wink-nlp's POS model ran at 1.2–1.9 MB/s, which alone would have
// halved extraction's throughput; event clauses need lemmas, not a full parse.
import lemmatizer from 'wink-lemmatizer';
import { ACTION_CLASSES, THING_SYNONYMS, type ActionClass } from './actions';
import { STOP_WORDS } from './stopwords';

const MEMO_LIMIT = 50_000;
/** The words wink-lemmatizer is asked about. */
const LEMMATISED = /^[a-z][a-z'-]*$/;
const memo = new Map<string, string>();

/** The word's base form: a verb's where the word is an inflected verb, else a noun's. */
export function lemma(word: string): string {
  // Numbers, short and non-English words are their own base form: answered without the memo,
  // which then holds only words (a large table is slow to read, and numbers filled it).
  // (Lower-casing never shortens a word, so a word of two is its lower case.)
  if (word.length <= 2) return word.toLowerCase();
  // Most words come lower-cased already and are known: one look-up, before the grammar test.
  let known = memo.get(word);
  if (known !== undefined) return known;
  const lower = word.toLowerCase();
  if (lower.length <= 2 || !LEMMATISED.test(lower)) return lower;
  if (lower !== word) {
    known = memo.get(lower);
    if (known !== undefined) return known;
  }
  // Which reading wins where both change the word ("rates" → rate / rate, "meeting" → meet /
  // meeting): a verb the action classes know, else the noun's, else the verb's ("held" → hold).
  const verb = lemmatizer.verb(lower);
  const noun = lemmatizer.noun(lower);
  const base = verb !== lower && (VERB_CLASS.has(verb) || noun === lower) ? verb : noun;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(lower, base);
  return base;
}

const VERB_CLASS = new Map<string, ActionClass>();
const NOUN_CLASS = new Map<string, ActionClass>();
const PHRASE_CLASS = new Map<string, ActionClass>();
for (const c of ACTION_CLASSES) {
  for (const v of c.verbs) if (!VERB_CLASS.has(v)) VERB_CLASS.set(v, c);
  for (const n of c.nouns ?? []) if (!NOUN_CLASS.has(n)) NOUN_CLASS.set(n, c);
  for (const p of c.phrases ?? []) PHRASE_CLASS.set(p, c);
}
/** The longest phrase, in words: how far ahead a phrase look-up reads. */
export const MAX_PHRASE_WORDS = Math.max(...[...PHRASE_CLASS.keys()].map((p) => p.split(' ').length));

/** The action class a verb lemma says, if any. */
export function verbClass(lemmaOfWord: string): ActionClass | undefined {
  return VERB_CLASS.get(lemmaOfWord);
}

/** The action class a noun lemma names ("visit", "talks", "signing"), if any. */
export function nounClass(lemmaOfWord: string): ActionClass | undefined {
  return NOUN_CLASS.get(lemmaOfWord);
}

const PHRASE_FIRST = new Set([...PHRASE_CLASS.keys()].map((p) => p.split(' ')[0]!));

/** Whether some multi-word verb starts with this lemma: a cheap test before building phrases. */
export function startsPhrase(lemmaOfWord: string): boolean {
  return PHRASE_FIRST.has(lemmaOfWord);
}

/** The action class of a multi-word verb given as lemmas ("hold talk"), if any. */
export function phraseClass(lemmas: string): ActionClass | undefined {
  return PHRASE_CLASS.get(lemmas);
}

export function isStopWord(word: string): boolean {
  // The list is lower case: a word found as given is one, and one with no capitals to lower is not.
  if (STOP_WORDS.has(word)) return true;
  const lower = word.toLowerCase();
  return lower !== word && STOP_WORDS.has(lower);
}

/** What the clause reader asks of a lower-cased word, looked up once (`wordInfo`). */
export interface WordInfo {
  lemma: string;
  stop: boolean;
  /** Its `contentKey` where it is a content word (no stop word, three letters or more, no digit). */
  key: string | undefined;
  /** The action classes its lemma names as a verb and as a noun, and whether a multi-word verb starts with it. */
  verb: ActionClass | undefined;
  noun: ActionClass | undefined;
  phrase: boolean;
}

const infoMemo = new Map<string, WordInfo>();

/** `lemma`, `isStopWord`, `contentKey` and the action classes of a lower-cased word, remembered together. */
export function wordInfo(lower: string): WordInfo {
  let info = infoMemo.get(lower);
  if (info) return info;
  if (infoMemo.size >= MEMO_LIMIT) infoMemo.clear();
  const base = lemma(lower);
  const stop = isStopWord(lower);
  info = { lemma: base, stop, key: stop || lower.length < 3 || /\d/.test(lower) ? undefined : contentKey(lower), verb: verbClass(base), noun: nounClass(base), phrase: startsPhrase(base) };
  infoMemo.set(lower, info);
  return info;
}

/**
 * What likeness compares a content word on: its action class where it names an action
 * ("inked" and "signing" are both `act:sign`), its thing key where reporters name the thing in
 * several ways, else its lemma.
 */
const keyMemo = new Map<string, string>();

export function contentKey(word: string): string {
  const known = keyMemo.get(word);
  if (known !== undefined) return known;
  if (keyMemo.size >= MEMO_LIMIT) keyMemo.clear();
  const key = contentKeyUncached(word);
  keyMemo.set(word, key);
  return key;
}

function contentKeyUncached(word: string): string {
  const base = lemma(word);
  const thing = THING_SYNONYMS[base] ?? THING_SYNONYMS[word.toLowerCase()];
  if (thing) return thing;
  const action = VERB_CLASS.get(base) ?? NOUN_CLASS.get(base);
  if (action && !action.speech) return `act:${action.id}`;
  return base;
}
