// What a fact is about, from the words around its value: the thing counted ("Vietnamese living
// in Japan"), the thing measured ("bilateral trade"), the role ranked ("ODA donor"), the event
// dated. Extraction writes it as the fact's subject; verification recomputes the same features
// from the stored fact to compare facts across sources, so the two never drift apart.
import type { Fact } from '../model';
import type { SubjectFeatures } from '../about';
import { foldText, stem } from '../entities/fold';
import { countryOfNationality, knownPlace } from '../entities/lexicon';
import { tokenize, type Token } from '../entities/tokens';
import { ISO_CODES } from './money';
import { NUMBER_WORD } from './numbers';
import { AGREEMENT_TRIGGER, QUOTE, SPEECH_VERB } from './statements';

// NOTE: module constants, not literals in the functions: esbuild (tsx, the bundles) turns a
// literal with \p{…} into `new RegExp(…)`, built again at every call.
const ACRONYM_WORD = /^\p{Lu}{2,6}$/u;
const STARTS_LETTER = /^\p{L}/u;

export type { SubjectFeatures } from '../about';

const STOP = new Set(
  (
    'a an the this that these those it its it\'s he she they them his her their our we you i me my your there here ' +
    'is are was were be been being am has have had having do does did will would shall should can could may might must ' +
    'of in on at to for from by with without within about into onto over under between among amid through throughout during before ' +
    'after across beyond behind above below beneath beside besides near inside outside despite except unlike ' +
    'since until till than as and or but nor so yet if then also both either neither each all any some many much more most ' +
    'such other another same own very just only even still already currently now today yesterday tomorrow annually ' +
    'which who whom whose what when where why how while whereas although though because due per via upon toward towards ' +
    'one two three four five six seven eight nine ten eleven twelve first second third fourth hundred thousand million ' +
    'billion trillion bn percent cent per year years month months day days week weeks ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    'not no yes up down out off again further once well around approximately nearly almost about roughly some over ' +
    'more less than least alone including include includes included new'
  ).split(/\s+/),
);
// Verbs that carry a figure but not its subject: "trade totaled/hit/reached $46.2 billion".
const VALUE_VERBS = new Set(
  [
    'total', 'totaled', 'totalled', 'reach', 'reached', 'hit', 'rise', 'rose', 'risen', 'increase', 'increased', 'grow',
    'grew', 'stand', 'stood', 'amount', 'amounted', 'exceed', 'exceeded', 'climb', 'climbed', 'jump', 'jumped', 'fall',
    'fell', 'decline', 'declined', 'drop', 'dropped', 'surge', 'surged', 'worth', 'valued', 'remain', 'remains', 'record',
    'recorded', 'ranks', 'rank', 'ranking', 'ranked', 'compared', 'against', 'stood', 'make', 'makes', 'made', 'marks',
    'mark', 'marked', 'is', 'was', 'be',
  ].map((w) => stem(w)),
);
// The commonest figures of disaster and conflict reporting, said many ways: "1,200 people were
// killed", "claimed 1,350 lives", "a death toll of", "1,400 dead". One word each, so that the
// sources' figures meet on one subject.
const CASUALTY: ReadonlyMap<string, string> = new Map([
  ...['killed', 'dead', 'deaths', 'death', 'died', 'lives', 'fatalities', 'toll', 'perished'].map((w) => [w, 'killed'] as const),
  ...['injured', 'wounded', 'injuries', 'hurt'].map((w) => [w, 'injured'] as const),
]);
// Verbs that introduce whose estimate a figure is: "the Commission estimates that …", "the
// ministry put the loss at …". Who estimated is not what the figure measures.
const ATTRIBUTING = new Set(['said', 'says', 'estimate', 'estimates', 'estimated', 'expects', 'expect', 'forecast', 'forecasts', 'projects', 'projected', 'believes', 'believe', 'reported', 'reports', 'thinks', 'argue', 'argues', 'argued', 'warned', 'warns', 'noted', 'notes', 'calculated', 'calculates']);
const GENERIC_PEOPLE = new Set(['nationals', 'citizens', 'people', 'residents', 'persons', 'individuals', 'inhabitants', 'population']);
const PLURAL_IRREGULAR = new Set(['people', 'children', 'men', 'women', 'staff', 'personnel', 'police', 'cattle', 'media']);
const LOCATIVE = new Set(['in', 'to', 'from', 'into', 'at']);

interface Ctx {
  text: string;
  tokens: Token[];
  clause: number[];
  inValue: boolean[];
}

function isContent(t: Token, ctx: Ctx, i: number): boolean {
  if (ctx.inValue[i]) return false;
  const lower = t.lower;
  if (STOP.has(lower) || /^\d/.test(lower) || lower.length < 2) return false;
  return !VALUE_VERBS.has(stem(lower));
}

function participle(word: string | undefined): boolean {
  return !!word && /ing$/i.test(word);
}

// NOTE: a sentence with several figures is read once, not once per figure: extraction and
// grouping ask for the facts of one sentence one after another.
let lastSentence: { text: string; tokens: Token[]; clause: number[]; acronyms?: Set<string> } | undefined;

function sentenceTokens(text: string): { tokens: Token[]; clause: number[]; acronyms?: Set<string> } {
  if (lastSentence?.text === text) return lastSentence;
  const tokens = tokenize(text);
  const clause: number[] = [];
  let c = 0;
  let prevEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const gap = text.slice(prevEnd, t.start);
    if (/[;:()“”"\u2013\u2014]|\s-\s/.test(gap) || /^(?:while|whereas|but|although|though)$/i.test(t.text)) c++;
    else if (gap.includes(',')) {
      // "living, studying, and working": a list of participles stays one clause.
      const prevWord = tokens[i - 1]?.text;
      const nextWord = t.lower === 'and' ? tokens[i + 1]?.text : t.text;
      if (!(participle(prevWord) && participle(nextWord))) c++;
    }
    clause.push(c);
    prevEnd = t.end + (t.possessive ? 2 : 0);
  }
  lastSentence = { text, tokens, clause };
  return lastSentence;
}

function context(fact: Pick<Fact, 'text' | 'start' | 'values'>): Ctx {
  const text = fact.text;
  const { tokens, clause } = sentenceTokens(text);
  const inValue = tokens.map((t) =>
    fact.values.some((v) => t.start < v.end - fact.start && v.start - fact.start < t.end),
  );
  return { text, tokens, clause, inValue };
}

function span(ctx: Ctx, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = Math.max(0, from); i < Math.min(ctx.tokens.length, to); i++) out.push(i);
  return out;
}

/** Token indices of the clause that holds token i. */
function clauseOf(ctx: Ctx, i: number): number[] {
  const c = ctx.clause[i];
  return ctx.tokens.map((_, k) => k).filter((k) => ctx.clause[k] === c);
}

function contentCount(ctx: Ctx, idx: number[]): number {
  return idx.filter((i) => isContent(ctx.tokens[i]!, ctx, i)).length;
}

function firstTokenAtOrAfter(ctx: Ctx, offset: number): number {
  const i = ctx.tokens.findIndex((t) => t.start >= offset);
  return i < 0 ? ctx.tokens.length : i;
}

function lastTokenBefore(ctx: Ctx, offset: number): number {
  let last = -1;
  for (let i = 0; i < ctx.tokens.length && ctx.tokens[i]!.end <= offset; i++) last = i;
  return last;
}

/** Tokens after position `from` in the same clause, at most `max`. */
function after(ctx: Ctx, from: number, max: number): number[] {
  const out: number[] = [];
  const c = ctx.clause[from];
  for (let i = from; i < ctx.tokens.length && out.length < max; i++) {
    if (ctx.clause[i] !== c) break;
    out.push(i);
  }
  return out;
}

function before(ctx: Ctx, to: number): number[] {
  if (to < 0) return [];
  const c = ctx.clause[to];
  const out: number[] = [];
  for (let i = to; i >= 0 && ctx.clause[i] === c; i--) out.unshift(i);
  return out;
}

function previousClause(ctx: Ctx, idx: number[]): number[] {
  const first = idx[0];
  if (first === undefined || first === 0) return [];
  return before(ctx, first - 1);
}

function nextClause(ctx: Ctx, idx: number[]): number[] {
  const last = idx[idx.length - 1];
  if (last === undefined || last + 1 >= ctx.tokens.length) return [];
  return after(ctx, last + 1, 12);
}

/**
 * Whether the clause from token i on only says who said or reported the sentence ("…, officials
 * said", "…, according to customs figures"): a short clause with a speech verb in it.
 */
function attribution(ctx: Ctx, i: number): boolean {
  if (i >= ctx.tokens.length || i === 0 || ctx.clause[i] === ctx.clause[i - 1]) return false;
  const clause = after(ctx, i, 8);
  if (clause.length > 6) return false;
  return SPEECH_VERB.test(clause.map((k) => ctx.tokens[k]!.text).join(' '));
}

function plural(word: string): boolean {
  const w = word.toLowerCase();
  return PLURAL_IRREGULAR.has(w) || (/[^su]s$/.test(w) && w.length > 3 && !/(?:ss|us|is|ics)$/.test(w));
}

/**
 * What a percentage is a share or a rate of, where the words right after it say: "98% of its
 * tariff lines" → line, "a 50% tariff" → tariff; none for "2.7% from 2023" or "5% compared to".
 */
function percentHeads(ctx: Ctx, tail: number[]): string[] {
  const first = tail[0];
  if (first === undefined) return [];
  const word = ctx.tokens[first]!.lower;
  if (word === 'of') return nounHeads(ctx, tail.slice(1));
  return isContent(ctx.tokens[first]!, ctx, first) && !participle(word) ? nounHeads(ctx, tail) : [];
}

const HEDGES = new Set(['nearly', 'almost', 'about', 'around', 'some', 'over', 'least', 'at', 'more', 'than', 'approximately', 'roughly', 'an', 'estimated']);

function voteSide(ctx: Ctx, idx: number[]): string | undefined {
  const first = idx[0] === undefined ? '' : ctx.tokens[idx[0]]!.text.toLowerCase();
  const second = idx[1] === undefined ? '' : ctx.tokens[idx[1]]!.text.toLowerCase();
  if (first === 'against') return 'vote against';
  if (first === 'in' && (second === 'favour' || second === 'favor')) return 'vote for';
  if (/^abstention|^abstain/.test(first)) return 'vote abstention';
  return undefined;
}

/** The words before a value, from after "… estimates that" or "… put" on, where enough is left to say what it is. */
function withoutAttribution(ctx: Ctx, idx: number[]): number[] {
  for (let k = idx.length - 2; k >= 0; k--) {
    const lower = ctx.tokens[idx[k]!]!.text.toLowerCase();
    const next = ctx.tokens[idx[k + 1]!]!.text.toLowerCase();
    const cut = (ATTRIBUTING.has(lower) && next === 'that') || lower === 'put' || lower === 'puts';
    if (!cut) continue;
    const rest = idx.slice(k + (next === 'that' ? 2 : 1));
    return contentCount(ctx, rest) >= 2 ? rest : idx;
  }
  return idx;
}

// People (a demonym or a word for people, two words at most) who then took part, voted, attended.
const PARTICIPATED = /^(?:(?:\p{Lu}[\p{L}-]*|voters|people|citizens|residents|members|delegates|participants)\s+){0,2}(?:(?:have|had|who)\s+)?(?:took\s+part|take\s+part|taking\s+part|participated|voted|turned\s+out|attended|cast\s+(?:their\s+)?(?:ballots?|votes?))\b/u;
/** The head of a count of people who took part in the story's act (`PARTICIPATED`). */
export const PARTICIPANTS = 'participants';

/** The counted thing after a number: "Vietnamese nationals" → vietnamese, "Vietnamese students" → vietnamese student. */
function countedHead(ctx: Ctx, idx: number[], lastBefore: number): string | undefined {
  // A vote's tally: "142 in favour, 5 against, 12 abstentions".
  const side = voteSide(ctx, idx);
  if (side) return side;
  // "27 million took part", "16.2m voters cast their ballots": the people who took part in the
  // story's act (voted, attended), however named, are one count, its turnout.
  const firstWord = idx.find((i) => !ctx.inValue[i]);
  if (firstWord !== undefined && PARTICIPATED.test(ctx.text.slice(ctx.tokens[firstWord]!.start, ctx.tokens[firstWord]!.start + 80))) return PARTICIPANTS;
  // "1,200 people were killed", "1,350 lives", "which killed nearly 9,000 people": what happened
  // to them is what is counted.
  for (const i of idx.slice(0, 5)) {
    // "killed 40 people and injured 90": what follows "and" is another figure's.
    if (ctx.inValue[i] || /^(?:and|or|while)$/i.test(ctx.tokens[i]!.text)) break;
    const casualty = CASUALTY.get(ctx.tokens[i]!.lower);
    if (casualty) return casualty;
  }
  for (let i = lastBefore; i >= 0 && i >= lastBefore - 2; i--) {
    const lower = ctx.tokens[i]!.lower;
    const casualty = CASUALTY.get(lower);
    if (casualty) return casualty;
    if (!HEDGES.has(lower)) break;
  }
  let nationality: string | undefined;
  for (const i of idx) {
    const t = ctx.tokens[i]!;
    const lower = t.lower;
    if (ctx.inValue[i]) continue;
    if (/ly$/.test(lower) && !nationality) continue;
    const country = countryOfNationality(t.text);
    if (country) {
      nationality = foldText(country);
      continue;
    }
    // "Filipinos", "Kenyans": the people of a nationality, the same head as "Filipino nationals".
    const demonym = /s$/i.test(t.text) ? countryOfNationality(t.text.slice(0, -1)) : undefined;
    if (demonym) return `${foldText(demonym)} people`;
    if (STOP.has(lower)) break;
    if (plural(t.text)) {
      if (GENERIC_PEOPLE.has(lower)) return populationFrame(ctx, lastBefore, lower) ? 'population' : nationality ? `${nationality} people` : 'people';
      return [nationality, stem(lower)].filter(Boolean).join(' ');
    }
    if (/(?:ing|ed)$/.test(lower) && nationality) break;
  }
  if (nationality) return `${nationality} people`;
  const firstContent = idx.find((i) => isContent(ctx.tokens[i]!, ctx, i));
  return firstContent === undefined ? undefined : stem(ctx.tokens[firstContent]!.text);
}

// Words before a count of people that make it a place's or a body's population: "home to 718
// million people", "a bloc taking in 780 million people", "a country of 37 million people", "a
// population of 37 million".
const POPULATION_BEFORE = /\b(?:home\s+to|population\s+of|tak(?:e|es|ing)\s+in|(?:country|nation|state|bloc|region|market|city|area|province)\s+of)$/i;

/**
 * Whether a count of people is a population: after a population frame (`POPULATION_BEFORE`, hedges
 * between allowed) or counted as inhabitants. Who did something ("27 million people voted") is
 * not one.
 */
function populationFrame(ctx: Ctx, lastBefore: number, noun: string): boolean {
  if (noun === 'inhabitants' || noun === 'population') return true;
  let k = lastBefore;
  while (k >= 0 && HEDGES.has(ctx.tokens[k]!.text.toLowerCase())) k--;
  if (k < 1) return false;
  return POPULATION_BEFORE.test(`${ctx.tokens[k - 1]!.text} ${ctx.tokens[k]!.text}`);
}

/**
 * The counted thing a count leaves unsaid, as lists and comparisons do ("the DA on 87 seats and
 * the EFF on 39", "gained 3 seats, rising from 84 to 87"): the nearest plural noun before it in
 * its sentence that is itself counted (right after a number, or after "of the"). Asked only
 * where nothing after the count names a thing.
 */
// A number written in words, as the value grammar reads them ("three", "twenty-five"), or a scale word.
const NUMBER_WORDS = new RegExp(`^(?:${NUMBER_WORD}|dozen|hundred|thousand|million|billion)$`);

function elidedHead(ctx: Ctx, lastBefore: number): string | undefined {
  for (let i = lastBefore; i >= 1; i--) {
    const t = ctx.tokens[i]!;
    if (ctx.inValue[i] || t.capital || !plural(t.text) || !isContent(t, ctx, i)) continue;
    const prev = ctx.tokens[i - 1]!.text.toLowerCase();
    const counted = /^\d/.test(prev) || NUMBER_WORDS.test(prev) || (prev === 'the' && i >= 2 && ctx.tokens[i - 2]!.text.toLowerCase() === 'of');
    if (counted) return GENERIC_PEOPLE.has(t.text.toLowerCase()) ? 'people' : stem(t.text.toLowerCase());
  }
  return undefined;
}

/**
 * The first noun run's last word: "partner in labor cooperation" → partner. Through "and"/"or"
 * every run's last word is kept, since without parts of speech "tourism and trade partner" (one
 * head) and "trading partner and tourism contributor" (two) look alike: the last is the head.
 */
function nounHeads(ctx: Ctx, idx: number[]): string[] {
  const heads: string[] = [];
  let head: string | undefined;
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k]!;
    const t = ctx.tokens[i]!;
    const lower = t.lower;
    // Another value ends the noun run: "94 percent of goods within ten years".
    if (ctx.inValue[i]) {
      if (head) break;
      continue;
    }
    if (STOP.has(lower) || LOCATIVE.has(lower)) {
      const next = idx[k + 1];
      const coordinated = (lower === 'and' || lower === 'or') && next !== undefined && !STOP.has(ctx.tokens[next]!.lower);
      if (head && !coordinated) break;
      if (head) heads.push(head);
      head = undefined;
      continue;
    }
    head = stem(lower);
    if (t.possessive) break;
  }
  if (head) heads.push(head);
  return heads;
}

function triggerOffset(fact: Pick<Fact, 'text' | 'kind'>): number {
  const re = fact.kind === 'agreement' ? AGREEMENT_TRIGGER : fact.kind === 'quote' ? /[“"]/ : SPEECH_VERB;
  const m = re.exec(fact.text);
  return m ? m.index : 0;
}

export function subjectFeatures(fact: Pick<Fact, 'text' | 'start' | 'kind' | 'values'>): SubjectFeatures {
  const ctx = context(fact);
  const primary = fact.values[0];
  const statement = fact.kind === 'agreement' || fact.kind === 'quote' || (fact.kind === 'claim' && primary?.type !== 'ordinal');
  const vs = primary && !statement ? primary.start - fact.start : triggerOffset(fact);
  const ve = primary && !statement ? primary.end - fact.start : vs;
  const firstAfter = firstTokenAtOrAfter(ctx, ve);
  const lastBefore = lastTokenBefore(ctx, vs);
  let window: number[];
  let head: string | undefined;
  let heads: string[] = [];
  let measured: string | undefined;
  const type = statement ? fact.kind : primary?.type;

  switch (type) {
    case 'count':
    case 'quantity': {
      const tail = after(ctx, firstAfter, 12);
      head = countedHead(ctx, tail, lastBefore) ?? elidedHead(ctx, lastBefore);
      window = [...withoutAttribution(ctx, before(ctx, lastBefore)), ...tail];
      break;
    }
    case 'money':
    case 'percent': {
      let lead = withoutAttribution(ctx, before(ctx, lastBefore));
      if (contentCount(ctx, lead) < 2) lead = [...previousClause(ctx, lead.length ? lead : [firstAfter]), ...lead];
      const tail = after(ctx, firstAfter, 6);
      if (type === 'percent') heads = percentHeads(ctx, tail);
      else measured = measuredNoun(ctx, tail, lastBefore);
      window = [...lead, ...tail];
      break;
    }
    case 'rank':
    case 'ordinal':
    case 'duration': {
      // "within ten years, officials said": who said it is not what the value measures.
      const attributed = attribution(ctx, firstAfter);
      let tail = attributed ? [] : after(ctx, firstAfter, 7);
      if (contentCount(ctx, tail) > 0) heads = nounHeads(ctx, tail);
      else if (!attributed) tail = nextClause(ctx, tail.length ? tail : [Math.max(0, firstAfter - 1)]);
      // "Aid arrived within 48 hours.": nothing after the value says what it measures; the words before do.
      if (contentCount(ctx, tail) === 0) tail = before(ctx, lastBefore);
      window = tail;
      break;
    }
    case 'date':
    case 'daterange': {
      const at = firstAfter < ctx.tokens.length && ctx.inValue[firstAfter] ? firstAfter : Math.max(0, lastBefore);
      const inside = ctx.tokens.findIndex((_, i) => ctx.inValue[i] && ctx.tokens[i]!.start >= vs);
      let idx = clauseOf(ctx, inside >= 0 ? inside : at);
      if (contentCount(ctx, idx) < 3) {
        const startsSentence = idx[0] === 0;
        idx = startsSentence ? [...idx, ...nextClause(ctx, idx)] : [...previousClause(ctx, idx), ...idx];
      }
      window = idx;
      break;
    }
    case 'claim': {
      if (statement) {
        // What was said: the words after the verb ("said that Sudan had a long way to go"), or,
        // when the verb closes the sentence ("…,” Mr Obama said."), the words before it. The verb
        // itself says nothing about the subject: every attributed claim has one.
        const said = span(ctx, firstAfter + 1, firstAfter + 25);
        window = contentCount(ctx, said) >= 2 ? said : span(ctx, Math.max(0, lastBefore - 14), lastBefore + 1);
        break;
      }
      // A "first": what it is the first of.
      const tail = after(ctx, firstAfter, 10);
      heads = nounHeads(ctx, tail);
      window = tail;
      break;
    }
    case 'agreement': {
      const from = firstTokenAtOrAfter(ctx, vs);
      window = [...before(ctx, from - 1), ...span(ctx, from, from + 18)];
      break;
    }
    case 'quote': {
      // What was quoted, not who said it or how: two reports of one quotation frame it differently.
      const q = QUOTE.exec(ctx.text);
      const inside = q ? ctx.tokens.flatMap((t, i) => (t.start > q.index && t.end < q.index + q[0].length ? [i] : [])) : [];
      window = inside.length ? inside.slice(0, 24) : span(ctx, 0, 24);
      break;
    }
    default:
      window = span(ctx, 0, 24);
  }

  const tokens = new Set<string>();
  const words: string[] = [];
  const slots = new Map<string, string>();
  const names = new Set<string>();
  let run: string[] = [];
  const flushRun = () => {
    if (run.length >= 2) names.add(foldText(run.join(' ')));
    run = [];
  };
  for (let k = 0; k < window.length; k++) {
    const i = window[k]!;
    const t = ctx.tokens[i]!;
    const lower = t.lower;
    if (LOCATIVE.has(lower)) {
      const next = ctx.tokens[i + 1];
      const place = next && knownPlace(next.text);
      if (place && window.includes(i + 1)) {
        if (!slots.has(lower)) slots.set(lower, foldText(place));
        words.push(lower);
      }
    }
    if (t.capital && !ctx.inValue[i] && i > 0) run.push(t.text);
    else flushRun();
    if (!isContent(t, ctx, i)) continue;
    tokens.add(CASUALTY.get(lower) ?? stem(lower));
    words.push(t.text);
  }
  flushRun();
  const features: SubjectFeatures = { tokens, slots, names, words, acronyms: acronymsOf(ctx) };
  if (type === 'count' || type === 'quantity' || type === 'money' || type === 'percent') {
    const owner = ownerBefore(ctx, lastBefore);
    if (owner) features.owner = owner;
  }
  if (measured) features.measured = measured;
  if (heads.length) head = heads[heads.length - 1];
  if (head) {
    features.head = head;
    features.heads = heads.length ? heads : [head];
  }
  return features;
}

// Capitalised words that name no owner: units, currency codes and measures written in capitals.
const NOT_AN_OWNER = new RegExp(`^(?:${ISO_CODES}|GDP|GNP|MW|GW|KW|KWH|MWH|GWH|TWH|TEU|TEUS|PM|AM|CEO|COVID|MOU|MOUS)$`);

function acronymsOf(ctx: Ctx): Set<string> {
  // Read once per sentence: a sentence with many figures asks for them once per figure.
  const sentence = sentenceTokens(ctx.text);
  if (sentence.acronyms) return sentence.acronyms;
  const out = new Set<string>();
  sentence.acronyms = out;
  for (const t of ctx.tokens) {
    if (!ACRONYM_WORD.test(t.text) || knownPlace(t.text) || NOT_AN_OWNER.test(t.text)) continue;
    out.add(t.text);
  }
  return out;
}

/**
 * See `SubjectFeatures.owner`: looked for in the value's own clause, and in the clause before
 * where the value's clause is a participle's that takes that one's subject ("The Greens gained
 * two seats, rising to 14").
 */
function ownerBefore(ctx: Ctx, lastBefore: number): string | undefined {
  // The owner stands close before its figure: the last dozen words of the clause are enough.
  const near = (to: number): number[] => {
    const out: number[] = [];
    for (let i = to; i >= 0 && i > to - 12 && ctx.clause[i] === ctx.clause[to]; i--) out.unshift(i);
    return out;
  };
  let idx = lastBefore < 0 ? [] : near(lastBefore);
  const first = idx[0];
  if (first !== undefined && first > 0 && ctx.clause[first - 1] !== ctx.clause[first] && participle(ctx.tokens[first]!.text)) idx = [...near(first - 1), ...idx];
  // A headline in title case capitalises every word: none of them says whose figure it is.
  const words = idx.filter((i) => STARTS_LETTER.test(ctx.tokens[i]!.text) && !STOP.has(ctx.tokens[i]!.lower));
  if (words.length >= 3 && words.filter((i) => ctx.tokens[i]!.capital).length >= words.length * 0.6) return undefined;
  for (const i of idx.reverse()) {
    const t = ctx.tokens[i]!;
    if (!t.capital || ctx.inValue[i] || i === 0) continue;
    const lower = t.lower;
    if (STOP.has(lower) || knownPlace(t.text) || countryOfNationality(t.text) || NOT_AN_OWNER.test(t.text.toUpperCase())) continue;
    return foldText(t.text);
  }
  return undefined;
}

// Words that link a sum to what it measures as its level: "stands at", "of", "was", "totalled".
// Changes ("rose to") are left out: a change is not the thing's level.
const LEVEL_LINKS = new Set(['of', 'at', 'is', 'was', 'were', 'are', 'stands', 'stood', 'stand', 'totals', 'totalled', 'totaled', 'reached', 'reaches', 'amounts', 'amounted', 'to', 'worth', 'valued']);
// The hedges of counts (HEDGES) but "at", which links a sum to its thing ("put the loss at"), and
// the articles and hedges a sum takes besides ("just under a", "the").
const SUM_HEDGES = new Set([...[...HEDGES].filter((w) => w !== 'at'), 'just', 'under', 'a', 'the']);
// Abbreviations written in capitals that are common nouns, not names: "a combined GDP of $22 trillion".
const COMMON_ABBREVIATIONS = new Set(['gdp', 'gnp', 'gni']);
const ADD_UP = /^add(?:s|ed|ing)?$/;
const NOUN_PREPOSITIONS = new Set(['with', 'between', 'in', 'for', 'to', 'from', 'of', 'on']);

/**
 * What a sum measures, where its noun phrase says it: the noun right after it ("the $25 billion
 * US trade deficit", "$3 billion of helicopter deals") or the noun a level link joins it to ("a
 * deficit of $24 billion", "the deficit with India stands at $24 billion": the head before the
 * preposition, not the place after it). None where neither holds: "pledged $5 million to
 * Morocco" names where the money goes, not what it is.
 */
function measuredNoun(ctx: Ctx, tail: number[], lastBefore: number): string | undefined {
  const word = (i: number): string => ctx.tokens[i]!.text.toLowerCase();
  // A common noun: a capital only where it opens the sentence ("Trade was …").
  const noun = (i: number | undefined): boolean =>
    i !== undefined && i >= 0 && !ctx.inValue[i] && isContent(ctx.tokens[i]!, ctx, i) && !/(?:ed|ing|ly)$/.test(word(i)) && (i === 0 || !ctx.tokens[i]!.capital || COMMON_ABBREVIATIONS.has(word(i)));
  // The noun after a sum is its head only inside the sum's clause: in "$41 billion, Marlow told
  // members" the words after the comma are another clause's.
  const first = tail[0];
  let after = first !== undefined && first > 0 && ctx.clause[first] !== ctx.clause[first - 1] ? [] : tail;
  if (after[0] !== undefined && word(after[0]) === 'of') after = after.slice(1);
  // The phrase may open with a name ("the $25 billion US trade deficit"); its head may not.
  const opens = after[0] !== undefined && isContent(ctx.tokens[after[0]]!, ctx, after[0]) && !/(?:ed|ing|ly)$/.test(word(after[0]));
  const afterHeads = opens ? nounHeads(ctx, after) : [];
  const afterHead = afterHeads[afterHeads.length - 1];
  if (afterHead && !/(?:ed|ing)$/.test(afterHead)) {
    const last = after.find((i) => stem(word(i)) === afterHead);
    if (last !== undefined && noun(last)) return afterHead;
  }
  let k = lastBefore;
  while (k >= 0 && SUM_HEDGES.has(word(k)) && ctx.clause[k] === ctx.clause[lastBefore]) k--;
  let links = 0;
  while (k >= 0 && LEVEL_LINKS.has(word(k)) && ctx.clause[k] === ctx.clause[lastBefore]) {
    k--;
    links++;
    // "their economies add up to $22 trillion": the phrasal "add up to" links like "total".
    if (word(k + 1) === 'to' && k >= 1 && word(k) === 'up' && ADD_UP.test(word(k - 1))) k -= 2;
  }
  if (!links || k < 0 || ctx.clause[k] !== ctx.clause[lastBefore]) return undefined;
  // "trade between the two countries", "the deficit with India": the head stands before the preposition.
  for (let p = k - 1; p >= 0 && p >= k - 4 && ctx.clause[p] === ctx.clause[k]; p--) {
    if (NOUN_PREPOSITIONS.has(word(p))) {
      if (noun(p - 1)) return stem(word(p - 1));
      break;
    }
  }
  return noun(k) ? stem(word(k)) : undefined;
}

/** The subject as the analyst reads it: the content words around the value, with its time. */
export function subjectText(fact: Pick<Fact, 'text' | 'start' | 'kind' | 'values'>, features: SubjectFeatures = subjectFeatures(fact)): string {
  const { words } = features;
  const time = fact.values.slice(1).find((v) => v.type === 'date' || v.type === 'daterange');
  const parts = words.slice(0, 10);
  if (time) parts.push(time.canonical);
  return parts.join(' ').trim() || fact.kind;
}
