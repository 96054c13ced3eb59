// Events and claims: what a clause says happened, as parts grouping can match across outlets.
// "India and the US inked three MoUs in New Delhi on Tuesday" → action `sign` (from "inked"),
// actors India and the United States, object `mou`, place New Delhi, time 2020-02-25.
//
// Parser ids (on each fact as `parser`): `event.clause` for a clause that yields no other
// statement; statements (agreements, quotes, attributed claims) carry the same parts.
import type { Entity, EventParts } from '../model';
import type { Mention } from '../entities/recognise';
import { tokenize, type Token } from '../entities/tokens';
import { isStopWord, lemma, MAX_PHRASE_WORDS, phraseClass, wordInfo, type WordInfo } from '../lang/en/lemma';
import { NEGATIONS, PLAN_MARKERS, type ActionClass } from '../lang/en/actions';
import { lowerBound, upperBound } from '../sortedSearch';

// NOTE: module constants, not literals in the functions: esbuild (tsx, the bundles) turns a
// literal with \p{…} into `new RegExp(…)`, built again at every call.
const HAS_LETTER = /\p{L}/u;

/** The token holds a letter: an ASCII one read from its code units, any other by the regex. */
function hasLetter(t: Token): boolean {
  const text = t.text;
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) return true;
    if (text.charCodeAt(i) >= 128) ascii = false;
  }
  return !ascii && HAS_LETTER.test(text);
}

export interface EventInput {
  /** The whole cleaned text and the unit's span in it. */
  source: string;
  start: number;
  end: number;
  mentions: readonly Mention[];
  /** The whole source's tokens (absolute offsets), where the caller has them: not read again. */
  tokens?: readonly Token[];
  /** Canonical forms of the dates the unit states, in text order, with their offsets. */
  dates: ReadonlyArray<{ canonical: string; start: number; end: number }>;
}

/** The tokens lying inside [start, end), found by binary search in the source's ordered tokens. */
function tokensIn(tokens: readonly Token[], start: number, end: number): Token[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let i = lo; i < tokens.length && tokens[i]!.end <= end; i++) out.push(tokens[i]!);
  return out;
}

/** The claim's subject, read from its parts: what it is about, in its own words. */
export function eventSubject(parts: EventParts): string {
  const words = parts.objects.length ? parts.objects : parts.lemmas;
  return [parts.action, ...words.filter((w) => !w.startsWith('act:'))].slice(0, 8).join(' ');
}

/** A clause needs this many words to report something an analyst could check. */
const MIN_WORDS = 5;
/** A sentence with no verb the lexicon knows still reports something at this length. */
const MIN_SENTENCE_WORDS = 6;

// Determiners and possessives a multi-word verb may have inside it ("struck a deal", "held
// their talks").
const INSIDE_PHRASE = new Set(['a', 'an', 'the', 'their', 'its', 'his', 'her', 'our', 'new', 'bilateral', 'formal', 'official']);
const LOCATIVE = new Set(['in', 'at']);
const WITH_WHOM = new Set(['with', 'to', 'on', 'upon', 'by', 'for']);
// Auxiliaries: a clause that has one of these but no known action still states something.
const AUXILIARY = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'did', 'does']);

const NEGATION_WORDS = new Set(NEGATIONS.filter((n) => !n.includes(' ')));
// The phrases padded with spaces once, not in a template string per phrase per clause.
const NEGATION_PHRASES = NEGATIONS.filter((n) => n.includes(' ')).map((n) => ` ${n} `);
const PLAN_WORDS = new Set(PLAN_MARKERS.filter((n) => !n.includes(' ')));
const PLAN_PHRASES = PLAN_MARKERS.filter((n) => n.includes(' ')).map((n) => ` ${n} `);

interface ActionHit {
  cls: ActionClass | undefined;
  action: string;
  /** Token index where the action starts and the one after it ends. */
  at: number;
  after: number;
  verb: boolean;
}

/**
 * Whether the text at `at` lies inside a quotation opened earlier in its paragraph: a quote of
 * several sentences opens in the first and closes in the last, and the sentences between are
 * the speaker's words too. Straight marks open and close by turns; curly ones by their shape.
 */
export function insideQuotation(source: string, at: number): boolean {
  const m = quoteMarks(source);
  const from = m.lineStarts[upperBound(m.lineStarts, at) - 1] ?? 0;
  const lo = lowerBound(m.at, from);
  const hi = lowerBound(m.at, at);
  const straight = m.straight[hi]! - m.straight[lo]!;
  const balance = m.curly[hi]! - m.curly[lo]!;
  return straight % 2 === 1 || balance > 0;
}

interface QuoteMarks {
  source: string;
  /** Offsets where lines start (0 and after each newline). */
  lineStarts: number[];
  /** Offsets of the marks, and before the k-th mark the count of straight ones and the balance of curly ones. */
  at: number[];
  straight: number[];
  curly: number[];
}

// One source is read unit by unit: its marks are found once, and each unit looks them up.
let marksCache: QuoteMarks | undefined;
function quoteMarks(source: string): QuoteMarks {
  if (marksCache?.source === source) return marksCache;
  const m: QuoteMarks = { source, lineStarts: [0], at: [], straight: [0], curly: [0] };
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\n') m.lineStarts.push(i + 1);
    else if (c === '"' || c === '“' || c === '”') {
      m.at.push(i);
      m.straight.push(m.straight[m.straight.length - 1]! + (c === '"' ? 1 : 0));
      m.curly.push(m.curly[m.curly.length - 1]! + (c === '“' ? 1 : c === '”' ? -1 : 0));
    }
  }
  marksCache = m;
  return m;
}

/** Spans inside quotation marks: a quote's words are what was said, not the clause's action. */
function quotedSpans(text: string, open = false): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (open) {
    // The clause begins inside a quotation: its words up to the closing mark (or all) are quoted.
    const close = text.search(/[”"]/);
    spans.push([0, close < 0 ? text.length : close + 1]);
    text = close < 0 ? '' : ' '.repeat(close + 1) + text.slice(close + 1);
  }
  const re = /[“"]([^“”"]*)[”"]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

function insideAny(spans: ReadonlyArray<[number, number]>, at: number): boolean {
  for (const [s, e] of spans) if (at >= s && at < e) return true;
  return false;
}

// [event.modifier-noun] A word that names an action but stands as a modifier of the noun after
// it ("the main opposition party", "a joint press statement", "the appeal court") is not the
// clause's action: a base-form word between a determiner or another modifier and a lower-case
// noun is a noun's modifier, where a verb in base form would follow "to", an auxiliary or a
// pronoun ("will press ahead", "they oppose the plan"). Inflected words ("opposed", "presses")
// and words before a function word ("appeal to", "opposition to") stay readable as actions.
const DETERMINER = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'this', 'that', 'these', 'those', 'each', 'every', 'any', 'no']);
// Words after which a base form is a verb, not a modifier.
const VERB_CUE = new Set(['to', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'did', 'do', 'does', 'not', 'never', 'also', 'they', 'we', 'i', 'you', 'who', 'which', 'that', 'and', 'or', 'but']);

function modifierOfNoun(source: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !next || t.possessive || prev.possessive) return false;
  const lower = t.lower;
  if (lemma(lower) !== lower || /(?:ed|ing)$/.test(lower)) return false;
  const only = (a: Token, b: Token) => /^[ \u00a0]{1,2}$/.test(source.slice(a.end, b.start));
  if (!only(prev, t) || !only(t, next)) return false;
  const n = next.lower;
  // The word after must read as a noun: not a function word, nor a verb's past ("assistance stood ready").
  if (next.capital || isStopWord(n) || /\d/.test(n) || /(?:ed|ly)$/.test(n) || (lemma(n) !== n && !/s$/.test(n))) return false;
  const p = prev.lower;
  if (DETERMINER.has(p)) return true;
  return !prev.capital && !isStopWord(p) && !VERB_CUE.has(p) && !/(?:ed|ly|s)$/.test(p);
}

/** The clause's action: a multi-word verb, else the first verb of a known class, else a noun that names one. */
function findAction(source: string, tokens: readonly Token[], infos: readonly WordInfo[], lemmas: readonly string[], quoted: ReadonlyArray<[number, number]>, base: number): ActionHit | undefined {
  let speech: ActionHit | undefined;
  let noun: ActionHit | undefined;
  let plainVerb: ActionHit | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (insideAny(quoted, t.start - base)) continue;
    if (t.capital && i > 0) continue;
    // Multi-word verbs first: "held talks", "called for", "took part".
    let words = lemmas[i]!;
    const phrase = infos[i]!.phrase;
    for (let j = i + 1, n = 1; phrase && j < tokens.length && n < MAX_PHRASE_WORDS + 2; j++) {
      const w = lemmas[j]!;
      if (INSIDE_PHRASE.has(w)) continue;
      words += ' ' + w;
      n++;
      const cls = phraseClass(words);
      if (cls) return { cls, action: words, at: i, after: j + 1, verb: true };
    }
    const v = infos[i]!.verb;
    const n = infos[i]!.noun;
    const plain = !plainVerb && /^[a-z]{3,}ed$/.test(t.text) && !infos[i]!.stop;
    // A word that could be no action is passed by either way: whether it modifies a noun is
    // asked only of the others (most words of a clause name no action).
    if (!v && !n && !plain) continue;
    if (modifierOfNoun(source, tokens, i)) continue;
    const isVerbForm = lemmas[i] !== t.lower || /(?:ed|es)$/.test(t.text);
    if (v && (isVerbForm || i === 0 || !n)) {
      const hit = { cls: v, action: lemmas[i]!, at: i, after: i + 1, verb: true };
      if (v.speech) speech ??= hit;
      else return hit;
      continue;
    }
    if (n && !noun) noun = { cls: n, action: lemmas[i]!, at: i, after: i + 1, verb: false };
    if (plain) plainVerb = { cls: undefined, action: lemmas[i]!, at: i, after: i + 1, verb: true };
  }
  return noun ?? plainVerb ?? speech;
}

function mood(tokens: readonly Token[], hit: ActionHit, cls: ActionClass | undefined, text: string, base: number): EventParts['mood'] {
  if (cls?.mood === 'appeal') return 'appeal';
  const from = hit.at > 0 ? tokens[Math.max(0, hit.at - 3)]!.start - base : 0;
  const lead = ' ' + text.slice(from, tokens[hit.at]!.start - base).toLowerCase() + ' ';
  for (let i = Math.max(0, hit.at - 3); i < hit.at; i++) if (PLAN_WORDS.has(tokens[i]!.lower)) return 'plan';
  // `lead` is padded with spaces, so a phrase at its start is found like one inside it.
  if (PLAN_PHRASES.some((p) => lead.includes(p))) return 'plan';
  if (cls?.speech) return 'report';
  return /ed$/.test(tokens[hit.at]!.text) || lemmaChanged(tokens[hit.at]!) ? 'past' : 'present';
}

function lemmaChanged(t: Token): boolean {
  return lemma(t.text) !== t.lower && !/s$/.test(t.text);
}

function negated(tokens: readonly Token[], hit: ActionHit, text: string, base: number): boolean {
  for (let i = Math.max(0, hit.at - 3); i < hit.at; i++) if (NEGATION_WORDS.has(tokens[i]!.lower)) return true;
  // "Neither leader referred to …", "… yet to sign": a negation opening the clause, or a phrase before the verb.
  if (tokens.length && /^(?:neither|no|none|nobody)$/i.test(tokens[0]!.text) && hit.at <= 3) return true;
  const lead = ' ' + text.slice(0, tokens[hit.at]!.start - base).toLowerCase().replace(/n['’]t\b/g, ' not') + ' ';
  if (/\bnot\s+(?:yet|been)?\s*$/.test(lead.trimEnd() + ' ')) return true;
  return NEGATION_PHRASES.some((p) => lead.endsWith(p));
}

/** A mention's key as grouping compares it across sources: type and folded name. */
export function entityKey(e: Entity): string {
  return `${e.type}:${e.key}`;
}

/** The event a unit reports, or undefined where it reports none (too short, no action, no words). */
export function eventParts(input: EventInput): EventParts | undefined {
  const text = input.source.slice(input.start, input.end);
  const tokens = input.tokens ? tokensIn(input.tokens, input.start, input.end) : tokenize(text, input.start);
  const words = tokens.filter(hasLetter);
  if (words.length < MIN_WORDS) return undefined;
  // By the token's lower-cased text: the same lemma (lemma lower-cases first), without lower-casing it again.
  // Each word's lemma, stop-word test, content key and action classes, from one look-up.
  const infos = tokens.map((t) => wordInfo(t.lower));
  const lemmas = infos.map((w) => w.lemma);
  const quoteOpen = insideQuotation(input.source, input.start);
  const quoted = quotedSpans(text, quoteOpen);
  const hit = findAction(input.source, tokens, infos, lemmas, quoted, input.start);
  const hasAuxiliary = tokens.some((t) => AUXILIARY.has(t.lower));
  // A full sentence states something even when its verb is none the lexicon knows ("The
  // provinces remain short of water."); a short line with no verb is a label, not a claim.
  const sentence = words.length >= MIN_SENTENCE_WORDS && /[.!?]["”’)]?\s*$/.test(text);
  if (!hit && !hasAuxiliary && quoted.length === 0 && !sentence) return undefined;

  const actionAt = hit ? tokens[hit.at]!.start : input.start;
  const actionEnd = hit ? tokens[hit.after - 1]!.end : input.start;
  const actors: string[] = [];
  const others: string[] = [];
  let place: string | undefined;
  for (const m of input.mentions) {
    const before = input.source.slice(Math.max(input.start, m.start - 4), m.start).toLowerCase().trim().split(/\s+/).pop() ?? '';
    const key = entityKey(m.entity);
    if (m.entity.type === 'place' && LOCATIVE.has(before)) {
      place ??= key;
      continue;
    }
    if (m.end <= actionAt) actors.push(key);
    else if (m.start >= actionEnd) {
      others.push(key);
      if (WITH_WHOM.has(before)) continue;
    }
  }

  const lemmaKeys = new Set<string>();
  const objects = new Set<string>();
  const clauseEnd = (() => {
    const rest = text.slice(actionEnd - input.start);
    const stop = rest.search(/[,;:]\s/);
    return stop < 0 ? input.end : actionEnd + stop;
  })();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const key = infos[i]!.key;
    if (key === undefined) continue;
    lemmaKeys.add(key);
    if (hit && i >= hit.after && t.start < clauseEnd) objects.add(key);
  }
  const cls = hit?.cls;
  const parts: EventParts = {
    action: hit?.action ?? 'state',
    actionClass: cls ? cls.id : hit?.action ?? 'state',
    actors: [...new Set(actors)],
    others: [...new Set(others)],
    objects: [...objects],
    mood: hit ? mood(tokens, hit, cls, text, input.start) : 'present',
    lemmas: [...lemmaKeys].sort(),
  };
  if (place) parts.place = place;
  if (quoteOpen) parts.quoteOpen = true;
  const time = input.dates.find((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.canonical)) ?? input.dates[0];
  if (time) parts.time = time.canonical;
  if (hit && negated(tokens, hit, text, input.start)) parts.negated = true;
  return parts;
}
