// Folding turns the many spellings of one word or name into one key, so that "Tô Lâm" and
// "To Lam", "labour" and "labor", "investors" and "investment" compare equal where it matters.

import { PERSON_TITLES } from './titles';

/** Lower case without diacritics: "Tô Lâm" → "to lam", "Đà Nẵng" → "da nang". */
// Memos: the same few thousand words are folded and stemmed over and over. Bounded, and pure
// in effect (a cleared memo only costs time).
const MEMO_LIMIT = 50_000;
const foldMemo = new Map<string, string>();
const stemMemo = new Map<string, string>();

function remember(memo: Map<string, string>, key: string, value: string): string {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

export function foldText(text: string): string {
  const known = foldMemo.get(text);
  if (known !== undefined) return known;
  // Plain ASCII has nothing to fold but case.
  if (!/[^\x20-\x7e]/.test(text)) return remember(foldMemo, text, text.replace(/[’‘ʼ]/g, "'").toLowerCase());
  return remember(foldMemo, text, foldUncached(text));
}

function foldUncached(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[’‘ʼ]/g, "'")
    .toLowerCase();
}

const TITLE_WORDS = PERSON_TITLES.map((t) => t.split(/[\s-]+/).map((w) => w.replace(/\.$/, '')));
const TITLE_KEYS = new Set(TITLE_WORDS.map((w) => w.join(' ')));
const MAX_TITLE_WORDS = Math.max(...TITLE_WORDS.map((w) => w.length));

/**
 * Name key: folded tokens without the titles before them, in sorted order, so that "Ishiba
 * Shigeru" and "Shigeru Ishiba" match and "President Ramaphosa" keys as "ramaphosa", a subset of
 * "cyril ramaphosa" (grouping compares people by that subset across sources).
 */
export function nameKey(name: string): string {
  const tokens = foldText(name)
    .replace(/'s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
  // "Deputy President", "Mr": leading titles, as many as stand there; a name is left at least.
  let from = 0;
  for (let found = true; found && from < tokens.length - 1; ) {
    found = false;
    for (let len = Math.min(MAX_TITLE_WORDS, tokens.length - 1 - from); len >= 1; len--) {
      if (TITLE_KEYS.has(tokens.slice(from, from + len).join(' '))) {
        from += len;
        found = true;
        break;
      }
    }
  }
  return tokens.slice(from).sort().join(' ');
}

// A handful of spelling variants and near-synonyms that news wires use for the same thing.
// NOTE: deliberately tiny; a broad thesaurus would merge subjects that differ.
const VARIANTS: Record<string, string> = {
  ties: 'relation',
  tie: 'relation',
  relations: 'relation',
  relationship: 'relation',
  'two-way': 'bilateral',
  trip: 'visit',
  programme: 'program',
  programmes: 'program',
  centre: 'center',
  defence: 'defense',
  percent: '%',
  // A country's or bloc's output, by its abbreviation or its plain name: "a GDP of $22 trillion" /
  // "their economies add up to $22 trillion".
  gdp: 'economy',
  gnp: 'economy',
  // Irregular verbs and their nouns, which suffix stripping cannot meet: "lost customs revenue" /
  // "the loss of customs revenue", "sold" / "sales".
  lost: 'loss',
  lose: 'loss',
  loses: 'loss',
  losing: 'loss',
  losses: 'loss',
  sold: 'sale',
  sales: 'sale',
  spent: 'spend',
  grew: 'grow',
  grown: 'grow',
  growth: 'grow',
  paid: 'pay',
  payment: 'pay',
  payments: 'pay',
  built: 'build',
};

const SUFFIXES = [
  'ational',
  'ations',
  'ation',
  'itions',
  'ition',
  'ements',
  'ement',
  'ments',
  'ment',
  'ness',
  'ities',
  'ity',
  'ings',
  'ing',
  'ates',
  'ated',
  'ate',
  'ies',
  'ied',
  'ers',
  'ors',
  'er',
  'or',
  'ed',
  'es',
  'ly',
  'al',
  's',
  'e',
] as const;

/** A light suffix-stripping stemmer: enough to make "investor"/"investment" and "trade"/"trading" meet. */
export function stem(word: string): string {
  const known = stemMemo.get(word);
  return known !== undefined ? known : remember(stemMemo, word, stemUncached(word));
}

function stemUncached(word: string): string {
  let w = foldText(word);
  const variant = VARIANTS[w];
  // A variant is a word of its own ("two-way" → "bilateral"): stem it like one, once.
  if (variant) return variant === '%' || VARIANTS[variant] !== undefined ? variant : stem(variant);
  if (w.length >= 6 && /[^aeiou]our$/.test(w)) w = w.slice(0, -3) + 'or';
  if (w.length >= 6 && /[^aeiou]is(e|es|ed|ing|ation)$/.test(w)) w = w.replace(/is(e|es|ed|ing|ation)$/, 'iz$1');
  if (w.length <= 4) return w.endsWith('s') && w.length > 3 && !w.endsWith('ss') ? w.slice(0, -1) : w;
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (w.endsWith('y') && w.length > 4) w = w.slice(0, -1);
  // "investment" → "invest", "investing" → "invest"; then drop a doubled consonant ("planned").
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss)$/.test(w)) w = w.slice(0, -1);
  return w;
}
