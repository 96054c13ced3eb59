// Verification across sources: which facts several sources report (corroborated) and where they
// disagree (conflict). Facts are compared on what their value is about (subject features built by
// the extractor from the words around the value) and on the people and bodies the sentence names,
// never on their wording as a whole.
//
// A conflict needs more evidence than a corroboration: showing the analyst a disagreement that is
// not one costs more than missing an agreement. So a conflict needs a closer subject, the same
// time (or none on either side), the same named things, and every pair of values in a conflict
// group must be in conflict on its own (no chains through a third fact).
import type { Fact, FactValue, Group } from '../model';
import { stableId } from '../ids';
import type { SubjectFeatures } from '../about';
import type { SubjectAbout } from '../model';
import { comparable, neighbourBlocks, prepareValue, relatePrepared, RULES as VALUE_RULES, startsAgree, valueBlocks, valueKey, type PreparedValue, type Relation } from './values';
import { foldText } from '../entities/fold';
import { countryOfNationality, knownPlace, PERSON_TITLES } from '../entities/lexicon';

export { comparable, relate, sameValue, type Relation } from './values';
export { renamedFacts } from './renamedFacts';
import { EVENT_CLAUSE, groupEvents, type EventCandidateMemo } from './eventGroups';
import { UnionFind } from './unionFind';
import { sortedById } from './sortById';
import { FIGURE_THRESHOLDS } from './rules';
import { lemma } from '../lang/en/lemma';
import { THING_SYNONYMS } from '../lang/en/actions';
import { DIFFERENT_TIMES, differentTimesNote } from './timesNote';
import { entitiesMatch } from '../entities/match';
import { lowerBound, upperBound } from '../sortedSearch';

interface Candidate {
  fact: Fact;
  value: FactValue | undefined;
  time: FactValue | undefined;
  features: Subject;
  /** Folded keys of the people and organisations the sentence names. */
  named: Set<string>;
  /** Folded keys of the places the sentence names. */
  places: Set<string>;
  /** The fact's `sentenceKey`. */
  sentence: string;
  /** Every figure of the fact's sentence, by `sentenceValueKey`. */
  sentenceValues: ReadonlySet<string>;
  /** Its own value by `sentenceValueKey` ('' for none), looked up in the other's `sentenceValues`. */
  ownKey: string;
  /** Names of things in the subject ("comprehensive strategic partnership"), without people or places. */
  things: Set<string>;
  /** A date that is the time of another figure in its sentence ("in 2024" of the trade figure). */
  timeOfFigure: boolean;
  /** A duration that measures an event ("a two-day visit"), not time elapsed until the writing. */
  eventLength: boolean;
  /** Level, change or former level (`aspectOf`). */
  aspect: number;
  /** A part of a breakdown by place (`partByPlace`). */
  part: boolean;
  /** Its sentence states another figure of its class with its head (`RULE_IDS.listedFigures`); set by `markListed`. */
  listed: boolean;
  /** It is its source's only figure for its counted thing (one value for it): set by `sourceCandidates`. */
  soleHead: boolean;
  /** Its place among the candidates a kept index holds (figureIndex.ts); -1 until it holds it. */
  at: number;
  /** Its value is specific enough to be matched by sharing a sentence (`telling`); false without a value. */
  telling: boolean;
  /** What `joinCompanions` matches it on: kind and exact value. */
  companionKey: string;
  // Read once here rather than per pair: a large project compares each fact with thousands.
  /** `value` and `time` as `relatePrepared` takes them. */
  prepared: PreparedValue | undefined;
  preparedTime: PreparedValue | undefined;
  /** The subject's words as ascending word numbers (see `WordNumbers`). */
  tokenIds: Int32Array;
  /** The heads candidatePairs meets on: `heads` only. */
  blockHeadIds: Int32Array;
  dayPrecise: boolean;
  /** The counted thing with paraphrases folded, for RULE_IDS.sameHead; undefined where generic or none. */
  headKey: string | undefined;
  /**
   * Every head subjectSimilarity uses is one candidatePairs meets on, so that a pair alike
   * enough for a conflict always meets on a head or a rare word.
   */
  wordsMeet: boolean;
}

/**
 * What grouping reads of what a fact is about (`Fact.about`), as the fact stores it: lists, not
 * the sets and map `featuresOf` builds (every candidate of a large project would hold its own,
 * only to be read through once). The same words in the same order as `featuresOf` gives them.
 */
interface Subject {
  tokens: readonly string[];
  head?: string;
  heads?: readonly string[];
  /** Preposition and place, in `featuresOf`'s order (Object.entries of the stored slots). */
  slots: ReadonlyArray<readonly [string, string]>;
  names: readonly string[];
  owner?: string;
  acronyms?: readonly string[];
  measured?: string;
}

const NO_SUBJECT: SubjectAbout = { tokens: [], words: [] };

function subjectOf(stored: SubjectAbout | undefined): Subject {
  const a = stored ?? NO_SUBJECT;
  return { tokens: a.tokens, head: a.head, heads: a.heads, slots: a.slots ? Object.entries(a.slots) : [], names: a.names ?? [], owner: a.owner, acronyms: a.acronyms, measured: a.measured };
}

function subjectOfFeatures(f: SubjectFeatures): Subject {
  return { tokens: [...f.tokens], head: f.head, heads: f.heads, slots: [...f.slots], names: [...f.names], owner: f.owner, acronyms: f.acronyms && [...f.acronyms], measured: f.measured };
}

// NOTE: by a plain loop, not Int32Array.from(items, of): `from` with a function goes by the
// iterator protocol, through a temporary list, for each of the twenty-odd arrays per candidate.
/** A typed array of `of` of each item, in order. */
function int32Of<T>(items: readonly T[], of: (item: T, i: number) => number): Int32Array {
  const out = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) out[i] = of(items[i]!, i);
  return out;
}

function uint8Of<T>(items: readonly T[], of: (item: T, i: number) => number): Uint8Array {
  const out = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) out[i] = of(items[i]!, i);
  return out;
}

/**
 * Sets of strings, one per candidate, numbered by their content, with whether two overlap
 * remembered per pair of numbers: conflict checks ask it for millions of pairs of few sets.
 */
class SetOverlaps {
  private readonly ids: Int32Array;
  private readonly sets: Array<ReadonlySet<string>> = [];
  private readonly memo = new Map<number, boolean>();
  /** Each a set, or a list of distinct strings (made a set for the first of each content only). */
  constructor(sets: ReadonlyArray<ReadonlySet<string> | readonly string[] | undefined>) {
    const number = numbering();
    this.ids = int32Of(sets, (set) => {
      if (!set || ('size' in set ? set.size : set.length) === 0) return -1;
      const id = number([...set].sort().join('\u241f'));
      if (id === this.sets.length) this.sets.push('size' in set ? set : new Set(set));
      return id;
    });
  }
  /** The number of candidate i's set (-1 for an empty one): equal numbers, equal sets. */
  id(i: number): number {
    return this.ids[i]!;
  }
  /** -1 where either set is empty, 1 where they share a member, 0 where they share none. */
  overlap(i: number, j: number): number {
    const x = this.ids[i]!;
    const y = this.ids[j]!;
    if (x < 0 || y < 0) return -1;
    if (x === y) return 1;
    const key = x < y ? x * this.sets.length + y : y * this.sets.length + x;
    let known = this.memo.get(key);
    if (known === undefined) {
      known = overlaps(this.sets[x]!, this.sets[y]!);
      this.memo.set(key, known);
    }
    return known ? 1 : 0;
  }
}

/** Numbers for the subject words of one grouping run, so that sets of words compare as sorted arrays. */
class WordNumbers {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  word(id: number): string {
    return this.words[id]!;
  }
  get count(): number {
    return this.words.length;
  }
  /** `set`: the words stand for a set (a stored list that repeats one counts it once). */
  of(words: ReadonlySet<string> | readonly string[], set = false): Int32Array {
    // NOTE: into a typed array of the right size, not through a list and Int32Array.from (which
    // goes by the iterator protocol): twice per candidate.
    const out = new Int32Array('size' in words ? words.size : words.length);
    let k = 0;
    for (const w of words) {
      let id = this.ids.get(w);
      if (id === undefined) {
        id = this.words.length;
        this.ids.set(w, id);
        this.words.push(w);
      }
      out[k++] = id;
    }
    out.sort();
    if (!set) return out;
    let unique = 0;
    for (let x = 0; x < out.length; x++) if (x === 0 || out[x] !== out[x - 1]) out[unique++] = out[x]!;
    return unique === out.length ? out : out.slice(0, unique);
  }
}

/**
 * The conflict and corroboration rules of this file that the value rules (values.ts `RULES`,
 * with their thresholds) do not hold, by the id a group's reason names them with.
 */
export const RULE_IDS = {
  /** Two hedged or rounded figures that cannot both hold ("nearly 718 million", "over 780 million"); those that can are no conflict (values.ts). */
  hedgeInterval: 'conflict.hedge-interval',
  /** Figures that differ only below the precision either states, in any language ("46 tỷ" and "46,4 tỷ") corroborate (values.ts). */
  statedPrecision: 'same.stated-precision',
  /** A change ("gained three seats", "a loss of 71"), the level it changed from ("from 230"), the whole of a part ("12 of the 27") and a figure to reach ("short of the 60 it needed") are compared only with their own kind, never with a level. */
  changeNotLevel: 'conflict.change-not-level',
  /** Figures whose clauses name different owners ("The Greens … 12 seats", "Labour … 40 seats"), or whose sentences name acronyms and share none, measure different things. */
  differentOwner: 'conflict.different-owner',
  /** One of a list of figures of one kind ("12 seats …, 40 seats …"): it conflicts only with a figure of the same named owner. */
  listedFigures: 'conflict.listed-figures',
  /** A figure of a breakdown by place ("310 in Kandar, 52 in Selvi") is a part: it conflicts only with a part of the same place. */
  partByPlace: 'conflict.part-by-place',
  /** The same specific counted thing ("objections", "memorandums"/"MoUs", a quake's magnitude), each source's only figure for it, in two sources that tell one story: the same value corroborates, values that cannot both hold conflict. */
  sameHead: 'conflict.same-head',
  /** The same figure for the same counted thing, in sentences of one story naming the same person or body ("the DA … 87 seats" / "the DA … rising from 84 to 87"): one report, however many figures for the thing each source gives. */
  sameNamedThing: 'figure.same-named-thing',
  /** A conflict's figures as of different days (or one as of a day, another with none): the conflict stands, its reason says when each is from (timesNote.ts). */
  differentTimes: DIFFERENT_TIMES,
} as const;

// Words right before a figure that make it a change, not a level: "gained three", "a loss of 71", "up 5%".
const CHANGE_BEFORE =
  /(?:\b(?:gain(?:ed|s|ing)?|lost|los(?:e|es|ing)|dropp(?:ed|ing)|drops?|add(?:ed|s|ing)|shed(?:s|ding)?|(?:rose|risen|rise|rising|fell|fallen|fall(?:s|ing)?|grew|grown|increased|decreased|declined|jumped|climbed|slipped)\s+by|up|down)|\b(?:net\s+)?(?:loss|gain|drop|rise|increase|decrease|decline|fall|jump|reduction|cut|swing)\s+of)\s+(?:(?:some|about|nearly|almost|just|only|another|a\s+further|more\s+than|over)\s+)?$/i;
const FROM_BEFORE = /\bfrom\s+(?:(?:some|about|nearly|almost|just|more\s+than|over)\s+)?$/i;
// A change told around "from N": "down to 159 from 230", "rising from 84 to 87".
const CHANGE_WORD = /\b(?:up|down|rose|risen|rising|fell|fallen|falling|grew|growing|increas\w*|decreas\w*|declin\w*|dropp\w*|climb\w*|jump\w*|slipp\w*|gain\w*|los[st]\w*)\b/i;
const ASPECT_LEVEL = 0;
const ASPECT_CHANGE = 1;
const ASPECT_FORMER = 2;
const ASPECT_WHOLE = 3;
const ASPECT_THRESHOLD = 4;
// "fell short of the 200 seats it needed", "requires 60 votes": a figure to reach, not one reached.
const THRESHOLD_BEFORE = /\b(?:short\s+of|needs?|needed|requires?|required|target\s+of|threshold\s+of)\s+(?:(?:the|a|an)\s+)?$/i;
const THRESHOLD_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}(?:(?:it|they|he|she|we|you)\s+)?(?:needed|needs|required|requires|necessary)\b/iu;
// "159 of the 400 seats", "12 out of 27": the second figure is the whole the first is part of.
const WHOLE_BEFORE = /\d[\d,.]*\s+(?:\p{L}+\s+)?(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?$/iu;

/** Whether a figure states a level, a change, or the level a change started from (`RULE_IDS.changeNotLevel`). */
function aspectOf(fact: Fact, value: FactValue | undefined): number {
  if (!value || value.type === 'date' || value.type === 'daterange' || value.type === 'duration' || value.type === 'rank' || value.type === 'ordinal') return ASPECT_LEVEL;
  const at = value.start - fact.start;
  const before = fact.text.slice(Math.max(0, at - 48), at);
  if (CHANGE_BEFORE.test(before)) return ASPECT_CHANGE;
  if (WHOLE_BEFORE.test(before)) return ASPECT_WHOLE;
  if (THRESHOLD_BEFORE.test(before) || THRESHOLD_AFTER.test(fact.text.slice(value.end - fact.start, value.end - fact.start + 40))) return ASPECT_THRESHOLD;
  if (FROM_BEFORE.test(before)) {
    const after = fact.text.slice(value.end - fact.start, value.end - fact.start + 24);
    if (TO_AFTER.test(after) || CHANGE_WORD.test(before.slice(0, -5))) return ASPECT_FORMER;
  }
  return ASPECT_LEVEL;
}

// NOTE: module constants, not literals in the functions: esbuild (tsx, the bundles) turns a
// literal with \p{…} into `new RegExp(…)`, built again at every call.
// "rising from 84 to 87": the change's end after its start.
const TO_AFTER = /^\s*(?:\p{L}+\s+)?to\b/u;
// "452 in Selvi": a figure followed by "in" and a name.
const IN_PLACE_AFTER = /^\s+(?:\p{Ll}+\s+)?in\s+\p{Lu}/u;
// "a two-day visit", "a 3-week tour": a length told as a modifier.
const HYPHENED_LENGTH = /\p{L}-\p{L}|\d-\p{L}/u;

// "1,293 deaths in Kandar, 452 in Selvi": figures each followed by "in" and a name.
const PART_BY_PLACE = /\d[\d,.]*\s+(?:\p{Ll}+\s+)?in\s+\p{Lu}/gu;

/** A figure of a sentence that breaks a total down by place (`RULE_IDS.partByPlace`). */
function partByPlace(fact: Fact, value: FactValue | undefined): boolean {
  if (!value || !/\d/.test(value.surface)) return false;
  const own = IN_PLACE_AFTER.test(fact.text.slice(value.end - fact.start, value.end - fact.start + 40));
  return own && (fact.text.match(PART_BY_PLACE)?.length ?? 0) >= 2;
}

const GROUPED_KINDS = new Set(['money', 'percent', 'count', 'quantity', 'date', 'daterange', 'duration', 'rank', 'ordinal', 'agreement', 'claim']);

// Every threshold is in ./rules.ts (FIGURE_THRESHOLDS), with why it is where it is.
const {
  corroborateAt: CORROBORATE_AT,
  conflictAt: CONFLICT_AT,
  specificSumAt: SPECIFIC_SUM_AT,
  specificSumShared: SPECIFIC_SUM_SHARED,
  sameDayAt: SAME_DAY_AT,
  sameDayNamed: SAME_DAY_NAMED,
  dateConflictAt: DATE_CONFLICT_AT,
  dateConflictDice: DATE_CONFLICT_DICE,
  statementAt: STATEMENT_AT,
  sameSpeakerStatementAt: SAME_SPEAKER_STATEMENT_AT,
} = FIGURE_THRESHOLDS;

/** Money whose amount has two significant figures or more: "450 million", not "10 million". */
function specificSum(v: FactValue): boolean {
  if (v.type !== 'money') return false;
  const digits = (v.canonical.split(' ')[0] ?? '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return digits.length >= 2;
}

function candidateOf(fact: Fact, sentence: string, figureTimes: ReadonlySet<string>, numbers: WordNumbers, sentenceValues: ReadonlyMap<string, ReadonlySet<string>>): Candidate | undefined {
  if (!GROUPED_KINDS.has(fact.kind)) return undefined;
  const value = fact.values[0];
  if (!value && fact.kind !== 'agreement' && fact.kind !== 'claim') return undefined;
  // A statement read as an event is compared on its parts, by ./events.ts.
  if ((!value && fact.event) || fact.parser === EVENT_CLAUSE) return undefined;
  // The day a figure was reported is no part of what it counts (see timesNote.ts).
  const time = fact.values.slice(1).find((v) => (v.type === 'date' || v.type === 'daterange') && !v.reported);
  const features = subjectOf(fact.about);
  const counted = countedThing(features);
  const named = new Set(fact.entities.filter((e) => e.type !== 'place').map((e) => `${e.type}:${e.key}`));
  return {
    fact,
    value,
    time,
    features,
    named,
    places: new Set(fact.entities.filter((e) => e.type === 'place').map((e) => e.key)),
    sentence,
    sentenceValues: sentenceValues.get(sentence) ?? new Set(),
    ownKey: value ? sentenceValueKey(value) : '',
    things: thingNames(features, fact),
    timeOfFigure: !!value && (value.type === 'date' || value.type === 'daterange') && figureTimes.has(`${fact.sourceId}\u241f${value.start}`),
    aspect: aspectOf(fact, value),
    part: partByPlace(fact, value),
    listed: false,
    soleHead: false,
    at: -1,
    telling: !!value && telling(value),
    companionKey: value ? `${fact.kind}\u241f${valueKey(value)}` : '',
    eventLength: !!value && value.type === 'duration' && HYPHENED_LENGTH.test(value.surface) && !/s$/i.test(value.surface),
    prepared: value && prepareValue(value),
    preparedTime: time && prepareValue(time),
    tokenIds: numbers.of(features.tokens, true),
    blockHeadIds: numbers.of(features.heads ?? []),
    wordsMeet: features.heads !== undefined || features.head === undefined,
    dayPrecise: !!value && dayPrecise(value),
    // A quantity's unit is what it measures ("magnitude 7", "6.8-magnitude"); else the counted noun.
    // A scale's unit is what it measures ("magnitude 7", "6.8-magnitude"); a measure's unit with
    // its noun ("15 tonnes of relief supplies"); else the counted noun.
    headKey: !value || value.type === 'date' || value.type === 'daterange' || yearLike(value) ? undefined
      : value.unit && SCALE_UNITS.has(value.unit.toLowerCase()) ? `${comparable(value)}\u241f${value.unit.toLowerCase()}`
      : counted ? `${comparable(value)}\u241f${value.unit ?? ''}\u241f${headKey(counted)}` : undefined,
  };
}

/** Sets of numbers, one per candidate, packed in one array by candidate index, each ascending. */
class PackedSets {
  private constructor(
    private readonly start: Int32Array,
    private readonly items: Int32Array,
  ) {}

  static of(sets: ReadonlyArray<ArrayLike<number>>): PackedSets {
    const start = new Int32Array(sets.length + 1);
    sets.forEach((set, i) => (start[i + 1] = start[i]! + set.length));
    const items = new Int32Array(start[sets.length]!);
    // Copied in, then sorted where they lie (no sorted copy of each set on the way).
    sets.forEach((set, i) => {
      items.set(set, start[i]!);
      items.subarray(start[i]!, start[i + 1]!).sort();
    });
    return new PackedSets(start, items);
  }

  /**
   * Sets of strings, each string numbered by `number` in its set's order: as
   * `PackedSets.of(sets.map((s) => [...s].map(number)))`, without two lists per set on the way.
   */
  static numbered(sets: ReadonlyArray<ReadonlySet<string>>, number: (s: string) => number): PackedSets {
    const start = new Int32Array(sets.length + 1);
    for (let i = 0; i < sets.length; i++) start[i + 1] = start[i]! + sets[i]!.size;
    const items = new Int32Array(start[sets.length]!);
    for (let i = 0; i < sets.length; i++) {
      let k = start[i]!;
      for (const x of sets[i]!) items[k++] = number(x);
      items.subarray(start[i]!, k).sort();
    }
    return new PackedSets(start, items);
  }

  size(i: number): number {
    return this.start[i + 1]! - this.start[i]!;
  }

  /** How many numbers the sets of i and j share. */
  shared(i: number, j: number): number {
    const items = this.items;
    let x = this.start[i]!;
    const xEnd = this.start[i + 1]!;
    let y = this.start[j]!;
    const yEnd = this.start[j + 1]!;
    let shared = 0;
    while (x < xEnd && y < yEnd) {
      const a = items[x]!;
      const b = items[y]!;
      if (a === b) {
        shared++;
        x++;
        y++;
      } else if (a < b) x++;
      else y++;
    }
    return shared;
  }

  /** Appends the set of i to `out`, its size first (equal runs, equal sets). */
  appendTo(i: number, out: number[]): void {
    out.push(this.size(i));
    for (let k = this.start[i]!; k < this.start[i + 1]!; k++) out.push(this.items[k]!);
  }

  /** Whether the set of i holds x. */
  has(i: number, x: number): boolean {
    const items = this.items;
    const end = this.start[i + 1]!;
    for (let k = this.start[i]!; k < end; k++) if (items[k] === x) return true;
    return false;
  }

  /** Shared numbers over the smaller set; 0 when either is empty. Of the people and bodies named: how far two sentences name the same. */
  overSmaller(i: number, j: number): number {
    const small = Math.min(this.size(i), this.size(j));
    return small === 0 ? 0 : this.shared(i, j) / small;
  }
}

/** Numbers for lists of numbers: equal lists, one number (hashed, then compared). */
function listNumbering(): (list: readonly number[]) => number {
  // NOTE: each bucket holds its lists and their numbers side by side, compared by a plain loop:
  // a large project numbers a hundred thousand lists, most of them repeats.
  const buckets = new Map<number, Array<readonly number[] | number>>();
  let count = 0;
  return (list) => {
    let h = list.length;
    for (let k = 0; k < list.length; k++) h = Math.imul(h ^ list[k]!, 0x9e3779b1) ^ (h >>> 15);
    const bucket = buckets.get(h);
    if (bucket) {
      for (let b = 0; b < bucket.length; b += 2) {
        const known = bucket[b] as readonly number[];
        if (known.length !== list.length) continue;
        let k = 0;
        while (k < list.length && known[k] === list[k]) k++;
        if (k === list.length) return bucket[b + 1] as number;
      }
      bucket.push(list, count);
    } else buckets.set(h, [list, count]);
    return count++;
  };
}

/** Numbers for the strings of one grouping run. */
function numbering(): (s: string) => number {
  const ids = new Map<string, number>();
  return (s) => {
    let id = ids.get(s);
    if (id === undefined) ids.set(s, (id = ids.size));
    return id;
  };
}

/**
 * The subjects of all candidates packed into flat arrays by candidate index (words, heads, and
 * place slots as numbers): the pair loops read them for millions of pairs, and one object per
 * fact scattered over the heap made most of that time cache misses.
 */
class Subjects {
  private readonly tokens: PackedSets;
  private readonly headStart: Int32Array;
  private readonly heads: Int32Array;
  private readonly slotStart: Int32Array;
  /** Preposition and place numbers, in pairs; an empty place is -1 (on the second subject's side it differs from nothing). */
  private readonly slots: Int32Array;
  /**
   * Each subject's number among the distinct subjects (same words, heads and places), and their
   * similarities remembered by pair (NaN: not yet known). Many sources copy one report, so a
   * project has far fewer distinct subjects than facts.
   */
  private readonly distinctOf: Int32Array;
  private readonly distinctCount: number;
  private readonly memo: Float64Array | undefined;
  // NOTE: more distinct subjects than this (8 MB of pairs) are compared every time.
  private static readonly MAX_MEMO = 1024;

  /** `numbered`: the candidates' subject words and heads as `numbers` numbers them, where already known. */
  constructor(subjects: readonly Subject[], numbers: WordNumbers, numbered?: ReadonlyArray<Pick<Candidate, 'tokenIds' | 'blockHeadIds'>>) {
    const n = subjects.length;
    const tokenIds = numbered ? numbered.map((c) => c.tokenIds) : subjects.map((f) => numbers.of(f.tokens, true));
    this.tokens = PackedSets.of(tokenIds);
    // The heads a subject is compared on: `heads` (the candidate's block heads), else the one head.
    const headIds = subjects.map((f, i) => (numbered && f.heads ? numbered[i]!.blockHeadIds : numbers.of(f.heads ?? (f.head ? [f.head] : []))));
    this.headStart = new Int32Array(n + 1);
    this.slotStart = new Int32Array(n + 1);
    subjects.forEach((f, i) => {
      this.headStart[i + 1] = this.headStart[i]! + headIds[i]!.length;
      this.slotStart[i + 1] = this.slotStart[i]! + 2 * f.slots.length;
    });
    this.heads = new Int32Array(this.headStart[n]!);
    this.slots = new Int32Array(this.slotStart[n]!);
    const slotNumber = numbering();
    const slotWord = (w: string) => (w === '' ? -1 : slotNumber(w));
    subjects.forEach((f, i) => {
      this.heads.set(headIds[i]!, this.headStart[i]!);
      let k = this.slotStart[i]!;
      for (const [prep, place] of f.slots) {
        this.slots[k++] = slotWord(prep);
        this.slots[k++] = slotWord(place);
      }
    });
    // Words, heads and places as one list of numbers, each part after its length: numbered as
    // they come, as a string of the three joined was, without making the string.
    const subjectNumber = listNumbering();
    this.distinctOf = int32Of(subjects, (_, i) => {
      const list: number[] = [tokenIds[i]!.length];
      for (const t of tokenIds[i]!) list.push(t);
      list.push(headIds[i]!.length);
      for (const h of headIds[i]!) list.push(h);
      for (let k = this.slotStart[i]!; k < this.slotStart[i + 1]!; k++) list.push(this.slots[k]!);
      return subjectNumber(list);
    });
    let count = 0;
    for (const d of this.distinctOf) count = Math.max(count, d + 1);
    this.distinctCount = count;
    if (this.distinctCount <= Subjects.MAX_MEMO) this.memo = new Float64Array(this.distinctCount * this.distinctCount).fill(NaN);
  }

  size(i: number): number {
    return this.tokens.size(i);
  }

  /** The candidate's number among the distinct subjects: equal numbers, equal subjects. */
  distinct(i: number): number {
    return this.distinctOf[i]!;
  }

  /** How many subject words two candidates share. */
  shared(i: number, j: number): number {
    return this.tokens.shared(i, j);
  }

  /** How alike two subjects are, 0…1: see `subjectSimilarity`. */
  similarity(i: number, j: number): number {
    if (!this.memo) return this.measure(i, j);
    const k = this.distinctOf[i]! * this.distinctCount + this.distinctOf[j]!;
    let known = this.memo[k]!;
    if (Number.isNaN(known)) this.memo[k] = known = this.measure(i, j);
    return known;
  }

  private measure(i: number, j: number): number {
    const heads = this.heads;
    const hA = this.headStart[i]!;
    const hAEnd = this.headStart[i + 1]!;
    const hB = this.headStart[j]!;
    const hBEnd = this.headStart[j + 1]!;
    let sameHead = false;
    for (let x = hA; x < hAEnd && !sameHead; x++) for (let y = hB; y < hBEnd; y++) if (heads[x] === heads[y]) sameHead = true;
    if (hAEnd > hA && hBEnd > hB && !sameHead) return 0;
    const slots = this.slots;
    const sBStart = this.slotStart[j]!;
    const sBEnd = this.slotStart[j + 1]!;
    if (sBEnd > sBStart) {
      for (let x = this.slotStart[i]!; x < this.slotStart[i + 1]!; x += 2) {
        for (let y = sBStart; y < sBEnd; y += 2) {
          if (slots[y] !== slots[x]) continue;
          const other = slots[y + 1]!;
          if (other !== -1 && other !== slots[x + 1]) return 0;
        }
      }
    }
    const sizeA = this.size(i);
    const sizeB = this.size(j);
    const smallSize = sizeA <= sizeB ? sizeA : sizeB;
    const largeSize = sizeA <= sizeB ? sizeB : sizeA;
    if (smallSize === 0) return sameHead ? 0.6 : 0;
    let score = this.shared(i, j) / smallSize;
    // One shared word in one-word subjects is weak evidence.
    if (smallSize === 1 && largeSize > 2) score *= 0.75;
    if (sameHead) score = Math.min(1, score + 0.25);
    return score;
  }

  /** Dice coefficient of the subject words: unlike `subjectSimilarity`, extra words on either side count against. */
  dice(i: number, j: number): number {
    const total = this.size(i) + this.size(j);
    if (total === 0) return 0;
    return (2 * this.shared(i, j)) / total;
  }
}

/**
 * How alike two subjects are, 0…1: shared content words over the smaller side, with the head noun
 * and places weighed in; 0 when both have heads and share none, or name different places after
 * one preposition ("in Japan", "in Korea").
 */
export function subjectSimilarity(a: SubjectFeatures, b: SubjectFeatures): number {
  return new Subjects([subjectOfFeatures(a), subjectOfFeatures(b)], new WordNumbers()).similarity(0, 1);
}

const TITLE_STARTS = new Set(PERSON_TITLES.map((t) => t.split(/\s+/)[0]!));

function isPlaceWord(word: string): boolean {
  return word.split('-').every((part) => !!knownPlace(part) || !!countryOfNationality(part));
}

/**
 * The named things of a subject: capitalised phrases that are neither a person (with or without
 * a title) nor a place, with leading place words dropped ("Japan Comprehensive Strategic
 * Partnership" → "comprehensive strategic partnership").
 */
function thingNames(features: Subject, fact: Fact): Set<string> {
  const personWords = new Set(fact.entities.filter((e) => e.type === 'person').flatMap((e) => foldText(e.name).split(/\s+/)));
  const things = new Set<string>();
  for (const name of features.names) {
    const words = name.split(/\s+/);
    while (words.length && isPlaceWord(words[0]!)) words.shift();
    if (words.length < 2 || TITLE_STARTS.has(words[0]!) || words.some((w) => personWords.has(w))) continue;
    things.add(words.join(' '));
  }
  return things;
}

/** Two subjects that each name a thing ("Strategic Partnership") must name the same thing to conflict. */
function namesCompatible(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return true;
  for (const x of a) for (const y of b) if (x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `)) return true;
  return false;
}

/** A day-precise date or range: sharing one, with the same people, is good evidence of one event. */
function dayPrecise(v: FactValue): boolean {
  return (v.type === 'date' || v.type === 'daterange') && /\d{2}-\d{2}(?:\/|$)/.test(v.canonical);
}

/**
 * How the values of a set relate, pair by pair, remembered: a project states a few thousand
 * distinct values and compares them millions of times. Both orders are kept apart, since
 * `relate` on numbers measures its tolerance on its first value.
 */
class RelationMemo {
  // NOTE: a set too large for a table of its pairs (MAX_TABLE² bytes) is compared every time.
  private static readonly MAX_TABLE = 3000;
  private readonly table: Int8Array | undefined;
  constructor(private readonly values: readonly PreparedValue[]) {
    if (values.length <= RelationMemo.MAX_TABLE) this.table = new Int8Array(values.length * values.length);
  }
  get size(): number {
    return this.values.length;
  }
  value(x: number): PreparedValue {
    return this.values[x]!;
  }
  relate(x: number, y: number): Relation {
    if (!this.table) return relatePrepared(this.values[x]!, this.values[y]!);
    const k = x * this.values.length + y;
    const known = this.table[k]!;
    if (known) return RELATIONS[known - 1]!;
    const relation = relatePrepared(this.values[x]!, this.values[y]!);
    this.table[k] = RELATIONS.indexOf(relation) + 1;
    return relation;
  }
}

const RELATIONS: readonly Relation[] = ['same', 'different', 'compatible', 'incomparable'];

/** Distinct prepared values, numbered: one number per value `prepareValue` would read alike. */
class DistinctValues {
  readonly values: PreparedValue[] = [];
  private readonly ids = new Map<string, number>();
  idOf(value: FactValue, prepared: PreparedValue): number {
    // What prepareValue reads: the type, the canonical form and (numbers) the surface's step and hedged range.
    const key = `${value.type}\u241f${prepared.kind}\u241f${value.canonical}\u241f${prepared.halfStep}\u241f${prepared.low}\u241f${prepared.high}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(key, id);
      this.values.push(prepared);
    }
    return id;
  }
}

/**
 * Two statements without a value are one report only on their words: at least two content words
 * shared (one shared word in two short subjects is chance), and, where both sentences name people
 * or bodies, one of them in common (two speakers saying alike things are two statements).
 */
function sameStatement(i: number, j: number, pairing: Pairing): boolean {
  const a = pairing.cands[i]!;
  const b = pairing.cands[j]!;
  const similarity = pairing.subjects.similarity(i, j);
  const shared = pairing.subjects.shared(i, j);
  // One speaker saying three of the same content words ("send", "envoy", "Naypyitaw") in two
  // reports is one statement, however each report frames the rest of the sentence.
  const sameSpeaker = !!a.fact.speaker && !!b.fact.speaker && foldText(a.fact.speaker) === foldText(b.fact.speaker);
  if (!(similarity >= STATEMENT_AT || (sameSpeaker && similarity >= SAME_SPEAKER_STATEMENT_AT && shared >= 3))) return false;
  if (shared < 2) return false;
  return !(a.named.size && b.named.size && pairing.named.overSmaller(i, j) === 0);
}

/** No verdict (0), one report (SAME, SAME_NAMED), or a conflict of that strength (at least CONFLICT_AT). */
type Verdict = number;
const NO_VERDICT = 0;
const SAME = -1;
/** One report by RULE_IDS.sameNamedThing alone (see `namedClusters`). */
const SAME_NAMED = -3;
/** Different figures that can both hold by their hedges (values.ts): a side of a conflict, never one. */
const COMPATIBLE = -2;

const TYPE_OTHER = 0;
const TYPE_DATE = 1;
const TYPE_RANGE = 2;
const TYPE_DURATION = 3;

function typeCode(v: FactValue | undefined): number {
  return v?.type === 'date' ? TYPE_DATE : v?.type === 'daterange' ? TYPE_RANGE : v?.type === 'duration' ? TYPE_DURATION : TYPE_OTHER;
}

/**
 * What judging reads for every pair, in flat arrays by candidate index (see `Subjects`): the
 * candidates' objects are read only on the rarer paths.
 */
class Pairing {
  readonly subjects: Subjects;
  readonly sources: Int32Array;
  readonly valued: Uint8Array;
  readonly dayPrecise: Uint8Array;
  /** Each candidate's `sentenceValues`, and its `ownKey` (-1 for none), as numbers. */
  readonly sentenceValues: PackedSets;
  readonly ownKeys: Int32Array;
  /** Sums precise enough to meet on fewer shared words (see `specificSum`). */
  readonly specific: Uint8Array;
  readonly types: Uint8Array;
  readonly eventLength: Uint8Array;
  readonly timeOfFigure: Uint8Array;
  readonly aspects: Uint8Array;
  /** The people and bodies named, as numbers. */
  readonly named: PackedSets;
  /** The places named, and the acronyms, as numbered sets (`SetOverlaps`). */
  readonly places: SetOverlaps;
  readonly acronyms: SetOverlaps;
  /** The named things (`thingNames`) as a number per distinct set, -1 for none. */
  private readonly thingsOf: Int32Array;
  private readonly thingSets: Array<Set<string>> = [];
  /** namesCompatible of two thing sets, by their numbers: 1 compatible, 2 not, 0 not yet known. */
  private readonly thingsMemo = new Map<number, number>();
  /** Conflict pairs (smaller × count + larger) that only RULE_IDS.sameHead made. */
  readonly byHead = new Set<number>();
  /** Each candidate's source as `Stories` numbers it. */
  private readonly storyNumbers: Int32Array;
  /**
   * Set when judging a pair read what depends on the pair itself, not on what its two facts
   * state: whether their sources tell one story, or a conflict recorded by its pair (`byHead`).
   * Such a verdict holds for that pair only (see `TwinVerdicts`).
   */
  pairSpecific = false;
  /** Set with `pairSpecific`, and reset only by `candidatePairs` (for a whole candidate's partners). */
  pairSpecificSeen = false;
  /** Whether the sources of candidates i and j tell one story (SAME_STORY_OVERLAP): see `Stories`. */
  sameStory(i: number, j: number): boolean {
    this.pairSpecific = true;
    this.pairSpecificSeen = true;
    return this.stories.same(this.storyNumbers[i]!, this.storyNumbers[j]!);
  }
  /** Candidates that are their source's only figure for their counted thing (one value for it), read per pair. */
  readonly soleHead: Uint8Array;
  // What the sameHead, sameNamedThing and last conflict checks read of each candidate, as
  // numbers (-1 for none): they run for a million pairs or more.
  /** The candidate's `headKey`, numbered. */
  readonly headIds: Int32Array;
  /** Its value's canonical form, numbered (-1 for none). */
  readonly canonicals: Int32Array;
  /** Its subject's owner, numbered (-1 for none). */
  readonly owners: Int32Array;
  readonly parts: Uint8Array;
  readonly listed: Uint8Array;
  /** Its head is POPULATION. */
  readonly populations: Uint8Array;
  /** Its value is a rank. */
  readonly ranks: Uint8Array;
  /** The candidate's value among its class's distinct values (set per class by `candidatePairs`). */
  readonly valueOf: Int32Array;
  values: RelationMemo = new RelationMemo([]);
  /** `startsAgree` by (time, range value) numbers, for the class being paired: 1 agrees, 2 not. */
  starts = new Map<number, number>();
  private readonly times: Times;
  /**
   * Everything judging reads of a candidate but its value's number within its class and its
   * source, numbered: candidates with one number and one value are twins (see `TwinVerdicts`).
   */
  readonly twinBase: Int32Array;
  /** Each candidate's twin number within its class (set per class by `candidatePairs`). */
  readonly twins: Int32Array;

  constructor(
    readonly cands: readonly Candidate[],
    numbers: WordNumbers,
    private readonly stories: Stories,
  ) {
    const sourceNumbers = new Map<string, number>();
    this.sources = int32Of(cands, (c) => {
      const known = sourceNumbers.get(c.fact.sourceId);
      if (known !== undefined) return known;
      sourceNumbers.set(c.fact.sourceId, sourceNumbers.size);
      return sourceNumbers.size - 1;
    });
    this.storyNumbers = int32Of(cands, (c) => stories.numberOf(c.fact.sourceId));
    const headNumber = numbering();
    this.headIds = int32Of(cands, (c) => (c.headKey ? headNumber(c.headKey) : -1));
    const canonicalNumber = numbering();
    this.canonicals = int32Of(cands, (c) => (c.value ? canonicalNumber(c.value.canonical) : -1));
    this.soleHead = uint8Of(cands, (c) => (c.soleHead ? 1 : 0));
    const ownerNumber = numbering();
    this.owners = int32Of(cands, (c) => (c.features.owner ? ownerNumber(c.features.owner) : -1));
    this.parts = uint8Of(cands, (c) => (c.part ? 1 : 0));
    this.listed = uint8Of(cands, (c) => (c.listed ? 1 : 0));
    this.populations = uint8Of(cands, (c) => (c.features.head === POPULATION ? 1 : 0));
    this.ranks = uint8Of(cands, (c) => (c.value?.type === 'rank' ? 1 : 0));
    const n = cands.length;
    this.subjects = new Subjects(
      cands.map((c) => c.features),
      numbers,
      cands,
    );
    this.valued = uint8Of(cands, (c) => (c.value ? 1 : 0));
    this.dayPrecise = uint8Of(cands, (c) => (c.dayPrecise ? 1 : 0));
    this.specific = uint8Of(cands, (c) => (c.value && specificSum(c.value) ? 1 : 0));
    this.types = uint8Of(cands, (c) => typeCode(c.value));
    this.eventLength = uint8Of(cands, (c) => (c.eventLength ? 1 : 0));
    this.timeOfFigure = uint8Of(cands, (c) => (c.timeOfFigure ? 1 : 0));
    this.aspects = uint8Of(cands, (c) => c.aspect);
    const valueKeyNumber = numbering();
    this.sentenceValues = PackedSets.numbered(
      cands.map((c) => c.sentenceValues),
      valueKeyNumber,
    );
    this.ownKeys = int32Of(cands, (c) => (c.value ? valueKeyNumber(c.ownKey) : -1));
    const nameNumber = numbering();
    this.named = PackedSets.numbered(
      cands.map((c) => c.named),
      nameNumber,
    );
    this.places = new SetOverlaps(cands.map((c) => c.places));
    this.acronyms = new SetOverlaps(cands.map((c) => c.features.acronyms));
    const thingNumber = numbering();
    this.thingsOf = int32Of(cands, (c) => {
      if (c.things.size === 0) return -1;
      const id = thingNumber([...c.things].sort().join('\u241f'));
      if (id === this.thingSets.length) this.thingSets.push(c.things);
      return id;
    });
    this.valueOf = new Int32Array(n);
    this.times = new Times(cands);
    const twinNumber = listNumbering();
    const word = numbering();
    this.twinBase = int32Of(cands, (c, i) => {
      const fields = [
        this.valued[i]!, this.dayPrecise[i]!, this.specific[i]!, this.types[i]!, this.eventLength[i]!, this.timeOfFigure[i]!, this.aspects[i]!,
        this.soleHead[i]!, this.headIds[i]!, this.canonicals[i]!, this.owners[i]!, this.parts[i]!, this.listed[i]!, this.populations[i]!, this.ranks[i]!,
        this.ownKeys[i]!, this.thingsOf[i]!, this.times.timeOf[i]!, c.time ? 1 : 0, c.preparedTime ? 1 : 0,
        this.subjects.distinct(i), this.places.id(i), this.acronyms.id(i),
        // The facts' own strings that judging reads: kind and speaker (statements), entities (namedMatch).
        word(c.fact.kind), word(c.fact.speaker ?? ''), c.fact.entities.length,
      ];
      for (const e of c.fact.entities) fields.push(word(e.type), word(e.key), word(e.name));
      this.named.appendTo(i, fields);
      this.sentenceValues.appendTo(i, fields);
      return twinNumber(fields);
    });
    this.twins = new Int32Array(n);
  }

  /** `namesCompatible` of the things two candidates name. */
  thingsCompatible(i: number, j: number): boolean {
    const x = this.thingsOf[i]!;
    const y = this.thingsOf[j]!;
    if (x < 0 || y < 0) return true;
    const key = x * this.thingSets.length + y;
    let known = this.thingsMemo.get(key);
    if (known === undefined) {
      known = namesCompatible(this.thingSets[x]!, this.thingSets[y]!) ? 1 : 2;
      this.thingsMemo.set(key, known);
    }
    return known === 1;
  }

  /** Whether duration i's time starts on range j's first day (see `startsAgree`). */
  startsAgree(i: number, j: number): boolean {
    const time = this.times.timeOf[i]!;
    const key = time * this.values.size + this.valueOf[j]!;
    let known = this.starts.get(key);
    if (known === undefined) {
      known = startsAgree(this.times.value(time), this.values.value(this.valueOf[j]!)) ? 1 : 2;
      this.starts.set(key, known);
    }
    return known === 1;
  }

  timesOf(i: number, j: number): Relation | 'absent' | 'one-sided' {
    return this.times.of(i, j);
  }
}

/** The times candidates' figures are of (the date of a figure's sentence), numbered, and how two relate. */
class Times {
  /** The candidate's time among all distinct times, -1 for none. */
  readonly timeOf: Int32Array;
  private readonly memo: RelationMemo;
  constructor(cands: readonly Candidate[]) {
    const times = new DistinctValues();
    this.timeOf = int32Of(cands, (c) => (c.time && c.preparedTime ? times.idOf(c.time, c.preparedTime) : -1));
    this.memo = new RelationMemo(times.values);
  }
  value(time: number): PreparedValue {
    return this.memo.value(time);
  }
  of(i: number, j: number): Relation | 'absent' | 'one-sided' {
    const x = this.timeOf[i]!;
    const y = this.timeOf[j]!;
    if (x < 0 && y < 0) return 'absent';
    if (x < 0 || y < 0) return 'one-sided';
    return this.memo.relate(x, y);
  }
}

/**
 * Whether two sources tell one story (SAME_STORY_OVERLAP of their clause words and names,
 * `storyWords`), by numbers given to sources as they are told, remembered per pair: a large
 * project asks for hundreds of thousands of pairs. One per grouping, or (verifyIndex.ts) one kept
 * between changes, told each source as it comes and asked to forget it when it goes.
 */
export class Stories {
  private readonly numbers = new Map<string, number>();
  /** Per source number, its facts until their story words are first asked for, then those words as ascending numbers. */
  private readonly facts: Array<readonly Fact[] | undefined> = [];
  private readonly words: Array<Int32Array | null | undefined> = [];
  /** Numbers for the story words, so that two sources' words meet as arrays of numbers, not by hashing each word again. */
  private readonly wordIds = new Map<string, number>();
  /** Answers by pair of source numbers (smaller × side + larger): 0 not yet known, 1 no, 2 yes; a map past MAX_STORY_TABLE sources. */
  private table = new Uint8Array(0);
  private side = 0;
  private readonly answers = new Map<number, boolean>();
  /** For one source's story words at a time (`stamped`), that source's number; -1 or another's for the rest. */
  private stamp = new Int32Array(0);
  private stamped = -1;

  static of(facts: readonly Fact[]): Stories {
    const bySource = new Map<string, Fact[]>();
    for (const f of facts) {
      const list = bySource.get(f.sourceId);
      if (list) list.push(f);
      else bySource.set(f.sourceId, [f]);
    }
    const stories = new Stories();
    for (const [sourceId, list] of bySource) stories.tell(sourceId, list);
    return stories;
  }

  /** A source's facts (its story words are read from them when first asked for): a new number, if it had one. */
  tell(sourceId: string, facts: readonly Fact[]): void {
    this.numbers.set(sourceId, this.facts.length);
    this.facts.push(facts);
    this.words.push(undefined);
  }

  /** The source is gone: its number is never given again, and what was asked of it is never asked again. */
  forget(sourceId: string): void {
    const number = this.numbers.get(sourceId);
    if (number === undefined) return;
    this.numbers.delete(sourceId);
    this.facts[number] = undefined;
    this.words[number] = null;
  }

  numberOf(sourceId: string): number {
    const number = this.numbers.get(sourceId);
    if (number === undefined) throw new Error(`Stories: no source ${sourceId}`);
    return number;
  }

  same(a: number, b: number): boolean {
    const count = this.facts.length;
    // NOTE: a table of bytes where the sources are few enough (16 MB at most), not a map; a kept
    // index's numbers go on growing past it (a source read again gets a new one), asked in the map.
    if (count <= MAX_STORY_TABLE && this.side < count) this.grow(count);
    const inTable = a < this.side && b < this.side;
    const [low, high] = a < b ? [a, b] : [b, a];
    const key = inTable ? low * this.side + high : low * STORY_PAIR + high;
    if (inTable) {
      const known = this.table[key]!;
      if (known) return known === 2;
    } else {
      const known = this.answers.get(key);
      if (known !== undefined) return known;
    }
    const x = this.wordsOf(a);
    const y = this.wordsOf(b);
    let same = false;
    if (x && y && x.length && y.length) {
      // NOTE: one source's words marked in a table by word number, and the other's looked up
      // in it: pairs come in runs of one candidate's partners, so the mark is mostly there
      // already, and a look-up per word of one side is less than a merge of both.
      if (this.stamp.length < this.wordIds.size) {
        this.stamp = new Int32Array(Math.max(2 * this.stamp.length, this.wordIds.size)).fill(-1);
        this.stamped = -1;
      }
      const stamp = this.stamp;
      const marked = this.stamped === b ? b : a;
      if (this.stamped !== marked) {
        const words = marked === a ? x : y;
        for (let k = 0; k < words.length; k++) stamp[words[k]!] = marked;
        this.stamped = marked;
      }
      const other = marked === a ? y : x;
      let shared = 0;
      for (let k = 0; k < other.length; k++) if (stamp[other[k]!] === marked) shared++;
      same = shared / Math.min(x.length, y.length) >= SAME_STORY_OVERLAP;
    }
    if (inTable) this.table[key] = same ? 2 : 1;
    else this.answers.set(key, same);
    return same;
  }

  /** A table of at least `count` sources a side, the answers known kept. */
  private grow(count: number): void {
    let side = Math.max(64, this.side);
    while (side < count) side *= 2;
    side = Math.min(side, MAX_STORY_TABLE);
    const table = new Uint8Array(side * side);
    for (let a = 0; a < this.side; a++) table.set(this.table.subarray(a * this.side, (a + 1) * this.side), a * side);
    this.table = table;
    this.side = side;
  }

  /** A source's story words as ascending numbers, or undefined where it has none. */
  private wordsOf(a: number): Int32Array | undefined {
    let words = this.words[a];
    if (words === undefined) {
      const facts = this.facts[a];
      const sourceId = facts?.[0]?.sourceId;
      const set = facts && sourceId !== undefined ? storyWords(facts).get(sourceId) : undefined;
      const ids = this.wordIds;
      words = set
        ? int32Of([...set], (w) => {
            let id = ids.get(w);
            if (id === undefined) ids.set(w, (id = ids.size));
            return id;
          })
        : null;
      this.words[a] = words;
      this.facts[a] = undefined;
    }
    return words ?? undefined;
  }
}

function judge(i: number, j: number, pairing: Pairing): Verdict {
  const { valued, dayPrecise, types } = pairing;
  if (!valued[i] || !valued[j]) {
    if (valued[i] || valued[j] || pairing.cands[i]!.fact.kind !== pairing.cands[j]!.fact.kind) return NO_VERDICT;
    return sameStatement(i, j, pairing) ? SAME : NO_VERDICT;
  }
  // Every verdict below needs some likeness of subject: measure it before the values.
  const sim = pairing.subjects.similarity(i, j);
  // Below CORROBORATE_AT only two day-precise dates can still be one report, a conflict needs
  // more (CONFLICT_AT) or the same specific counted thing: most pairs end here without their
  // values being compared.
  if (sim < CORROBORATE_AT && !(sim >= SAME_DAY_AT && dayPrecise[i] && dayPrecise[j]) && !(sim >= SPECIFIC_SUM_AT && pairing.specific[i] && pairing.specific[j])) {
    if (!sameSpecificHead(i, j, pairing) && !sameNamedThing(i, j, pairing)) return NO_VERDICT;
  }
  // RULE_IDS.changeNotLevel: a change is neither the same as nor in conflict with a level.
  if (pairing.aspects[i] !== pairing.aspects[j]) return NO_VERDICT;
  const relation = pairing.values.relate(pairing.valueOf[i]!, pairing.valueOf[j]!);
  if (relation === 'incomparable') return NO_VERDICT;
  const times = pairing.timesOf(i, j);
  if (relation === 'same') {
    if (times === 'different') return NO_VERDICT;
    if (sim >= CORROBORATE_AT) return SAME;
    // A sum stated to two significant figures or more ("US$450 million", "15 trillion rupiah") is
    // rarely two things' by chance: fewer shared words will do, two of them at least.
    if (sim >= SPECIFIC_SUM_AT && pairing.specific[i] && pairing.subjects.shared(i, j) >= SPECIFIC_SUM_SHARED) return SAME;
    const named = pairing.named.overSmaller(i, j);
    if (dayPrecise[i] && dayPrecise[j] && named >= SAME_DAY_NAMED && sim >= SAME_DAY_AT) return SAME;
    // RULE_IDS.sameHead: the one figure two reports of a story give for one specific thing.
    if (sameSpecificHead(i, j, pairing)) return SAME;
    if (sameNamedThing(i, j, pairing)) return SAME_NAMED;
    return NO_VERDICT;
  }
  // Different values: a conflict only on strong evidence: CONFLICT_AT or more of subject
  // likeness, or (RULE_IDS.sameHead) the same specific counted thing in alike sentences.
  const byHead = sim < CONFLICT_AT && sameSpecificHead(i, j, pairing);
  if (sim < CONFLICT_AT && !byHead) return NO_VERDICT;
  if (pairing.sources[i] === pairing.sources[j]) return NO_VERDICT;
  if (!pairing.thingsCompatible(i, j)) return NO_VERDICT;
  const typeA = types[i]!;
  const typeB = types[j]!;
  // NOTE: no closures in here: tsx (the CLI and bench runtime) wraps every function it creates
  // with a name-setting call, which cost a third of grouping time when made per pair.
  const hasDuration = typeA === TYPE_DURATION || typeB === TYPE_DURATION;
  const hasRange = typeA === TYPE_RANGE || typeB === TYPE_RANGE;
  const hasDate = typeA === TYPE_DATE || typeB === TYPE_DATE;
  if (hasDuration) {
    if (!pairing.eventLength[i] && typeA === TYPE_DURATION) return NO_VERDICT;
    if (!pairing.eventLength[j] && typeB === TYPE_DURATION) return NO_VERDICT;
  }
  if (hasRange && hasDuration) {
    // The length of one event told two ways: the duration's start day must be the range's first
    // day, or the two sentences must name the same people.
    const a = pairing.cands[i]!;
    const b = pairing.cands[j]!;
    const duration = typeA === TYPE_DURATION ? a : b;
    const range = duration === a ? b : a;
    const anchored = duration.preparedTime ? pairing.startsAgree(duration === a ? i : j, duration === a ? j : i) : pairing.named.overSmaller(i, j) >= 0.5;
    if (!anchored || range.time) return NO_VERDICT;
    return sim >= CONFLICT_AT ? sim : NO_VERDICT;
  }
  // One outlet dating a figure another leaves undated is no other time when the figure is the
  // source's only one for its thing (RULE_IDS.sameHead).
  if (times !== 'absent' && times !== 'same' && !(byHead && times === 'one-sided')) return NO_VERDICT;
  if (pairing.timeOfFigure[i] || pairing.timeOfFigure[j]) return NO_VERDICT;
  const needed = hasDate || hasRange ? DATE_CONFLICT_AT : CONFLICT_AT;
  if (sim < needed && !(byHead && !hasDate && !hasRange)) return NO_VERDICT;
  // An event is its whole description: "evolved into a Strategic Partnership" (2009) is not
  // "upgraded to a comprehensive strategic partnership" (2023), though one's words hold the other's.
  if (needed === DATE_CONFLICT_AT && pairing.subjects.dice(i, j) < DATE_CONFLICT_DICE) return NO_VERDICT;
  // Sentences that both name people or bodies must share one.
  // (Across sources a person is named three ways: "President Ramaphosa", "Cyril Ramaphosa";
  // `entitiesMatch` states the rule, read only by the few pairs that get this far.)
  if (pairing.named.size(i) && pairing.named.size(j) && pairing.named.overSmaller(i, j) === 0 && !namedMatch(pairing.cands[i]!.fact, pairing.cands[j]!.fact)) return NO_VERDICT;
  if (!sameThingMeasured(i, j, pairing)) return NO_VERDICT;
  if (relation === 'compatible') return COMPATIBLE;
  if (byHead) {
    pairing.byHead.add(i < j ? i * pairing.cands.length + j : j * pairing.cands.length + i);
    pairing.pairSpecific = true;
    pairing.pairSpecificSeen = true;
  }
  return byHead ? CONFLICT_AT : sim;
}

/** The head subject features give a count of people that is a place's or body's population. */
const POPULATION = 'population';

/** Units that name a scale an event is measured on once: a quake's magnitude, not tonnes or kilometres. */
const SCALE_UNITS = new Set(['magnitude', 'richter']);

// Counted things that say too little to tell two figures apart on their own ("2,012 people",
// "718 million people"): a conflict on them needs the subject likeness of the general rule.
// A sum's generic words say no more: "a total of $5 million", "the amount was …".
const GENERIC_HEADS = new Set(['people', 'peopl', 'person', 'individual', 'resident', 'citizen', 'time', 'year', 'day', 'month', 'week', 'thing', 'case', 'unit', 'item', 'other', 'one', 'total', 'amount', 'sum', 'figure', 'value', 'worth']);

/**
 * The counted thing of a figure as grouping compares it: its lemma, with the names reporters use
 * for one thing folded ("MoUs" = "memoranda"); action classes are not folded here ("votes" and
 * "elections" are different things to count).
 */
function headKey(head: string): string {
  const base = lemma(head);
  return THING_SYNONYMS[base] ?? THING_SYNONYMS[head] ?? base;
}

/** What a figure counts or a sum measures ("deficit"), where that says enough to tell figures apart. */
function countedThing(features: Subject): string | undefined {
  const thing = features.head ?? features.measured;
  return thing && !GENERIC_HEADS.has(thing) ? thing : undefined;
}

/** The thing RULE_IDS.sameHead compared, as the reason names it: a scale's unit, else the counted thing. */
function thingCounted(c: Candidate): string | undefined {
  const unit = c.value?.unit?.toLowerCase();
  return unit && SCALE_UNITS.has(unit) ? unit : countedThing(c.features);
}

/** "the 2024 elections": a year before a noun reads like a count, and is none. */
function yearLike(v: FactValue): boolean {
  return v.type === 'count' && /^(?:1[89]|20)\d{2}$/.test(v.surface.trim());
}

/**
 * RULE_IDS.sameHead: two figures of one type that count the same specific thing ("579
 * objections" / "500 objections", "three memorandums" / "2 MoUs"), where each source gives only
 * that one figure for it, measure one thing; the checks after it (time, owner, places, names,
 * parts) still apply. A source that counts the thing twice ("12 seats … 40 seats") leaves it
 * open which figure is meant, so the rule does not apply there.
 */
function sameSpecificHead(i: number, j: number, pairing: Pairing): boolean {
  const ka = pairing.headIds[i]!;
  if (ka < 0 || ka !== pairing.headIds[j]) return false;
  if (!pairing.soleHead[i] || !pairing.soleHead[j]) return false;
  return pairing.sameStory(i, j);
}

/**
 * RULE_IDS.sameNamedThing: the same figure (same value, as stated) for the same counted thing, in
 * sentences of two reports of one story that name the same person or body ("the DA finished with
 * 87 seats" / "the DA gained 3 seats, rising from 84 to 87"), is one report, however many other
 * figures for that thing each source gives: the name says whose figure it is. Two owners stated
 * and different ("the EFF's 39" / "the IFP's 39") keep them apart. Only for the same value: a
 * conflict still needs the stricter rules.
 */
function sameNamedThing(i: number, j: number, pairing: Pairing): boolean {
  const head = pairing.headIds[i]!;
  if (head < 0 || head !== pairing.headIds[j] || pairing.canonicals[i] !== pairing.canonicals[j]) return false;
  const ownerA = pairing.owners[i]!;
  const ownerB = pairing.owners[j]!;
  if (ownerA >= 0 && ownerB >= 0 && ownerA !== ownerB) return false;
  const a = pairing.cands[i]!;
  const b = pairing.cands[j]!;
  if (!(pairing.named.overSmaller(i, j) > 0 || namedMatch(a.fact, b.fact))) return false;
  return pairing.sameStory(i, j);
}

/** RULE_IDS.sameHead's test of one story (FIGURE_THRESHOLDS.sameStoryOverlap): word sets, not weights, since in a project of one event weighting by rarity would discount exactly the words the reports share. */
export const SAME_STORY_OVERLAP = FIGURE_THRESHOLDS.sameStoryOverlap;

export function storyWords(facts: readonly Fact[]): Map<string, Set<string>> {
  const words = new Map<string, Set<string>>();
  for (const f of facts) {
    if (!f.event) continue;
    const set = words.get(f.sourceId) ?? new Set<string>();
    for (const k of f.event.lemmas) set.add(k);
    for (const e of f.entities) set.add(`${e.type}:${e.key}`);
    words.set(f.sourceId, set);
  }
  return words;
}

/** Whether the two facts name one person or body in common, by the cross-source rule. */
function namedMatch(a: Fact, b: Fact): boolean {
  for (const x of a.entities) {
    if (x.type === 'place') continue;
    for (const y of b.entities) if (y.type === x.type && entitiesMatch(x, y)) return true;
  }
  return false;
}

/**
 * A value as `sameThingMeasured` looks for it in the other sentence: of its family, so that "the
 * second day" (an ordinal) does not state the count of "2 MoUs".
 */
function sentenceValueKey(v: FactValue): string {
  // NOTE: remembered per value for one groupFacts run: conflict checks ask for it for millions of
  // pairs, and a string built anew is hashed anew by every set it is looked up in.
  let key = valueKeys.get(v);
  if (key === undefined) valueKeys.set(v, (key = `${comparable(v)}\u241f${v.canonical}`));
  return key;
}
/** `sentenceValueKey` by value, for the groupFacts run under way (emptied at its start and end). */
let valueKeys = new Map<FactValue, string>();

function sentenceKey(fact: Fact): string {
  return `${fact.sourceId}\u241f${fact.start}`;
}

function overlaps(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/**
 * Last checks before calling two different values a conflict (reached by few pairs, so they read
 * the candidates themselves):
 * - sentences that both name places must share one (a death toll in Nepal is not one in Myanmar);
 * - two populations must name the place or body they are of in common;
 * - a rank ranks something: "China, its largest trading partner" and "the EU is its fifth-largest"
 *   disagree only if they name the same things, places included;
 * - a sentence that states the other value too ("to US$100 million, from US$40 million") does not
 *   contradict it.
 */
function sameThingMeasured(i: number, j: number, pairing: Pairing): boolean {
  // The cheap tests first: a pair that gets here is judged for every conflict it could be.
  // RULE_IDS.partByPlace, RULE_IDS.differentOwner
  if (pairing.parts[i] !== pairing.parts[j]) return false;
  const ownerA = pairing.owners[i]!;
  const ownerB = pairing.owners[j]!;
  if (ownerA >= 0 && ownerB >= 0 && ownerA !== ownerB) return false;
  if ((pairing.listed[i] || pairing.listed[j]) && !(ownerA >= 0 && ownerA === ownerB)) return false;
  const places = pairing.places.overlap(i, j);
  if (places === 0) return false;
  const a = pairing.cands[i]!;
  const b = pairing.cands[j]!;
  // A population is some place's or body's: both sentences must name that one in common.
  if ((pairing.populations[i] || pairing.populations[j]) && !(places === 1 || pairing.named.overSmaller(i, j) > 0 || namedMatch(a.fact, b.fact))) return false;
  if (pairing.acronyms.overlap(i, j) === 0) return false;
  if (pairing.ranks[i] || pairing.ranks[j]) {
    const all = (c: Candidate) => new Set([...c.named, ...c.places]);
    const x = all(a);
    const y = all(b);
    if (x.size !== y.size || [...x].some((k) => !y.has(k))) return false;
  }
  const ownA = pairing.ownKeys[i]!;
  const ownB = pairing.ownKeys[j]!;
  if (ownA >= 0 && pairing.sentenceValues.has(j, ownA)) return false;
  if (ownB >= 0 && pairing.sentenceValues.has(i, ownB)) return false;
  return true;
}

function sourcesOf(members: readonly Candidate[]): Set<string> {
  return new Set(members.map((m) => m.fact.sourceId));
}

function describeValue(c: Candidate): string {
  return c.value ? c.value.surface : c.fact.kind;
}

/**
 * Where a value may meet an equal one: numbers by order of magnitude (a neighbour is probed too,
 * for rounding across a power of ten), dates by year and by month-day (a yearless day meets that
 * day in any year), lengths by their size in days, months or years.
 */
/** Facts of one class that state one value, as candidatePairs meets them. */
interface DistinctValue {
  id: number;
  value: FactValue;
  /** Ascending. */
  members: number[];
  /** The distinct values in this one's value blocks that are the same value (itself among them). */
  same: DistinctValue[];
}

/**
 * The cluster each member of a list stood in when this was taken, by position: a member whose
 * root then is a candidate's root now is in that candidate's cluster (clusters only grow, and a
 * root is a root until its cluster joins another), so their pair's visit would be skipped, and
 * the probes step over it without meeting it. A large project's lists are mostly a few clusters
 * of one report repeated by many sources. Taken again once clusters have grown and it has served
 * a few candidates: an older one still holds, it only steps over fewer members.
 */
class ClusterSnapshot {
  version = -1;
  uses = 0;
  readonly roots: Int32Array;
  constructor(private readonly list: readonly number[]) {
    this.roots = new Int32Array(list.length);
  }
  refresh(same: UnionFind): void {
    for (let k = 0; k < this.list.length; k++) this.roots[k] = same.find(this.list[k]!);
    this.version = same.unions;
    this.uses = 0;
  }
}

/**
 * What judging a class's pairs reads of the class as a whole: its members' distinct values
 * (`Pairing.valueOf`, `Pairing.values`) and their twin numbers (`Pairing.twins`).
 */
function classValues(members: readonly number[], pairing: Pairing): { distinctValues: DistinctValues; distinct: DistinctValue[] } {
  const { cands, valueOf } = pairing;
  const distinctValues = new DistinctValues();
  const distinct: DistinctValue[] = [];
  for (const i of members) {
    const c = cands[i]!;
    if (!c.value) continue;
    const id = distinctValues.idOf(c.value, c.prepared!);
    if (id === distinct.length) distinct.push({ id, value: c.value, members: [], same: [] });
    distinct[id]!.members.push(i);
    valueOf[i] = id;
  }
  const twinNumber = numbering();
  for (const i of members) pairing.twins[i] = twinNumber(`${pairing.twinBase[i]!},${valueOf[i]!}`);
  pairing.values = new RelationMemo(distinctValues.values);
  pairing.starts = new Map();
  return { distinctValues, distinct };
}

/**
 * Visits the pairs of candidates of one class that could be judged alike, without comparing all
 * pairs: those whose values could be equal (value blocks), and those whose subjects could be
 * close enough for a conflict: a shared head, or (prefix filtering) one of the smaller side's
 * rarest words, enough of them that a 70% overlap must meet one; day-precise dates also meet on
 * the people and bodies named. A pair may be visited more than once; judging is idempotent.
 */
function candidatePairs(
  members: readonly number[],
  pairing: Pairing,
  numbers: WordNumbers,
  seen: Int32Array,
  same: UnionFind,
  visit: (i: number, j: number) => void,
): void {
  const { cands, sources, valueOf } = pairing;
  const words = new Map<number, number[]>();
  // How many members of the class use each word (by word number), for the rarest-first order.
  const wordUse = new Int32Array(numbers.count);
  const heads = new Map<number, number[]>();
  const named = new Map<string, number[]>();
  const add = <K>(index: Map<K, number[]>, key: K, i: number) => {
    const list = index.get(key);
    if (list) list.push(i);
    else index.set(key, [i]);
  };
  // Values are met as distinct values (many facts state one value) and only where they are the
  // same value: any other verdict is a conflict, which needs a subject likeness of CONFLICT_AT,
  // and such pairs meet on a head or a rare word below. That holds only where every head
  // subjectSimilarity uses is one met on (`wordsMeet`); a class with a fact where it does not
  // meets every pair of values in a block, as before.
  const { distinctValues, distinct } = classValues(members, pairing);
  let wordsMeetAll = true;
  for (const i of members) {
    const c = cands[i]!;
    for (let k = 0; k < c.tokenIds.length; k++) {
      const t = c.tokenIds[k]!;
      add(words, t, i);
      wordUse[t]!++;
    }
    for (let k = 0; k < c.blockHeadIds.length; k++) add(heads, c.blockHeadIds[k]!, i);
    if (c.dayPrecise) for (const k of c.named) add(named, k, i);
    if (!c.wordsMeet) wordsMeetAll = false;
  }
  const values = pairing.values;
  /** The same value in either order (`relate` on numbers measures its tolerance on its first value). */
  const sameEitherWay = (x: number, y: number): boolean => values.relate(x, y) === 'same' || values.relate(y, x) === 'same';
  // A block's numbers are searched by their size: two numbers are the same value only within a
  // tolerance (see `relate`), so a block of thousands of figures is not compared pair by pair.
  const blocks = new Map<string, number[]>();
  const unnumbered = new Map<string, number[]>();
  for (const d of distinct) {
    const number = distinctValues.values[d.id]!.number;
    for (const k of valueBlocks(d.value)) add(number === undefined ? unnumbered : blocks, k, d.id);
  }
  const numberOf = (id: number) => distinctValues.values[id]!.number!;
  // Same in either order needs |x − y| ≤ max(0.5% of x or y, either half step) + 1e-9·|x or y|,
  // which is at most reach(x) + reach(y) ≤ 2·max(reach(x), reach(y)): the pair is looked for
  // from the side with the longer reach only (its owner), within twice that reach.
  const reach = (id: number) => valueReach(distinctValues.values[id]!);
  const owns = (d: number, e: number) => reach(d) > reach(e) || (reach(d) === reach(e) && d <= e);
  for (const list of blocks.values()) list.sort((x, y) => numberOf(x) - numberOf(y) || x - y);
  const snapshots = new Map<readonly number[], ClusterSnapshot>();
  /** The roots of a list's members as of lately (`ClusterSnapshot`), where the list is long enough to be worth it. */
  const rootsOf = (list: readonly number[]): Int32Array | undefined => {
    if (list.length < MIN_SNAPSHOT) return undefined;
    let snapshot = snapshots.get(list);
    if (!snapshot) snapshots.set(list, (snapshot = new ClusterSnapshot(list)));
    if (snapshot.version < 0 || (snapshot.version !== same.unions && snapshot.uses >= SNAPSHOT_REUSE)) snapshot.refresh(same);
    snapshot.uses++;
    return snapshot.roots;
  };
  const distinctSeen = new Int32Array(distinct.length).fill(-1);
  const consider = (d: DistinctValue, e: number) => {
    if (distinctSeen[e] === d.id) return;
    distinctSeen[e] = d.id;
    if (!wordsMeetAll || sameEitherWay(d.id, e)) d.same.push(distinct[e]!);
  };
  for (const d of distinct) {
    const x = distinctValues.values[d.id]!.number;
    for (const k of neighbourBlocks(d.value)) {
      for (const e of unnumbered.get(k) ?? []) consider(d, e);
      const list = blocks.get(k);
      if (!list) continue;
      if (x === undefined || !wordsMeetAll) {
        for (const e of list) consider(d, e);
        continue;
      }
      const bound = 2 * reach(d.id) * (1 + 1e-6) + 1e-12;
      let start = 0;
      let hi = list.length;
      while (start < hi) {
        const mid = (start + hi) >>> 1;
        if (numberOf(list[mid]!) < x - bound) start = mid + 1;
        else hi = mid;
      }
      for (let m = start; m < list.length && numberOf(list[m]!) <= x + bound; m++) {
        const e = list[m]!;
        // A number has one block, so each owned pair is met here once.
        if (!owns(d.id, e) || !sameEitherWay(d.id, e)) continue;
        d.same.push(distinct[e]!);
        if (e !== d.id) distinct[e]!.same.push(d);
      }
    }
  }
  // Members come in ascending order, so every list is too; word lists are ordered by subject
  // size, then index, so that each probe starts where its partners start (binary search)
  // instead of stepping over the rest.
  const sizeOf = (j: number) => pairing.subjects.size(j);
  for (const list of words.values()) list.sort((x, y) => sizeOf(x) - sizeOf(y) || x - y);
  // A source whose members alone a candidate still needs to meet (-1: all): see `leaders` below.
  // Such a candidate steps through each list by the places of that source's members in it.
  let onlySource = -1;
  const placesBySource = new Map<readonly number[], Map<number, number[]>>();
  const placesOf = (list: readonly number[], source: number): readonly number[] | undefined => {
    let bySource = placesBySource.get(list);
    if (!bySource) {
      bySource = new Map();
      for (let k = 0; k < list.length; k++) {
        const s = sources[list[k]!]!;
        const places = bySource.get(s);
        if (places) places.push(k);
        else bySource.set(s, [k]);
      }
      placesBySource.set(list, bySource);
    }
    return bySource.get(source);
  };
  /** meet(i, j) for the members of `onlySource` at list[from…], in list order. */
  const meetSourceFrom = (i: number, source: number, list: readonly number[], from: number) => {
    const places = placesOf(list, onlySource);
    if (!places) return;
    for (let p = lowerBound(places, from); p < places.length; p++) meet(i, list[places[p]!]!, source);
  };
  const meet = (i: number, j: number, source: number) => {
    if (seen[j] === i || sources[j] === source) return;
    seen[j] = i;
    visit(i, j);
  };
  // The probes step over the members of i's cluster (`ClusterSnapshot`); i's root as of the
  // probe's start will do, for the same reason a snapshot's will.
  /** Every j > i in an ascending list. */
  const probeAfter = (i: number, source: number, list: readonly number[] | undefined) => {
    if (!list) return;
    const lo = upperBound(list, i);
    if (onlySource >= 0) return meetSourceFrom(i, source, list, lo);
    const roots = rootsOf(list);
    if (!roots) for (let k = lo; k < list.length; k++) meet(i, list[k]!, source);
    else {
      const root = same.find(i);
      for (let k = lo; k < list.length; k++) if (roots[k] !== root) meet(i, list[k]!, source);
    }
  };
  /** Every j with a larger subject than i's, or as large and a larger index. */
  const probeLarger = (i: number, size: number, source: number, list: readonly number[]) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const j = list[mid]!;
      const other = sizeOf(j);
      if (other < size || (other === size && j <= i)) lo = mid + 1;
      else hi = mid;
    }
    if (onlySource >= 0) return meetSourceFrom(i, source, list, lo);
    const roots = rootsOf(list);
    if (!roots) for (let k = lo; k < list.length; k++) meet(i, list[k]!, source);
    else {
      const root = same.find(i);
      for (let k = lo; k < list.length; k++) if (roots[k] !== root) meet(i, list[k]!, source);
    }
  };
  const rarest = new Map<number, number[]>();
  const byRarity = (x: number, y: number) => wordUse[x]! - wordUse[y]! || (numbers.word(x) < numbers.word(y) ? -1 : 1);
  // A candidate's twins (`Pairing.twins`) probe the same lists, each from a later place in them,
  // and judging gives them the same verdicts. So a twin in the cluster of its twins' first (the
  // leader: met every partner after it, no verdict read the pair's sources) meets only the
  // members of the leader's source, which the leader could not meet: with any other partner the
  // leader's verdict already stands (one report: in one cluster; a conflict: an edge between the
  // same two clusters, as strong; none: none). Many sources repeating one report leave most
  // candidates nearly nothing to meet.
  const leaders = new Map<number, { leader: number; clean: boolean }>();
  for (const i of members) {
    const c = cands[i]!;
    const size = c.tokenIds.length;
    const source = sources[i]!;
    const own = c.value ? distinct[valueOf[i]!]! : undefined;
    const twin = pairing.twins[i]!;
    const first = leaders.get(twin);
    if (!first) {
      leaders.set(twin, { leader: i, clean: true });
      pairing.pairSpecificSeen = false;
    }
    onlySource = first && first.clean && same.find(first.leader) === same.find(i) ? sources[first.leader]! : -1;
    if (own) for (const d of own.same) probeAfter(i, source, d.members);
    for (let k = 0; k < c.blockHeadIds.length; k++) probeAfter(i, source, heads.get(c.blockHeadIds[k]!));
    if (own && c.dayPrecise) {
      for (const k of c.named) {
        const list = named.get(k)!;
        for (let n = list.length - 1; n >= 0 && list[n]! > i; n--) {
          const j = list[n]!;
          if (onlySource >= 0 && sources[j] !== onlySource) continue;
          if (!wordsMeetAll || sameEitherWay(own.id, valueOf[j]!)) meet(i, j, source);
        }
      }
    }
    // The same words in the same order for every candidate of one subject: sorted once per subject.
    const subject = pairing.subjects.distinct(i);
    let rarestFirst = rarest.get(subject);
    if (!rarestFirst) rarest.set(subject, (rarestFirst = Array.from(c.tokenIds).sort(byRarity)));
    const prefix = probePrefix(c);
    for (let k = 0; k < prefix && k < rarestFirst.length; k++) probeLarger(i, size, source, words.get(rarestFirst[k]!)!);
    if (!first && pairing.pairSpecificSeen) leaders.get(twin)!.clean = false;
  }
  onlySource = -1;
  // RULE_IDS.sameHead: figures that are their source's only one for a counted thing meet on it.
  const byHeadKey = new Map<string, number[]>();
  for (const i of members) {
    const c = cands[i]!;
    if (pairing.soleHead[i]) add(byHeadKey, c.headKey!, i);
  }
  for (const list of byHeadKey.values()) {
    // NOTE: one figure per source and thing, so a list is at most as long as the project has sources.
    list.sort((x, y) => x - y);
    for (let x = 0; x < list.length; x++) probeAfter(list[x]!, sources[list[x]!]!, list);
  }
  // RULE_IDS.sameNamedThing: the same figure for the same counted thing meets on both.
  const byHeadValue = new Map<string, number[]>();
  for (const i of members) {
    const c = cands[i]!;
    if (c.headKey && c.named.size) add(byHeadValue, `${c.headKey}\u241f${c.value!.canonical}`, i);
  }
  for (const list of byHeadValue.values()) {
    if (list.length < 2) continue;
    list.sort((x, y) => x - y);
    for (let x = 0; x < list.length; x++) probeAfter(list[x]!, sources[list[x]!]!, list);
  }
}

/**
 * How many of a candidate's subject words, in any one order of all words, it must probe for a
 * partner alike enough to be judged (prefix filtering): a pair that shares enough words for the
 * lowest likeness any verdict needs shares one of these of the one with fewer words.
 */
export function probePrefix(c: Candidate): number {
  // Statements (no value) may be one report at a lower likeness when one speaker says them.
  const lowest = c.value ? CONFLICT_AT : SAME_SPEAKER_STATEMENT_AT;
  const size = c.tokenIds.length;
  return size - Math.ceil(size * lowest) + 1;
}

/** How far a number's same values reach either way (see `relate`): two are the same only within the sum of their reaches. */
export function valueReach(prepared: PreparedValue): number {
  const x = Math.abs(prepared.number!);
  return VALUE_RULES.sameShare * x + prepared.halfStep + 1e-9 * x;
}

/** Source numbers as a pair in `Stories`' map: smaller × STORY_PAIR + larger, one number per pair while fewer than 2^26 sources are told. */
const STORY_PAIR = 2 ** 26;

/** Sources beyond which `sameStory` remembers its answers in a map rather than a table of every pair. */
const MAX_STORY_TABLE = 4096;

/** Lists shorter than this are met member by member, without a `ClusterSnapshot`. */
const MIN_SNAPSHOT = 32;
/** How many candidates a snapshot serves before it is taken again from grown clusters. */
const SNAPSHOT_REUSE = 8;

/**
 * Groups facts across sources. Deterministic: the same facts in any order give the same groups.
 * Facts of one source never corroborate each other (a repeat is folded into the same group).
 */
export function groupFacts(facts: readonly Fact[], options: GroupOptions = {}): Group[] {
  return withValueKeys(() => groupFactsOnce(facts, options));
}

/** What a caller that holds the facts between groupings lends to the next one (see verifyIndex.ts); never changes the groups. */
export interface GroupOptions {
  eventMemo?: EventCandidateMemo;
}

function groupFactsOnce(facts: readonly Fact[], options: GroupOptions): Group[] {
  const numbers = new WordNumbers();
  const bySource = new Map<string, Fact[]>();
  for (const f of facts) {
    const list = bySource.get(f.sourceId);
    if (list) list.push(f);
    else bySource.set(f.sourceId, [f]);
  }
  const cands = sortedById(
    [...bySource.values()].flatMap((list) => sourceCandidates(list, numbers)),
    (c) => c.fact.id,
  );
  const verdicts = judgeFigures(cands, numbers, Stories.of(facts));
  return groupsOf(facts, cands, verdicts, options.eventMemo);
}

/** A figure candidate: what the figure rules read of a fact (see `sourceCandidates`). */
export type FigureCandidate = Candidate;
export { WordNumbers };

/**
 * The figure candidates of one source's facts (its facts only: every candidate is made from its
 * own source's facts), in the order of their fact ids, `listed` and `soleHead` set.
 */
export function sourceCandidates(facts: readonly Fact[], numbers: WordNumbers): Candidate[] {
  const figureTimes = new Set<string>();
  for (const f of facts) for (const v of f.values.slice(1)) if (v.type === 'date' || v.type === 'daterange') figureTimes.add(`${f.sourceId}\u241f${v.start}`);
  // NOTE: each fact's sentence key made once and kept on its candidate: a string built again is
  // hashed again by every map it is looked up in, and grouping looks it up five times a fact.
  const sentences = facts.map(sentenceKey);
  const sentenceValues = new Map<string, Set<string>>();
  for (let k = 0; k < facts.length; k++) {
    const v = facts[k]!.values[0];
    if (!v) continue;
    const key = sentences[k]!;
    const set = sentenceValues.get(key);
    if (set) set.add(sentenceValueKey(v));
    else sentenceValues.set(key, new Set([sentenceValueKey(v)]));
  }
  const cands = sortedById(
    facts.map((f, k) => candidateOf(f, sentences[k]!, figureTimes, numbers, sentenceValues)).filter((c): c is Candidate => !!c),
    (c) => c.fact.id,
  );
  markListed(cands);
  // The distinct values the source gives for each counted thing.
  const headValues = new Map<string, Set<string>>();
  for (const c of cands) {
    if (!c.headKey) continue;
    const seen = headValues.get(c.headKey);
    if (seen) seen.add(c.value!.canonical);
    else headValues.set(c.headKey, new Set([c.value!.canonical]));
  }
  for (const c of cands) c.soleHead = !!c.headKey && headValues.get(c.headKey)!.size === 1;
  return cands;
}

/**
 * What the figure rules found, pair by pair, over candidates in the order of their fact ids:
 * the clusters of every rule (`same`) and of every rule but RULE_IDS.sameNamedThing
 * (`valueSame`), the conflict verdicts, and the conflicts RULE_IDS.sameHead alone made (pairs of
 * indices, smaller first). Each is what judging every pair would give (see `namedClusters`).
 */
export interface FigureVerdicts {
  valueSame: UnionFind;
  same: UnionFind;
  edges: ConflictEdges;
  byHead: number[];
}

/** How `judgeFigures` judges a part of a project (figureIndex.ts): only the pairs of the candidates judged, as clustered already. */
export interface FigureJudging {
  /**
   * For each candidate judged (new to the project, or of a cluster a change broke), every
   * candidate (by index) `candidatePairs` could meet it with; undefined for the others, whose
   * pairs with each other are known already.
   */
  partners: ReadonlyArray<readonly number[] | undefined>;
  /** Joins, in `valueSame`, candidates that stand in one cluster already. */
  clustered: (valueSame: UnionFind) => void;
}

/** Judges the pairs of candidates (in the order of their fact ids) that the figure rules could find alike or in conflict. */
export function judgeFigures(cands: readonly Candidate[], numbers: WordNumbers, stories: Stories, part?: FigureJudging): FigureVerdicts {
  const n = cands.length;
  const seen = new Int32Array(n).fill(-1);
  const pairing = new Pairing(cands, numbers, stories);
  // Two partitions (see `namedClusters`): `valueSame` joins by every rule but
  // RULE_IDS.sameNamedThing, `same` by all of them; pairs are skipped only within a `valueSame`
  // cluster, so both are what every pair judged would give, whatever the order pairs are met in.
  const valueSame = new UnionFind(n);
  const same = new UnionFind(n);
  part?.clustered(valueSame);
  const conflictEdges = new ConflictEdges();

  const classes = new Map<string, number[]>();
  cands.forEach((c, i) => {
    const key = c.value ? comparable(c.value) : c.fact.kind;
    const list = classes.get(key);
    if (list) list.push(i);
    else classes.set(key, [i]);
  });
  const twinVerdicts = new TwinVerdicts(n);
  const visit = (i: number, j: number) => {
    const twin = pairing.twins[j]!;
    if (twinVerdicts.noneFrom[twin] === i) return;
    // Two facts already in one cluster: a 'same' verdict changes nothing, and a conflict edge
    // inside a cluster is dropped by conflictGroups, so their verdict cannot change the groups.
    const root = valueSame.find(j);
    if (valueSame.find(i) === root) return;
    if (twinVerdicts.conflictFrom[twin] === i) {
      if (twinVerdicts.conflictRoot[twin] === root) return;
      // A twin of one i was set in conflict with, in another cluster: the same verdict, without judging.
      conflictEdges.push(i, j, twinVerdicts.conflictStrength[twin]!);
      twinVerdicts.conflictRoot[twin] = root;
      return;
    }
    pairing.pairSpecific = false;
    const verdict = judge(i, j, pairing);
    if (verdict === NO_VERDICT) {
      if (!pairing.pairSpecific) twinVerdicts.noneFrom[twin] = i;
    } else if (verdict === SAME) {
      valueSame.union(i, j);
      same.union(i, j);
    } else if (verdict === SAME_NAMED) same.union(i, j);
    else {
      conflictEdges.push(i, j, verdict);
      if (!pairing.pairSpecific) {
        twinVerdicts.conflictFrom[twin] = i;
        twinVerdicts.conflictRoot[twin] = root;
        twinVerdicts.conflictStrength[twin] = verdict;
      }
    }
  };
  for (const members of classes.values()) {
    if (!part) {
      candidatePairs(members, pairing, numbers, seen, valueSame, visit);
      continue;
    }
    // Only the pairs with a candidate judged, each once, of different sources, the smaller index
    // first (the verdicts do not hang on the order pairs are met in).
    const { partners } = part;
    if (!members.some((i) => partners[i])) continue;
    classValues(members, pairing);
    /** Pairs of two judged candidates, met from either side: visited once. */
    const both = new Set<number>();
    for (const i of members) {
      for (const j of partners[i] ?? []) {
        if (pairing.sources[i] === pairing.sources[j]) continue;
        const [a, b] = i < j ? [i, j] : [j, i];
        if (partners[j]) {
          const key = a * n + b;
          if (both.has(key)) continue;
          both.add(key);
        }
        visit(a, b);
      }
    }
  }
  // `same` holds every join of `valueSame` too.
  for (let i = 0; i < n; i++) same.union(i, valueSame.find(i));
  const byHead: number[] = [];
  for (const key of pairing.byHead) byHead.push(Math.floor(key / n), key % n);
  return { valueSame, same, edges: conflictEdges, byHead };
}

/**
 * The groups of a project's facts from its figure candidates (in the order of their fact ids) and
 * what the figure rules found over them: figure groups joined further by companion and by event,
 * conflict groups, and the event layer's groups. `verdicts.same` is joined further.
 */
export function groupsOf(facts: readonly Fact[], cands: readonly Candidate[], verdicts: FigureVerdicts, eventMemo?: EventCandidateMemo): Group[] {
  const { valueSame, same } = verdicts;
  const n = cands.length;
  const times = new Times(cands);
  const named = namedClusters(n, valueSame, same);
  const besides = joinCompanions(cands, times, same);
  const events = groupEvents(facts, eventMemo);
  const byEvent = joinByEvent(facts, cands, events, times, same);

  const clusters = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = same.find(i);
    const list = clusters.get(root);
    if (list) list.push(i);
    else clusters.set(root, [i]);
  }

  const groups: Group[] = [];
  for (const indices of clusters.values()) {
    const members = indices.map((i) => cands[i]!);
    const sources = sourcesOf(members);
    if (sources.size < 2) continue;
    const first = members[0]!;
    const rule = figureGroupRule(indices, byEvent, named);
    groups.push({
      id: stableId('grp', 'corroborated', ...members.map((m) => m.fact.id)),
      relation: 'corroborated',
      subject: first.fact.subject,
      factIds: members.map((m) => m.fact.id),
      reason: `${precisionNote(members)}${sources.size} sources give ${describeValue(first)} for ${first.fact.subject || 'the same thing'}.${besideNote(indices, besides)}${JOIN_NOTES[rule]}`,
      rule,
    });
  }
  groups.push(...conflictGroups(cands, same, clusters, verdicts.edges, apartByHead(verdicts.byHead, valueSame)));
  groups.push(...events);
  return groups;
}

/**
 * The RULE_IDS.sameHead pairs of two clusters of the figure rules (`valueSame`): a pair found
 * in one cluster was judged or not by whether the cluster had joined them yet, which hangs on the
 * order pairs are met in; a pair across two was always judged.
 */
function apartByHead(byHead: readonly number[], valueSame: UnionFind): number[] {
  const out: number[] = [];
  for (let k = 0; k < byHead.length; k += 2) if (valueSame.find(byHead[k]!) !== valueSame.find(byHead[k + 1]!)) out.push(byHead[k]!, byHead[k + 1]!);
  return out;
}

/** Runs `work` with `sentenceValueKey`'s memo for one grouping, emptied before and after (see `groupFacts`). */
export function withValueKeys<T>(work: () => T): T {
  valueKeys = new Map();
  try {
    return work();
  } finally {
    valueKeys = new Map();
  }
}

/**
 * What judging one candidate against its partners found for each twin number (`Pairing.twins`):
 * twins (the same value, subject, names and every other thing judging reads, in other sources)
 * get the same verdict from one partner, unless the verdict read the pair's sources
 * (`Pairing.pairSpecific`). So, while the pair loop meets partners of candidate i:
 * - a twin of one it found nothing with (`noneFrom` = i) would be found nothing with either;
 * - a twin of one it set in conflict with (`conflictFrom` = i), standing in that one's cluster
 *   (`conflictRoot`, its root then: the same root now means the same cluster), would add an
 *   edge of the same strength between the same two clusters, which changes nothing; standing
 *   in another cluster, it gets the same verdict (`conflictStrength`), which judging need not
 *   reach again (what it records besides the verdict it records only for pair-specific ones).
 * None of them is judged. Large projects repeat each report in hundreds of sources:
 * on the bench this skips half of the pairs judged.
 */
class TwinVerdicts {
  readonly noneFrom: Int32Array;
  readonly conflictFrom: Int32Array;
  readonly conflictRoot: Int32Array;
  readonly conflictStrength: Float64Array;
  constructor(n: number) {
    this.noneFrom = new Int32Array(n).fill(-1);
    this.conflictFrom = new Int32Array(n).fill(-1);
    this.conflictRoot = new Int32Array(n);
    this.conflictStrength = new Float64Array(n);
  }
}

/**
 * The candidates that RULE_IDS.sameNamedThing joined to a figure group: those of a cluster of the
 * figure rules (`same`, before the joins by companion and by event) that holds more than one
 * cluster of every figure rule but that one (`valueSame`), so that the name was needed to join
 * them. Both partitions are what judging every pair would give, so a group's rule does not hang
 * on which of its pairs was met first, and a grouping that meets only a new source's pairs
 * (verifyIndex.ts) names it as a full regroup does.
 */
function namedClusters(n: number, valueSame: UnionFind, same: UnionFind): Set<number> {
  const firstValueRoot = new Int32Array(n).fill(-1);
  const mixed = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const root = same.find(i);
    const valueRoot = valueSame.find(i);
    if (firstValueRoot[root] === -1) firstValueRoot[root] = valueRoot;
    else if (firstValueRoot[root] !== valueRoot) mixed[root] = 1;
  }
  const named = new Set<number>();
  for (let i = 0; i < n; i++) if (mixed[same.find(i)]) named.add(i);
  return named;
}

/** `RULE_IDS.listedFigures`: figures whose sentence states another of their class with the same head. */
function markListed(cands: readonly Candidate[]): void {
  const seen = new Map<string, Candidate>();
  for (const c of cands) {
    if (!c.value || !c.features.head || c.value.type === 'date' || c.value.type === 'daterange') continue;
    const key = `${c.sentence}\u241f${comparable(c.value)}\u241f${c.features.head}`;
    const other = seen.get(key);
    if (!other) seen.set(key, c);
    else if (other.value!.canonical !== c.value.canonical) other.listed = c.listed = true;
  }
}

/**
 * A value specific enough to be matched by sharing a sentence: not a rank or ordinal ("largest"
 * is said of many things), not a bare year ("in 2024" dates half the figures of a report).
 */
function telling(v: FactValue): boolean {
  if (v.type === 'rank' || v.type === 'ordinal') return false;
  return !((v.type === 'date' || v.type === 'daterange') && /^\d{4}(?:\/\d{4})?$/.test(v.canonical));
}

/**
 * Facts that share a sentence with corroborated facts: where two sources' sentences state one
 * corroborated figure and both also state another same value ("$300 million over five years"
 * / "US$300 million … for five years"), that value is one report too, however differently the
 * words around it run ("five years to support coastguard training" / "five years for ASEAN").
 * Only exact same values of one kind, in sentences of different sources, and never a value
 * whose time differs; computed from the clusters as they stand, so it does not feed on itself.
 */
function joinCompanions(cands: readonly Candidate[], times: Times, same: UnionFind): Map<number, string> {
  const bySentence = new Map<string, number[]>();
  cands.forEach((c, i) => {
    if (!c.value) return;
    const list = bySentence.get(c.sentence);
    if (list) list.push(i);
    else bySentence.set(c.sentence, [i]);
  });
  const clusters = new Map<number, number[]>();
  for (let i = 0; i < cands.length; i++) {
    if (!cands[i]!.value || (bySentence.get(cands[i]!.sentence)?.length ?? 0) < 2) continue;
    const root = same.find(i);
    const list = clusters.get(root);
    if (list) list.push(i);
    else clusters.set(root, [i]);
  }
  const joins: Array<[number, number]> = [];
  const besides = new Map<number, string>();
  for (const [root, members] of clusters) {
    // NOTE: by a scan, not a set of the members' sources: a large project has tens of thousands of clusters.
    const firstSource = cands[members[0]!]!.fact.sourceId;
    if (members.every((i) => cands[i]!.fact.sourceId === firstSource)) continue;
    // The other values of the members' sentences, by what they state: kind and exact value.
    const byValue = new Map<string, number[]>();
    const sentences = new Set<string>();
    for (const i of members) {
      const key = cands[i]!.sentence;
      if (sentences.has(key)) continue;
      sentences.add(key);
      for (const x of bySentence.get(key)!) {
        const c = cands[x]!;
        if (same.find(x) === root || !c.telling) continue;
        const k = c.companionKey;
        const list = byValue.get(k);
        if (list) list.push(x);
        else byValue.set(k, [x]);
      }
    }
    for (const xs of byValue.values()) {
      // A value stated twice in one sentence ("the largest donor, the largest partner") does
      // not say which of the two the other source's is.
      if (new Set(xs.map((x) => cands[x]!.sentence)).size < xs.length) continue;
      const first = xs[0]!;
      for (const x of xs.slice(1)) {
        if (cands[x]!.fact.sourceId === cands[first]!.fact.sourceId) continue;
        if (times.of(first, x) === 'different' || same.find(first) === same.find(x)) continue;
        joins.push([first, x]);
        const anchor = describeValue(cands[members[0]!]!);
        besides.set(first, anchor);
        besides.set(x, anchor);
      }
    }
  }
  for (const [a, b] of joins) same.union(a, b);
  return besides;
}

/**
 * figure.same-event: where an event rule joined two sources' clauses as one report ("the ANC won
 * 159 of the 400 seats" / "the ANC took 40% of the vote and 159 of the 400 seats"), the figures
 * those clauses state with the same value and type are one report too, however differently the
 * words around each figure run. Only values specific enough to tell (`telling`: no ranks, no
 * bare years), stated once in their clause, at no different time, of the same aspect (a
 * change is not a level) and of no different stated owner; conflicts are left to the figure rules.
 * Returns the candidates it joined.
 */
function joinByEvent(facts: readonly Fact[], cands: readonly Candidate[], events: readonly Group[], times: Times, same: UnionFind): Set<number> {
  const joined = new Set<number>();
  const groupsOf = new Map<string, Group[]>();
  for (const g of events) {
    if (g.relation !== 'corroborated') continue;
    for (const id of g.factIds) (groupsOf.get(id) ?? groupsOf.set(id, []).get(id)!).push(g);
  }
  if (!groupsOf.size) return joined;
  // The grouped event clauses of each source, with their groups.
  const clauses = new Map<string, Array<{ start: number; end: number; groups: Group[] }>>();
  for (const f of facts) {
    const gs = groupsOf.get(f.id);
    if (!gs) continue;
    (clauses.get(f.sourceId) ?? clauses.set(f.sourceId, []).get(f.sourceId)!).push({ start: f.start, end: f.end, groups: gs });
  }
  // Figures by the event group of a clause that holds their value, and by type and value.
  const buckets = new Map<string, number[]>();
  cands.forEach((c, i) => {
    const v = c.value;
    if (!v || !c.telling) return;
    for (const clause of clauses.get(c.fact.sourceId) ?? []) {
      if (v.start < clause.start || v.end > clause.end) continue;
      for (const g of clause.groups) {
        const key = `${g.id}\u241f${comparable(v)}\u241f${valueKey(v)}`;
        const list = buckets.get(key);
        if (!list) buckets.set(key, [i]);
        else if (!list.includes(i)) list.push(i);
      }
    }
  });
  for (const members of buckets.values()) {
    const perSource = new Map<string, number>();
    for (const i of members) perSource.set(cands[i]!.fact.sourceId, (perSource.get(cands[i]!.fact.sourceId) ?? 0) + 1);
    // A value a source states twice in the event's clauses does not say which is meant.
    if (perSource.size < 2 || [...perSource.values()].some((k) => k > 1)) continue;
    const first = members[0]!;
    for (const x of members.slice(1)) {
      if (times.of(first, x) === 'different' || cands[first]!.aspect !== cands[x]!.aspect) continue;
      // One event told with several owners' figures ("the League won 41 seats and the Party 20"):
      // figures of different stated owners are not one report.
      const ownerA = cands[first]!.features.owner;
      const ownerB = cands[x]!.features.owner;
      if (ownerA && ownerB && ownerA !== ownerB) continue;
      if (same.find(first) === same.find(x)) continue;
      same.union(first, x);
      joined.add(first).add(x);
    }
  }
  return joined;
}

/**
 * The rule a corroborated figure group is recorded under: the rule that joined any of its members
 * beyond the figure rules (figure.same-event before RULE_IDS.sameNamedThing), else figure.same-value.
 */
function figureGroupRule(indices: readonly number[], byEvent: ReadonlySet<number>, named: ReadonlySet<number>): FigureGroupRule {
  if (indices.some((i) => byEvent.has(i))) return 'figure.same-event';
  return indices.some((i) => named.has(i)) ? RULE_IDS.sameNamedThing : 'figure.same-value';
}
type FigureGroupRule = 'figure.same-event' | typeof RULE_IDS.sameNamedThing | 'figure.same-value';

/** What a group's reason adds for the rule that made it. */
const JOIN_NOTES: Readonly<Record<FigureGroupRule, string>> = {
  'figure.same-event': ' [figure.same-event: stated in clauses the sources report as one event]',
  [RULE_IDS.sameNamedThing]: ` [${RULE_IDS.sameNamedThing}: the same figure for the same counted thing, in sentences naming the same person or body]`,
  'figure.same-value': '',
};

/** `RULE_IDS.statedPrecision`, where a corroborated group's figures are written to different precisions. */
function precisionNote(members: readonly Candidate[]): string {
  const values = new Set(members.flatMap((m) => (m.value && m.prepared?.number !== undefined ? [m.value.canonical] : [])));
  return values.size > 1 ? `[${RULE_IDS.statedPrecision}] ` : '';
}

/** `RULE_IDS.hedgeInterval`, where a conflict's figures are hedged: they differ beyond what their hedges allow. */
function hedgeNote(members: readonly Candidate[]): string {
  const hedged = [...new Set(members.flatMap((m) => (m.value?.qualifier && m.prepared?.number !== undefined ? [`${m.value.qualifier} ${m.value.surface}`] : [])))];
  if (!hedged.length) return '';
  const read = hedged.length === 1 ? `"${hedged[0]}", read as a range, does not hold with the other figures` : `"${hedged.slice(0, 3).join('", "')}", read as ranges, cannot all hold`;
  return `[${RULE_IDS.hedgeInterval}] ${read}. `;
}

/** Why a cluster holds facts whose words differ: they stand beside a figure the sources agree on. */
function besideNote(indices: readonly number[], besides: ReadonlyMap<number, string>): string {
  const anchors = [...new Set(indices.flatMap((i) => besides.get(i) ?? []))].sort();
  return anchors.length ? ` Worded differently, but stated beside ${anchors.join(', ')}, which the sources also agree on.` : '';
}

/**
 * Conflict groups over clusters (each cluster states one value): clusters join one group only
 * when every pair of them is in conflict, strongest evidence first, so that a chain of loosely
 * alike subjects never makes one large group.
 */
/**
 * Conflict verdicts as three parallel typed arrays, grown by doubling: a large project has a
 * million of them, and arrays of numbers (the strengths are fractions) grew on the heap the
 * garbage collector scans.
 */
export class ConflictEdges {
  a = new Int32Array(1024);
  b = new Int32Array(1024);
  strength = new Float64Array(1024);
  count = 0;
  push(a: number, b: number, strength: number): void {
    if (this.count === this.a.length) {
      const a = new Int32Array(2 * this.count);
      const b = new Int32Array(2 * this.count);
      const strength = new Float64Array(2 * this.count);
      a.set(this.a);
      b.set(this.b);
      strength.set(this.strength);
      this.a = a;
      this.b = b;
      this.strength = strength;
    }
    this.a[this.count] = a;
    this.b[this.count] = b;
    this.strength[this.count++] = strength;
  }
}

function addAdjacent(adjacent: Map<number, Set<number>>, x: number, y: number): void {
  const set = adjacent.get(x);
  if (set) set.add(y);
  else adjacent.set(x, new Set([y]));
}

function conflictGroups(
  cands: readonly Candidate[],
  same: UnionFind,
  clusters: ReadonlyMap<number, number[]>,
  edges: ConflictEdges,
  byHead: readonly number[],
): Group[] {
  // A pair of clusters as one number (smaller root × count + larger root).
  const n = cands.length;
  const strengthOf = new Map<number, number>();
  const adjacent = new Map<number, Set<number>>();
  // Edges come in runs of one pair of clusters (one fact met against a cluster's members): a
  // run's strongest is kept aside and written to the map once the run ends.
  let runKey = -1;
  let runStrength = COMPATIBLE;
  const endRun = () => {
    if (runKey < 0) return;
    const known = strengthOf.get(runKey);
    strengthOf.set(runKey, Math.max(known ?? COMPATIBLE, runStrength));
    if (known !== undefined) return;
    const ra = Math.floor(runKey / n);
    const rb = runKey % n;
    // NOTE: two calls, not a loop over [[ra, rb], [rb, ra]]: a million edges made three arrays each.
    addAdjacent(adjacent, ra, rb);
    addAdjacent(adjacent, rb, ra);
  };
  for (let e = 0; e < edges.count; e++) {
    const ra = same.find(edges.a[e]!);
    const rb = same.find(edges.b[e]!);
    if (ra === rb) continue;
    const key = ra < rb ? ra * n + rb : rb * n + ra;
    if (key === runKey) {
      runStrength = Math.max(runStrength, edges.strength[e]!);
      continue;
    }
    endRun();
    runKey = key;
    runStrength = edges.strength[e]!;
  }
  endRun();
  // Groups grow along conflicts only; a pair that can both hold (COMPATIBLE) may stand on one
  // side of a group ("more than 2,100" beside 2,122, against 2,012), never make one.
  const ordered = [...strengthOf.entries()]
    .filter(([, strength]) => strength > 0)
    .map(([key, strength]) => ({ x: Math.floor(key / n), y: key % n, strength }))
    .sort((p, q) => q.strength - p.strength || p.x - q.x || p.y - q.y);
  // Each group keeps the clusters in conflict (or compatible) with all of its members, so that checking a merge
  // costs the size of the smaller group, not the product of both.
  interface ConflictSet {
    roots: number[];
    common: Set<number>;
  }
  const groupOf = new Map<number, ConflictSet>();
  const setOf = (r: number): ConflictSet => groupOf.get(r) ?? { roots: [r], common: adjacent.get(r) ?? new Set() };
  for (const { x, y } of ordered) {
    const gx = setOf(x);
    const gy = setOf(y);
    if (gx === gy) continue;
    if (!gy.roots.every((q) => gx.common.has(q)) || !gx.roots.every((p) => gy.common.has(p))) continue;
    const [small, large] = gx.common.size <= gy.common.size ? [gx.common, gy.common] : [gy.common, gx.common];
    const common = new Set<number>();
    for (const r of small) if (large.has(r)) common.add(r);
    const merged: ConflictSet = { roots: [...gx.roots, ...gy.roots].sort((p, q) => p - q), common };
    for (const r of merged.roots) groupOf.set(r, merged);
  }
  // Each pair RULE_IDS.sameHead set against each other, by its smaller index: its larger ones.
  const headPartners = new Map<number, number[]>();
  for (let k = 0; k < byHead.length; k += 2) {
    const a = byHead[k]!;
    const b = byHead[k + 1]!;
    const list = headPartners.get(a);
    if (list) list.push(b);
    else headPartners.set(a, [b]);
  }
  const groups: Group[] = [];
  for (const { roots } of new Set(groupOf.values())) {
    const members = roots.flatMap((r) => clusters.get(r) ?? []).sort((p, q) => p - q).map((i) => cands[i]!);
    const values = new Set(members.filter((m) => m.value).map((m) => valueKey(m.value!)));
    const sources = sourcesOf(members);
    if (values.size < 2 || sources.size < 2) continue;
    const first = members[0]!;
    const stated = [...new Set(members.map((m) => m.value!.surface))].slice(0, 4).join('", "');
    // The group's rule: conflict.same-head where that rule set two of its members against each other.
    // NOTE: by each member's sameHead partners, not over every pair of members: a group of a
    // thousand members made a million set lookups. The first member (in this order) with a
    // partner after it in the group names the thing, as a loop over the pairs would.
    const indices = roots.flatMap((r) => clusters.get(r) ?? []);
    let headRule: string | undefined;
    if (headPartners.size) {
      const inGroup = new Set(indices);
      for (const a of indices) {
        if (headPartners.get(a)?.some((b) => inGroup.has(b))) {
          headRule = thingCounted(cands[a]!);
          break;
        }
      }
    }
    groups.push({
      id: stableId('grp', 'conflict', ...members.map((m) => m.fact.id)),
      relation: 'conflict',
      subject: first.fact.subject,
      factIds: members.map((m) => m.fact.id),
      reason: `${hedgeNote(members)}${sources.size} sources give different values ("${stated}") for ${first.fact.subject || 'the same thing'}.${headRule ? ` [${RULE_IDS.sameHead}: each source's only figure for ${headRule}]` : ''}${differentTimesNote(members)}`,
      rule: headRule ? RULE_IDS.sameHead : 'figure.different-value',
    });
  }
  return groups;
}
