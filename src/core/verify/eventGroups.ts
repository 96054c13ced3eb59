// Events and claims across outlets: which clauses of different sources report the same event or
// claim (corroborated) and where they disagree about one of its parts: its place, its day, who
// said it (conflict). Figures are grouped by ./index.ts; this layer takes the facts that carry no
// figure (claims, agreements, quotes) and compares them on their parts (src/core/extract/eventClauses.ts).
//
// Every verdict names its rule (./rules.ts) and keeps its evidence, so that `attache why` and the
// Facts view can show the analyst why two facts stand together.
import type { Fact, Group } from '../model';
import { stableId } from '../ids';
import { tokenize } from '../entities/tokens';
import { contentKey, isStopWord } from '../lang/en/lemma';
import { EVENT_THRESHOLDS as T, RULES, type RuleId } from './rules';
import { UnionFind } from './unionFind';
import { sortedById } from './sortById';

export interface EventVerdict {
  relation: 'corroborated' | 'conflict';
  rule: RuleId;
  evidence: Record<string, string | number | boolean | string[]>;
}

/** Why two facts were not joined: the first test of the rules that failed. */
export interface EventRefusal {
  refused: string;
  /** The parts disagree (not merely too little in common): the two may never share a group. */
  hard?: boolean;
}

export interface EventCandidate {
  fact: Fact;
  keys: string[];
  quoteKeys: readonly string[];
  actionClass: string;
  actors: string[];
  others: string[];
  place: string | undefined;
  time: string | undefined;
  negated: boolean;
  mood: string;
  /** Canonical values of the figures its sentence states. */
  figures: ReadonlySet<string>;
  /** Content keys of what the action is done to (the clause after the verb). */
  objects: readonly string[];
  speaker: string | undefined;
  /** The speaker is a person the source names (not a body, a country or an unnamed source). */
  speakerIsPerson: boolean;
  /** The sentence's words, lower-cased, in order: for runs of the same wording. */
  words: readonly string[];
  /** Per word, its content key where it is a lower-case content word (names and function words have none). */
  wordKeys: ReadonlyArray<string | undefined>;
  /** Its lower-case content words' keys: what it says, apart from the names it gives. */
  plainKeys: ReadonlySet<string>;
}

// Action classes that say nothing about the event itself ("stated", a bare auxiliary): two
// clauses meet on their content or not at all.
const EMPTY_ACTIONS = new Set(['state', 'say', 'be', 'have']);

const QUOTED = /[“"]([^“”"]{8,})[”"]/g;

/**
 * The quoted words of a sentence: between its marks, and where a quotation runs on over several
 * sentences, from its start to the closing mark (it began inside a quotation, `open`) and from
 * an opening mark left unclosed to its end.
 */
function quotedParts(text: string, open: boolean): string[] {
  const parts: string[] = [];
  let rest = text;
  if (open) {
    const close = rest.search(/[”"]/);
    parts.push(close < 0 ? rest : rest.slice(0, close));
    rest = close < 0 ? '' : rest.slice(close + 1);
  }
  for (const m of rest.matchAll(QUOTED)) parts.push(m[1]!);
  // An opening mark with no closing one after it: the quotation goes on past the sentence.
  const unclosed = /[“"]([^“”"]{8,})$/.exec(rest.replace(QUOTED, ' '));
  if (unclosed) parts.push(unclosed[1]!);
  return parts.filter((p) => p.length >= 8);
}

function contentKeys(text: string): string[] {
  const out = new Set<string>();
  for (const t of tokenize(text)) {
    const lower = t.text.toLowerCase();
    if (lower.length < 3 || isStopWord(lower) || /\d/.test(lower)) continue;
    out.add(contentKey(t.text));
  }
  return [...out];
}

/** Entity features: a person by surname (outlets name people three ways), a body or place by its key. */
function entityFeatures(entities: Fact['entities']): string[] {
  return entities.map((e) => (e.type === 'person' ? `p:${surname(e)}` : `${e.type === 'place' ? 'l' : 'o'}:${e.key}`));
}

/**
 * A person's surname as a key token: the key token the name as written ends with ("Mosotho
 * Moepya" and "Moepya" both give "moepya"; the key's tokens are sorted, so position in the key
 * says nothing). Where the name's last word is no key token, the longest token stands for it.
 */
function surname(e: Fact['entities'][number]): string {
  // Remembered by name and key: every clause that names a person asks again.
  const memoKey = `${e.key}\u241f${e.name}`;
  let known = SURNAMES.get(memoKey);
  if (known === undefined) {
    if (SURNAMES.size >= SURNAME_MEMO_LIMIT) SURNAMES.clear();
    SURNAMES.set(memoKey, (known = surnameOf(e)));
  }
  return known;
}

const SURNAMES = new Map<string, string>();
const SURNAME_MEMO_LIMIT = 50_000;
// NOTE: a module constant, not a literal in the function: esbuild (tsx, the bundles) turns a
// literal with \p{…} into `new RegExp(…)`, built again at every call.
const MARKS = /\p{M}/gu;

function surnameOf(e: Fact['entities'][number]): string {
  const tokens = e.key.split(' ');
  const words = e.name.normalize('NFD').replace(MARKS, '').toLowerCase().split(/[\s.]+/).filter(Boolean);
  for (let i = words.length - 1; i >= 0; i--) if (tokens.includes(words[i]!)) return words[i]!;
  return tokens.reduce((a, b) => (b.length > a.length ? b : a), tokens[0] ?? e.key);
}

/** Two entity keys name one person or body: equal, or one's words all in the other ("ramaphosa" ⊂ "cyril ramaphosa"). */
export function sameEntity(a: string, b: string): boolean {
  if (a === b) return true;
  const [ta, ka] = splitType(a);
  const [tb, kb] = splitType(b);
  if (ta !== tb) return false;
  const wa = ka.split(' ');
  const wb = new Set(kb.split(' '));
  const small = wa.length <= wb.size ? wa : kb.split(' ');
  const big = wa.length <= wb.size ? wb : new Set(wa);
  return small.length > 0 && small.every((w) => big.has(w));
}

function splitType(key: string): [string, string] {
  const at = key.indexOf(':');
  return at < 0 ? ['', key] : [key.slice(0, at), key.slice(at + 1)];
}

function anyShared(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) for (const y of b) if (sameEntity(x, y)) return true;
  return false;
}

/**
 * Actors agree unless both clauses name people as their actors and none of them is one person
 * (countries and bodies are named loosely: "India", "New Delhi", "the government").
 */
function actorsAgree(a: EventCandidate, b: EventCandidate): boolean {
  const pa = a.actors.filter((k) => k.startsWith('person:'));
  const pb = b.actors.filter((k) => k.startsWith('person:'));
  if (!pa.length || !pb.length) return true;
  return anyShared(pa, pb) || anyShared(pa, b.others) || anyShared(a.others, pb);
}

/**
 * Two named people said it, and not one person: an unnamed source ("a diplomatic source") or a
 * country speaking through its government may be the same speaker, so neither is a conflict.
 */
function speakersDiffer(a: EventCandidate, b: EventCandidate): boolean {
  if (!a.speaker || !b.speaker || !a.speakerIsPerson || !b.speakerIsPerson) return false;
  return !sameEntity(`x:${a.speaker}`, `x:${b.speaker}`);
}

function dayOf(time: string | undefined): string | undefined {
  return time && /^\d{4}-\d{2}-\d{2}$/.test(time) ? time : undefined;
}

/** The parser id of a clause's own claim (src/core/extract/eventClauses.ts), whose values are its clause's figures. */
export const EVENT_CLAUSE = 'event.clause';

/** Facts the event layer compares: an event's statements without a figure, and clauses' own claims. */
function isEventCandidate(fact: Fact): boolean {
  return !!fact.event && (fact.values.length === 0 || fact.parser === EVENT_CLAUSE);
}

/** What a candidate reads from its text alone (`textWords`): the same for every fact of one sentence. */
interface TextWords {
  words: readonly string[];
  wordKeys: ReadonlyArray<string | undefined>;
  plainKeys: ReadonlySet<string>;
  quoteKeys: readonly string[];
}

/** The words, content keys and quoted keys of a text (and whether it opens inside a quotation). */
function textWords(text: string, quoteOpen: boolean): TextWords {
  const quoteKeys = new Set<string>();
  const tokens = tokenize(text);
  const words = tokens.map((t) => t.lower);
  const wordKeys = tokens.map((t, i) => (t.capital || words[i]!.length < 3 || isStopWord(words[i]!) || /\d/.test(words[i]!) ? undefined : contentKey(t.text)));
  for (const part of quotedParts(text, quoteOpen)) for (const k of contentKeys(part)) quoteKeys.add(k);
  return { words, wordKeys, plainKeys: new Set(wordKeys.filter((k): k is string => k !== undefined)), quoteKeys: [...quoteKeys] };
}

/**
 * `texts`: `textWords` by text, for one set of candidates, of texts that open outside a quotation
 * and inside one: the facts of one sentence, and the sentences wire copies repeat, share it (its
 * parts are only read, never changed). Two maps by the text itself, not one by a key made of
 * both: a key string built per fact is hashed anew.
 */
export function eventCandidate(fact: Fact, sentenceFigures: ReadonlySet<string>, texts?: readonly [Map<string, TextWords>, Map<string, TextWords>]): EventCandidate | undefined {
  const e = fact.event;
  if (!e || !isEventCandidate(fact)) return undefined;
  const figures = new Set(sentenceFigures);
  for (const v of fact.values) figures.add(`${v.type}\u241f${v.canonical}`);
  const known = texts?.[e.quoteOpen ? 1 : 0];
  let read = known?.get(fact.text);
  if (!read) {
    read = textWords(fact.text, !!e.quoteOpen);
    known?.set(fact.text, read);
  }
  const { words, wordKeys, plainKeys } = read;
  // Its lemmas, then its entities' features, each once (by loops: spreading both into one list
  // for a set made two lists more per candidate).
  const keys = new Set<string>(e.lemmas);
  for (const k of entityFeatures(fact.entities)) keys.add(k);
  return {
    fact,
    keys: [...keys],
    // One list for the facts of one text: key lists' sets and weights are remembered by list.
    quoteKeys: read.quoteKeys,
    actionClass: e.actionClass,
    actors: e.actors,
    others: e.others,
    place: e.place,
    time: e.time,
    negated: !!e.negated,
    mood: e.mood,
    figures,
    objects: e.objects,
    speaker: fact.speakerKey,
    speakerIsPerson: !!fact.speakerKey && fact.entities.some((x) => x.type === 'person' && sameEntity(`p:${x.key}`, `p:${fact.speakerKey}`)),
    words,
    wordKeys,
    plainKeys,
  };
}

/**
 * Numbers for the clauses' keys and quoted keys ("q:" and the key), so that counting them and
 * blocking on them meet numbers, not strings hashed again: a large project's clauses hold
 * hundreds of thousands. Kept on each candidate with the epoch they were given in; past
 * KEY_LIMIT keys the numbering starts again (at the start of a grouping, never within one).
 */
const KEY_NUMBERS = new Map<string, number>();
const KEY_STRINGS: string[] = [];
const KEY_LIMIT = 500_000;
let keyEpoch = 0;
const numbered = new WeakMap<EventCandidate, { epoch: number; keys: Int32Array; quotes: Int32Array }>();

function keyNumber(key: string): number {
  let id = KEY_NUMBERS.get(key);
  if (id === undefined) {
    id = KEY_STRINGS.length;
    KEY_NUMBERS.set(key, id);
    KEY_STRINGS.push(key);
  }
  return id;
}

function keyNumbersOf(c: EventCandidate): { keys: Int32Array; quotes: Int32Array } {
  let known = numbered.get(c);
  if (!known || known.epoch !== keyEpoch) {
    known = { epoch: keyEpoch, keys: Int32Array.from(c.keys, keyNumber), quotes: Int32Array.from(c.quoteKeys, (k) => keyNumber(`q:${k}`)) };
    numbered.set(c, known);
  }
  return known;
}

/** Starts the key numbering again where it has grown past KEY_LIMIT (see `keyNumbersOf`). */
function trimKeyNumbers(): void {
  if (KEY_STRINGS.length <= KEY_LIMIT) return;
  KEY_NUMBERS.clear();
  KEY_STRINGS.length = 0;
  keyEpoch++;
}

/** How rare each key is among the clauses: ln(1 + N / df), keys in the order they first come. */
export function keyWeights(cands: readonly EventCandidate[]): Map<string, number> {
  const lists = cands.map((c) => keyNumbersOf(c).keys);
  const df = new Int32Array(KEY_STRINGS.length);
  const order: number[] = [];
  for (const keys of lists) {
    for (let k = 0; k < keys.length; k++) if (df[keys[k]!]!++ === 0) order.push(keys[k]!);
  }
  const n = cands.length;
  const w = new Map<string, number>();
  for (const id of order) w.set(KEY_STRINGS[id]!, Math.log(1 + n / df[id]!));
  return w;
}

interface Likeness {
  value: number;
  shared: string[];
  rare: number;
}

// Per key list, its set and summed weight in the current context: every candidate is compared
// with many others, and rebuilding them per pair was most of grouping's time.
const setOf = new WeakMap<readonly string[], Set<string>>();
function keySet(keys: readonly string[]): Set<string> {
  let set = setOf.get(keys);
  if (!set) {
    set = new Set(keys);
    setOf.set(keys, set);
  }
  return set;
}

function totalWeight(keys: readonly string[], ctx: EventContext): number {
  let total = ctx.totals.get(keys);
  if (total === undefined) {
    total = 0;
    for (const k of keys) total += ctx.weights.get(k) ?? 1;
    ctx.totals.set(keys, total);
  }
  return total;
}

function likeness(a: readonly string[], b: readonly string[], ctx: EventContext): Likeness {
  // Walk the shorter list against the longer one's set.
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const inLarge = keySet(large);
  let ws = 0;
  const shared: string[] = [];
  let rare = 0;
  for (const k of small) {
    if (!inLarge.has(k)) continue;
    const w = ctx.weights.get(k) ?? 1;
    ws += w;
    shared.push(k);
    if (w > ctx.median) rare++;
  }
  const wa = totalWeight(a, ctx);
  const wb = totalWeight(b, ctx);
  return { value: wa && wb ? ws / Math.sqrt(wa * wb) : 0, shared, rare };
}

export interface EventContext {
  weights: ReadonlyMap<string, number>;
  median: number;
  /** Summed weights of key lists, filled as they are met. */
  totals: WeakMap<readonly string[], number>;
  /** In how many clauses each action class is the main action. */
  actionCounts: ReadonlyMap<string, number>;
}

export function eventContext(cands: readonly EventCandidate[]): EventContext {
  const weights = keyWeights(cands);
  // The median over words that two clauses can share (in two clauses or more): "rare" means
  // rarer than most of those, not merely said once.
  const top = Math.log(1 + cands.length);
  const sorted = [...weights.values()].filter((w) => w < top).sort((x, y) => x - y);
  const actionCounts = new Map<string, number>();
  for (const c of cands) actionCounts.set(c.actionClass, (actionCounts.get(c.actionClass) ?? 0) + 1);
  return { weights, median: sorted[Math.floor(sorted.length / 2)] ?? 1, totals: new WeakMap(), actionCounts };
}

interface WordRun {
  words: string;
  /** Summed weight of its lower-case content words. */
  weight: number;
  content: number;
}

/**
 * The heaviest run of words two sentences share verbatim (at least T.sameWordingTokens long and
 * holding T.sameWordingContent lower-case content words, lower-case in both): a phrase one outlet
 * took from the other, or both from one quote or one wire. Names are left out of the count: a
 * title and a name ("the prime minister of Norland") are shared by every report of the event.
 */
function sharedRun(a: EventCandidate, b: EventCandidate, weights: ReadonlyMap<string, number>): WordRun | undefined {
  const at = new Map<string, number[]>();
  a.words.forEach((w, i) => {
    const list = at.get(w);
    if (list) list.push(i);
    else at.set(w, [i]);
  });
  let best: WordRun | undefined;
  for (let j = 0; j < b.words.length; j++) {
    for (const i of at.get(b.words[j]!) ?? []) {
      // Only from the start of a run: a run's tail is no better than the run.
      if (i > 0 && j > 0 && a.words[i - 1] === b.words[j - 1]) continue;
      let k = 0;
      let weight = 0;
      let content = 0;
      while (i + k < a.words.length && j + k < b.words.length && a.words[i + k] === b.words[j + k]) {
        const key = a.wordKeys[i + k];
        if (key !== undefined && b.wordKeys[j + k] !== undefined) {
          weight += weights.get(key) ?? 1;
          content++;
        }
        k++;
      }
      if (k >= T.sameWordingTokens && content >= T.sameWordingContent && (!best || weight > best.weight)) {
        best = { words: a.words.slice(i, i + k).join(' '), weight, content };
      }
    }
  }
  return best;
}

const isDateFigure = (v: string) => v.startsWith('date\u241f') || v.startsWith('daterange\u241f');
// Figures that place or measure a thing the sentence names ("the largest", "the second day", "a
// magnitude 6.8 quake") rather than give what the report counts: one outlet gives the count of
// countries, another the quake's magnitude, and both tell one report.
const isGradingFigure = (v: string) => v.startsWith('rank\u241f') || v.startsWith('ordinal\u241f') || v.startsWith('quantity\u241f');

/**
 * Figures keep two reports apart where both sentences state sums, counts, shares or durations
 * and share none of them, or both state figures of one type (days too) and none is the same (a
 * year is the same as a day within it, datesNest): two
 * sentences giving other figures report other things. A figure on one side only does not: one
 * outlet gives the sum or the day that another leaves out; nor do ranks, ordinals and measures
 * against figures of other types (isGradingFigure).
 */
function figuresDisagree(a: EventCandidate, b: EventCandidate): boolean {
  const x = figureParts(a.figures);
  const y = figureParts(b.figures);
  if (x.counted.length && y.counted.length && !x.counted.some((v) => b.figures.has(v))) return true;
  if (!x.list.length || !y.list.length) return false;
  let common = false;
  for (let k = 0; k < x.list.length; k++) {
    const v = x.list[k]!;
    if (b.figures.has(v) || (x.dates[k] && y.list.some((w, m) => y.dates[m] && datesNest(v, w)))) return false;
    if (y.types.has(x.typeOf[k]!)) common = true;
  }
  return common;
}

/** What figuresDisagree reads of a sentence's figures, in their order. */
interface FigureParts {
  list: readonly string[];
  /** The figures that are not dates, ranks, ordinals or measures (isDateFigure, isGradingFigure). */
  counted: readonly string[];
  /** Per figure, its type ("money"); and whether it is a day or a year ("date␟…"). */
  typeOf: readonly string[];
  dates: readonly boolean[];
  types: ReadonlySet<string>;
}

// NOTE: read once per sentence's figures, not per pair: a large project judges each clause
// against hundreds, and spreading and filtering the set each time was most of this test's cost.
const partsOf = new WeakMap<ReadonlySet<string>, FigureParts>();
function figureParts(figures: ReadonlySet<string>): FigureParts {
  let parts = partsOf.get(figures);
  if (!parts) {
    const list = [...figures];
    const typeOf = list.map((v) => v.slice(0, v.indexOf('\u241f')));
    parts = {
      list,
      counted: list.filter((v) => !isDateFigure(v) && !isGradingFigure(v)),
      typeOf,
      dates: list.map((v) => v.startsWith('date\u241f')),
      types: new Set(typeOf),
    };
    partsOf.set(figures, parts);
  }
  return parts;
}

/** One date holds the other: the year 2024 holds 29 May 2024, as May 2024 does; a sentence giving the year tells the same time. */
function datesNest(a: string, b: string): boolean {
  const [x, y] = a.length <= b.length ? [a, b] : [b, a];
  return y.startsWith(x) && (y.length === x.length || y[x.length] === '-');
}

/** The verdict on two clauses of different sources, or why there is none. */
export function judgeEvents(a: EventCandidate, b: EventCandidate, ctx: EventContext): EventVerdict | EventRefusal {
  if (a.fact.sourceId === b.fact.sourceId) return { refused: 'both come from one source' };
  const like = likeness(a.keys, b.keys, ctx);
  const evidence = (extra: Record<string, string | number | boolean | string[]>) => ({
    likeness: Math.round(like.value * 100) / 100,
    shared: like.shared.slice(0, 12),
    ...extra,
  });

  // Quotes: the same quoted words.
  if (a.quoteKeys.length && b.quoteKeys.length) {
    const q = likeness(a.quoteKeys, b.quoteKeys, ctx);
    // A short quoted phrase that the other source quotes inside a longer quotation ("“tremendous
    // progress”" within "“we have made tremendous progress on …”") is the same quote.
    const small = Math.min(a.quoteKeys.length, b.quoteKeys.length);
    const contained = small >= T.containedQuoteWords && q.shared.length === small;
    // A short quotation ("the most difficult and highly contested elections") shares fewer words
    // with another telling of it; where those words are most of both, it is the same quote.
    const short = q.shared.length >= T.shortQuoteShared && q.value >= T.shortQuoteLikeness;
    if ((q.shared.length >= T.sameQuoteShared && q.value >= T.sameQuoteLikeness) || contained || short) {
      if (speakersDiffer(a, b)) {
        return { relation: 'conflict', rule: 'event.different-speaker', evidence: evidence({ quoted: q.shared.slice(0, 12), speakers: [a.fact.speaker ?? '', b.fact.speaker ?? ''] }) };
      }
      return { relation: 'corroborated', rule: 'event.same-quote', evidence: evidence({ quoted: q.shared.slice(0, 12), quoteLikeness: Math.round(q.value * 100) / 100 }) };
    }
  }
  // Statements: the same words given to two different speakers.
  if (speakersDiffer(a, b) && like.shared.length >= T.speakerConflictShared && like.value >= T.speakerConflictLikeness) {
    return { relation: 'conflict', rule: 'event.different-speaker', evidence: evidence({ speakers: [a.fact.speaker ?? '', b.fact.speaker ?? ''] }) };
  }
  if (a.negated !== b.negated) return { refused: 'one says it happened, the other that it did not', hard: true };
  if (!actorsAgree(a, b)) return { refused: 'they name different actors', hard: true };
  if (figuresDisagree(a, b)) return { refused: 'their sentences state different figures', hard: true };
  const planA = a.mood === 'plan';
  const planB = b.mood === 'plan';

  // The same action: the main verbs' class, or any action class both clauses name.
  const sharedAction = a.actionClass === b.actionClass && !EMPTY_ACTIONS.has(a.actionClass) ? `act:${a.actionClass}` : like.shared.find((k) => k.startsWith('act:'));
  const sameAction = sharedAction !== undefined;
  const dayA = dayOf(a.time);
  const dayB = dayOf(b.time);
  if (sameAction && planA === planB) {
    const besides = like.shared.filter((k) => k !== sharedAction);
    if (besides.length >= T.conflictShared && like.value >= T.conflictLikeness && a.actors.length && b.actors.length) {
      if (a.place && b.place && !sameEntity(a.place, b.place) && (!dayA || !dayB || dayA === dayB)) {
        return { relation: 'conflict', rule: 'event.different-place', evidence: evidence({ action: sharedAction.slice(4), places: [a.place, b.place] }) };
      }
      if (dayA && dayB && dayA !== dayB && (!a.place || !b.place || sameEntity(a.place, b.place))) {
        return { relation: 'conflict', rule: 'event.different-day', evidence: evidence({ action: sharedAction.slice(4), days: [dayA, dayB] }) };
      }
    }
    if (a.place && b.place && !sameEntity(a.place, b.place)) return { refused: 'they happen at different places', hard: true };
    if (dayA && dayB && dayA !== dayB) return { refused: 'they happen on different days', hard: true };
    // Names alone do not make two acts one: in a story about one election every sentence names
    // the commission and its chair, so a report of the same kind of act must also share words
    // of what was done or said.
    const plain = besides.filter((k) => a.plainKeys.has(k) && b.plainKeys.has(k));
    if (besides.length >= T.sameActionShared && like.value >= T.sameActionLikeness && plain.length >= T.sameActionPlain) {
      return { relation: 'corroborated', rule: 'event.same-action', evidence: evidence({ action: sharedAction.slice(4) }) };
    }
    // An act the whole project reports in these two clauses only, one per source, done to the
    // same thing ("thanked the countries"): two outlets telling the one time it happened, however
    // differently the rest of their sentences run.
    if (a.actionClass === b.actionClass && sharedAction === `act:${a.actionClass}` && ctx.actionCounts.get(a.actionClass) === 2) {
      const objectsB = new Set(b.objects);
      const object = a.objects.find((k) => !k.startsWith('act:') && objectsB.has(k) && a.plainKeys.has(k) && b.plainKeys.has(k));
      if (object) return { relation: 'corroborated', rule: 'event.same-action', evidence: evidence({ action: sharedAction.slice(4), object, onlyTwo: true }) };
    }
  }
  if (a.place && b.place && !sameEntity(a.place, b.place)) return { refused: 'they happen at different places', hard: true };
  if (dayA && dayB && dayA !== dayB) return { refused: 'they happen on different days', hard: true };
  // The same claim is the same words of what is claimed: a person and a country both name are
  // not (see same-action); a list of several countries or bodies in common is (who takes part,
  // who offered). People are left out of that count: the story's leaders are in every report.
  const plainShared = like.shared.filter((k) => a.plainKeys.has(k) && b.plainKeys.has(k)).length;
  const namesShared = like.shared.filter((k) => /^[lo]:/.test(k)).length;
  const saysAlike = plainShared >= T.sameContentPlain || namesShared >= T.sameContentNames;
  if (like.shared.length >= T.sameContentShared && like.value >= T.sameContentLikeness && planA === planB && saysAlike) {
    return { relation: 'corroborated', rule: 'event.same-content', evidence: evidence({}) };
  }
  // Two named speakers who use the same phrase are two people saying alike things: not joined on wording.
  if (like.value >= T.sameWordingLikeness && planA === planB && !speakersDiffer(a, b)) {
    const run = sharedRun(a, b, ctx.weights);
    if (run && run.weight >= T.sameWordingWeight) {
      return { relation: 'corroborated', rule: 'event.same-wording', evidence: evidence({ wording: run.words }) };
    }
  }
  return { refused: `too little in common (likeness ${like.value.toFixed(2)}, ${like.shared.length} shared words)` };
}

interface Edge {
  i: number;
  j: number;
  verdict: EventVerdict;
}

/** Candidate pairs: clauses of different sources sharing a key that is not too common to tell. */
function candidatePairs(cands: readonly EventCandidate[], visit: (i: number, j: number) => void): void {
  // By key number (`keyNumbersOf`), in the order the keys first come, as by the keys themselves.
  const postings = new Map<number, number[]>();
  const post = (key: number, i: number) => {
    const list = postings.get(key);
    if (list) list.push(i);
    else postings.set(key, [i]);
  };
  cands.forEach((c, i) => {
    const { keys, quotes } = keyNumbersOf(c);
    for (let k = 0; k < keys.length; k++) post(keys[k]!, i);
    for (let k = 0; k < quotes.length; k++) post(quotes[k]!, i);
  });
  const cap = Math.max(8, Math.min(T.blockingMax, Math.ceil(cands.length * T.blockingShare)));
  const seen = new Set<number>();
  const n = cands.length;
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > cap) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x]!;
        const j = list[y]!;
        if (cands[i]!.fact.sourceId === cands[j]!.fact.sourceId) continue;
        const key = i * n + j;
        if (seen.has(key)) continue;
        seen.add(key);
        visit(i, j);
      }
    }
  }
}

function describeEvidence(v: EventVerdict): string {
  const e = v.evidence;
  const shared = Array.isArray(e.shared) ? e.shared.filter((k) => !k.startsWith('act:')).map((k) => k.replace(/^[plo]:/, '')).slice(0, 6).join(', ') : '';
  return `${RULES[v.rule].says} [${v.rule}${e.action ? `: ${String(e.action)}` : ''}; shared: ${shared}; likeness ${String(e.likeness)}]`;
}

function tooSpread(members: readonly number[], cands: readonly EventCandidate[]): boolean {
  const per = new Map<string, number>();
  for (const m of members) {
    const s = cands[m]!.fact.sourceId;
    const c = (per.get(s) ?? 0) + 1;
    if (c > T.maxPerSource) return true;
    per.set(s, c);
  }
  return false;
}

/**
 * Clusters grow from the strongest pairs down, and two clusters merge only where most of their
 * cross-source pairs are judged the same (`joined`, all pairs so judged) and none is kept apart:
 * a chain of loosely alike clauses (A like B, B like C, A nothing like C) stays apart, as it
 * would for an analyst. `strict`: more than `share` of the pairs, not as many. `grow`: pairs
 * along which, after `edges`, a cluster may take in single facts by the same test.
 */
function clusterPairs(
  edges: readonly Edge[],
  joinedPairs: ReadonlySet<number>,
  apart: ReadonlySet<number>,
  cands: readonly EventCandidate[],
  share: number = T.mergeShare,
  strict = false,
  grow: readonly Edge[] = [],
): UnionFind {
  const n = cands.length;
  const uf = new UnionFind(n);
  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) members.set(i, [i]);
  // A merge refused stays refused while neither cluster takes in members (it depends on their
  // members alone, and a cluster only grows): the strongest pairs of two large clusters are met
  // many times over, each time for every cross pair. By pair of roots, their sizes when refused.
  const refused = new Map<number, number>();
  const byLikeness = (list: readonly Edge[]) => [...list].sort((x, y) => Number(y.verdict.evidence.likeness) - Number(x.verdict.evidence.likeness));
  const merge = (e: Edge, growing: boolean) => {
    const ra = uf.find(e.i);
    const rb = uf.find(e.j);
    if (ra === rb) return;
    const ma = members.get(ra)!;
    const mb = members.get(rb)!;
    // Growing: a cluster takes in one fact at a time, never another cluster, and only of a source it lacks.
    if (growing && ((ma.length > 1) === (mb.length > 1) || ma.some((x) => mb.some((y) => cands[x]!.fact.sourceId === cands[y]!.fact.sourceId)))) return;
    const key = ra < rb ? ra * n + rb : rb * n + ra;
    const stamp = ra < rb ? ma.length * (n + 1) + mb.length : mb.length * (n + 1) + ma.length;
    if (refused.get(key) === stamp) return;
    let pairs = 0;
    let joined = 0;
    for (const x of ma) {
      for (const y of mb) {
        if (cands[x]!.fact.sourceId === cands[y]!.fact.sourceId) continue;
        pairs++;
        if (joinedPairs.has(x * n + y)) joined++;
        if (apart.has(x * n + y)) joined = -Infinity;
      }
    }
    if (joined < pairs * share || (strict && joined <= pairs * share) || tooSpread([...ma, ...mb], cands)) {
      refused.set(key, stamp);
      return;
    }
    uf.union(ra, rb);
    const root = uf.find(ra);
    members.set(root, [...ma, ...mb]);
    members.delete(root === ra ? rb : ra);
  };
  for (const e of byLikeness(edges)) merge(e, false);
  for (const e of byLikeness(grow)) merge(e, true);
  return uf;
}

/**
 * Every event candidate of the project, each with the figures its words state: the figures
 * whose values lie inside its span (a sentence's, or one clause's of it: a clause is judged on
 * its own figures, not its neighbour's). Grouping and `attache why` build them here alike, so
 * that the explanation of a pair is the verdict grouping reached.
 */
/**
 * Event candidates kept between groupings by fact (null: the fact is none), by whoever holds the
 * facts between changes (core/verify/verifyIndex.ts). A candidate depends on its fact and its
 * source's other facts only, and facts are never changed in place: a source read again brings
 * new fact objects, so a kept candidate is the one `eventCandidates` would build.
 */
export type EventCandidateMemo = WeakMap<Fact, EventCandidate | null>;

export function eventCandidates(facts: readonly Fact[], memo?: EventCandidateMemo): EventCandidate[] {
  const figures = new Map<string, Array<{ at: number; figure: string }>>();
  for (const f of facts) {
    const v = f.values[0];
    if (!v) continue;
    const list = figures.get(f.sourceId) ?? [];
    list.push({ at: v.start, figure: `${v.type}\u241f${v.canonical}` });
    figures.set(f.sourceId, list);
  }
  for (const list of figures.values()) list.sort((x, y) => x.at - y.at);
  const figuresIn = (f: Fact): Set<string> => {
    const list = figures.get(f.sourceId) ?? [];
    const out = new Set<string>();
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]!.at < f.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < list.length && list[i]!.at < f.end; i++) out.add(list[i]!.figure);
    return out;
  };
  const texts: [Map<string, TextWords>, Map<string, TextWords>] = [new Map(), new Map()];
  const candidateOf = (f: Fact): EventCandidate | undefined => {
    // The sentence's figures are looked for only for the facts that are candidates.
    if (!memo) return isEventCandidate(f) ? eventCandidate(f, figuresIn(f), texts) : undefined;
    let known = memo.get(f);
    if (known === undefined) memo.set(f, (known = (isEventCandidate(f) ? eventCandidate(f, figuresIn(f), texts) : undefined) ?? null));
    return known ?? undefined;
  };
  return sortedById(
    facts.map(candidateOf).filter((c): c is EventCandidate => !!c),
    (c) => c.fact.id,
  );
}

/** Groups of event facts: corroborated clusters, and conflicts between clusters about one part. */
export function groupEvents(facts: readonly Fact[], memo?: EventCandidateMemo): Group[] {
  trimKeyNumbers();
  const cands = eventCandidates(facts, memo);
  const ctx = eventContext(cands);
  const same: Edge[] = [];
  const conflicts: Edge[] = [];
  const n = cands.length;
  // Pairs whose parts disagree (or that conflict) never end up in one corroborated group, even
  // through other members.
  const apart = new Set<number>();
  candidatePairs(cands, (i, j) => {
    const v = judgeEvents(cands[i]!, cands[j]!, ctx);
    if ('refused' in v) {
      if (v.hard) apart.add(i * n + j).add(j * n + i);
      return;
    }
    if (v.relation === 'conflict') apart.add(i * n + j).add(j * n + i);
    (v.relation === 'corroborated' ? same : conflicts).push({ i, j, verdict: v });
  });

  // Clusters grow from the strongest pairs down (see clusterPairs).
  const edgeSet = new Set<number>();
  for (const e of same) edgeSet.add(e.i * n + e.j).add(e.j * n + e.i);
  const uf = clusterPairs(same, edgeSet, apart, cands);
  const byRoot = (u: UnionFind) => {
    const m = new Map<number, number[]>();
    for (let i = 0; i < cands.length; i++) {
      const r = u.find(i);
      const list = m.get(r);
      if (list) list.push(i);
      else m.set(r, [i]);
    }
    return m;
  };

  const groups: Group[] = [];
  const clusters = byRoot(uf);
  // Second clusters. One sentence often reports two things ("'These were the hardest polls,'
  // the chair said as she announced the results in Midrand": a quote and an announcement), and
  // a fact stands in one cluster only, so the outlet that told both in one sentence went missing
  // from one of the two groups. The pairs judged the same that the first clustering left
  // between clusters are clustered again, and a fact may stand in one such second cluster
  // besides its own. The test is stricter than the first's (more than half of the cross pairs
  // judged the same, not half, none kept apart): a fact that already stands in a group and is
  // like only one of a pair's two facts meets that fact's other topic, not the pair's. A second
  // cluster then takes in, one by one, facts of first clusters linked to most of its members,
  // from sources it lacks.
  const leftover = same.filter((e) => uf.find(e.i) !== uf.find(e.j));
  const uf2 = clusterPairs(leftover, edgeSet, apart, cands, T.mergeShare, true, same);
  for (const [u, edges] of [[uf, same], [uf2, leftover]] as const) {
    const strongest = new Map<number, Edge>();
    for (const e of edges) {
      const r = u.find(e.i);
      if (u.find(e.j) !== r) continue;
      const best = strongest.get(r);
      if (!best || Number(e.verdict.evidence.likeness) > Number(best.verdict.evidence.likeness)) strongest.set(r, e);
    }
    for (const [root, members] of u === uf ? clusters : byRoot(u)) {
      // NOTE: the edge first: most clusters of a large project are one clause with none.
      const edge = strongest.get(root);
      if (!edge) continue;
      const sources = new Set(members.map((m) => cands[m]!.fact.sourceId));
      if (sources.size < 2) continue;
      const ids = members.map((m) => cands[m]!.fact.id);
      groups.push({
        id: stableId('grp', 'corroborated', ...ids),
        relation: 'corroborated',
        subject: subjectOf(edge),
        factIds: ids,
        reason: `${sources.size} sources: ${describeEvidence(edge.verdict)}`,
        rule: edge.verdict.rule,
        evidence: edge.verdict.evidence,
      });
    }
  }
  // A group whose facts all stand in another group (a second cluster can repeat part of a first) says nothing more.
  // NOTE: a group is looked for only among the groups that hold its first fact (any group that
  // holds all of its facts does), not among all of them: a large project has thousands.
  const sets = groups.map((g) => new Set(g.factIds));
  const holding = new Map<string, number[]>();
  sets.forEach((s, j) => {
    for (const id of s) {
      const list = holding.get(id);
      if (list) list.push(j);
      else holding.set(id, [j]);
    }
  });
  const kept = groups.filter((g, i) => {
    const within = (j: number) => {
      const s = sets[j]!;
      return j !== i && (s.size > g.factIds.length || (s.size === g.factIds.length && j < i)) && g.factIds.every((id) => s.has(id));
    };
    return !(holding.get(g.factIds[0]!) ?? []).some(within);
  });
  groups.length = 0;
  groups.push(...kept);
  const seenPair = new Set<string>();
  for (const e of conflicts) {
    const ra = uf.find(e.i);
    const rb = uf.find(e.j);
    if (ra === rb) continue;
    const key = ra < rb ? `${ra}:${rb}` : `${rb}:${ra}`;
    if (seenPair.has(key)) continue;
    seenPair.add(key);
    const ids = [...clusters.get(ra)!, ...clusters.get(rb)!].map((m) => cands[m]!.fact.id);
    groups.push({
      id: stableId('grp', 'conflict', ...ids),
      relation: 'conflict',
      subject: subjectOf(e),
      factIds: ids,
      reason: describeEvidence(e.verdict),
      rule: e.verdict.rule,
      evidence: e.verdict.evidence,
    });
  }
  return groups;
}

function subjectOf(e: Edge): string {
  const shared = e.verdict.evidence.shared;
  const words = Array.isArray(shared) ? shared.map((k) => k.replace(/^act:/, '').replace(/^[plo]:/, '')).slice(0, 5) : [];
  return words.join(' ');
}
