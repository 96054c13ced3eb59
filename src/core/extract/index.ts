// Extraction: from a source's cleaned text to facts, each pointing at its exact words.
//
// Granularity: one fact per checkable value. A sentence (or list item, or heading) that carries
// three figures gives three facts over the same span, each with its own primary value first in
// `values`, then what that value needs to be read (a money conversion, its time). Statements
// without a figure (agreements, firsts, quotes, attributed claims) are facts of their own.
import type { Entity, Fact, FactKind, FactValue } from '../model';
import { Hash53, ID_PART_SEPARATOR as SEP, idOf } from '../ids';
import { buildRegistry, distinctEntities, mentionsIn, type Registry } from '../entities/recognise';
import { findCounts, findPercents, findQuantities } from './amounts';
import { findDates, formatParts } from './dates';
import { findDurations } from './durations';
import { Taken, type Found } from './found';
import { findMoney } from './money';
import { findOrdinals, findRanks } from './ranks';
import { englishNumbers, findLocalDates, writesDecimalComma } from './locale';
import { splitUnits, type Unit } from './segment';
import { MAX_FACTS_PER_SOURCE, limitNotes, noLimits, type ExtractLimits } from './limits';
import { findStatements, type StatementHit } from './statements';
import { subjectFeatures, subjectText } from './subject';
import { aboutOf } from '../about';
import { eventParts, eventSubject } from './eventClauses';
import { foldText, nameKey } from '../entities/fold';
import { parsePublished, referenceYear, yearFor, type YearReference } from './yearReference';
import { findRelativeDates, resolveRelative, type Day } from './relativeDates';
import { readDateline } from '../dateline';

// NOTE: module constants, not literals in the functions: esbuild (tsx, the bundles) turns a
// literal with \p{…} into `new RegExp(…)`, built again at every call.
const HAS_UPPER = /\p{Lu}/u;
const TWO_LETTERS = /\p{L}{2}/u;
const ONE_NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]+$/u;

export { MAX_FACTS_PER_SOURCE, MAX_UNIT, MAX_WORD, limitNotes, type ExtractLimits } from './limits';
export { dayFromProject, statedDays, statesNoYear, storyDay, yearFromProject } from './projectDay';

export interface ExtractInput {
  sourceId: string;
  /** The cleaned article text (facts point into it with UTF-16 offsets). Lines separated by \n; a line that is a heading or list item is its own unit. */
  text: string;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) of publication, or null. */
  publishedAt: string | null;
  /** The source's language (BCP 47), where known: how its numbers and dates are written. */
  language?: string | null;
  /**
   * YYYY-MM-DD: the day relative dates count from when neither the publication date nor a dateline
   * gives one, inferred from the project's other sources (see `dayFromProject`).
   */
  inferredDay?: string | null;
  /**
   * For a source that states no year at all (nor a publication date): the year the project's
   * other sources date the same events in, for its year-less dates (see `yearFromProject`).
   */
  inferredYear?: number | null;
}

interface UnitScan {
  unit: Unit;
  text: string;
  found: Found[];
  statements: StatementHit[];
}

type Scanner = typeof findMoney;

// Each scanner with a cheap test for what every one of its matches contains: most sentences
// hold no rank and no duration, and the full grammars are far slower than these tests.
const NUMBER_WORDS = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|zero)/i;
const SCANNERS: Array<[RegExp, Scanner]> = [
  [/\d/, findMoney],
  [/%|per\s?cent|pct|half|third|quarter|fifth|sixth|eighth|tenth|cent[oi]?\b|prozent|procent|persen|phần trăm/i, findPercents],
  // Before the dates: "March last year" is one relative date, not "March" and a year apart.
  [/day|night|week|month|year|morrow|morning|evening|afternoon/i, findRelativeDates],
  [/\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|quarter|half/, findDates],
  [/day|week|month|year|hour|minute|decade|centur/i, findDurations],
  [/largest|biggest|top|highest|No\.|number|rank/i, findRanks],
  [/\d(?:st|nd|rd|th)|first|second|third|th\b/i, findOrdinals],
  [/\d/, findQuantities],
  [NUMBER_WORDS, findCounts],
];

function scanUnit(source: string, unit: Unit, decimalComma: boolean): UnitScan {
  const text = source.slice(unit.start, unit.end);
  const taken = new Taken();
  const found: Found[] = [];
  // The scanners read the numbers the English way; the fact keeps the source's own words.
  const read = decimalComma ? englishNumbers(text) : text;
  if (decimalComma) findLocalDates(read, unit.start, source, taken, found);
  for (const [mayHold, scanner] of SCANNERS) if (mayHold.test(read)) scanner(read, unit.start, source, taken, found);
  found.sort((a, b) => a.start - b.start);
  const statements = findStatements(read, unit.start).filter((s) => !s.value || !taken.overlaps(s.start, s.end));
  return { unit, text, found, statements };
}

/**
 * Fills in the canonical form of dates; drops a lone month with no year to give it, and a relative
 * date ("on Tuesday") where the source has no day to count it from.
 */
function finishDates(scans: UnitScan[], ref: YearReference | undefined, day: Day | undefined): void {
  for (const s of scans) {
    s.found = s.found.filter((f) => {
      if (!f.date) return true;
      if (f.relative) {
        const canonical = day && resolveRelative(f.relative, day);
        if (!canonical) return false;
        f.canonical = canonical;
        return true;
      }
      const from = { ...f.date.from };
      const to = f.date.to ? { ...f.date.to } : undefined;
      if (from.year === undefined && to?.year !== undefined) from.year = to.year - (from.month !== undefined && to.month !== undefined && from.month > to.month ? 1 : 0);
      if (from.year === undefined && ref) {
        from.year = yearFor(from, ref);
        f.inferred = true;
      }
      // NOTE: with no year anywhere to infer from, a day keeps the yearless form ("04-27"), which
      // verification compares by month and day; a lone month with no year says too little to keep.
      if (from.year === undefined && from.day === undefined) return false;
      if (to && to.year === undefined && from.year !== undefined) {
        to.year = from.year + (to.month !== undefined && from.month !== undefined && to.month < from.month ? 1 : 0);
      }
      f.canonical = to ? `${formatParts(from)}/${formatParts(to)}` : formatParts(from);
      return true;
    });
  }
}

function toValue(f: Found, source: string): FactValue {
  const v: FactValue = { type: f.type, canonical: f.canonical, surface: source.slice(f.start, f.end), start: f.start, end: f.end };
  if (f.qualifier) v.qualifier = f.qualifier;
  if (f.inferred) v.inferred = true;
  if (f.unit) v.unit = f.unit;
  if (f.reported) v.reported = true;
  return v;
}

/** The date a value is "as of": one in its clause, else the sentence's opening time phrase. */
function timeOf(value: Found, scan: UnitScan, source: string, previous: Found | undefined, timeOfPrevious: Found | undefined): Found | undefined {
  const dates = scan.found.filter((f) => f.date && f !== value && f.role !== 'baseline' && f.role !== 'target');
  let best: Found | undefined;
  let bestGap = Infinity;
  for (const d of dates) {
    const between = d.end <= value.start ? source.slice(d.end, value.start) : source.slice(value.end, d.start);
    if (/[,;:()]/.test(between.replace(/\([^()]*\)/g, ''))) continue;
    if (d.end <= value.start && inRelativeClause(source, scan.unit.start, d, between)) continue;
    if (d.start >= value.end && SUBORDINATE.test(between)) continue;
    if (between.length < bestGap) {
      best = d;
      bestGap = between.length;
    }
  }
  if (best) return best;
  // "In 2024, two-way trade …", "As of March 31, 2025, Japan had …"
  const opening = dates.find((d) => d.start - scan.unit.start < 40 && /^[^,;]*,/.test(source.slice(d.end, scan.unit.end)) && !/[,;]/.test(source.slice(scan.unit.start, d.start)));
  if (opening && opening.start < value.start) return opening;
  // "…, up 2.7% from 2023": a change clause continues the figure before it.
  const clauseStart = Math.max(lastIndexWithin(source, ',', value.start, scan.unit.start), scan.unit.start);
  const lead = source.slice(clauseStart, value.start);
  if (previous && /^[,\s]*(?:up|down|an?\s+(?:increase|decrease|rise|fall|drop|jump|growth)|rising|falling|increasing|decreasing|growing)\b/i.test(lead)) {
    return timeOfPrevious;
  }
  return attributionTime(value, dates, scan, source);
}

// [time.attribution] "Some 2,012 people were confirmed dead, the ministry reported Saturday
// night.", "…, according to a toll the ministry issued on Saturday at 10 pm.": the day a
// sentence's closing attribution gives is when its figures were reported, their "as of" time.
// Only a closing clause that reports (a reporting verb, or "according to"), after the figure, with
// no other clause after it; a day inside the figure's own sentence body stays the event's.
const REPORTING = /\b(?:according\s+to|(?:reported|said|says|announced|issued|released|published|updated|confirmed|stated|told)\b)/i;

function attributionTime(value: Found, dates: readonly Found[], scan: UnitScan, source: string): Found | undefined {
  const lastComma = lastIndexWithin(source, ',', scan.unit.end, value.end);
  if (lastComma < 0) return undefined;
  const clause = source.slice(lastComma + 1, scan.unit.end);
  if (!REPORTING.test(clause)) return undefined;
  const inClause = dates.filter((d) => d.start > lastComma && d.type === 'date');
  return inClause.length === 1 ? { ...inClause[0]!, reported: true } : undefined;
}

// [time.relative-clause] "The quake that struck on Friday has killed 2,012": a date inside a
// relative clause on the subject dates that clause's event; the main verb after it ("has killed")
// reports the figure, as of another time.
const CLAUSE_OPENING = /\b(?:that|which|who)\s+(?!(?:on|in|at|by|late|early|last|this|since)\b)\p{L}[^,;:]*$/iu;
const FINITE_VERB = /\b(?:has|have|had|was|were|is|are|will|\p{Ll}{2,}ed|rose|fell|hit|left|reached|stood)\b/u;

// [time.subordinate-clause] "800 were killed when the storm hit on Friday": a date after the figure
// and behind a subordinating word dates the subordinate clause's event.
const SUBORDINATE = /\b(?:when|after|before|as|while|since|because|until|once)\b/i;

function inRelativeClause(source: string, unitStart: number, date: Found, between: string): boolean {
  if (!FINITE_VERB.test(between)) return false;
  const clauseStart = Math.max(unitStart, lastIndexWithin(source, ',', date.start, unitStart) + 1);
  return CLAUSE_OPENING.test(source.slice(clauseStart, date.start));
}

/**
 * `source.lastIndexOf(char, at)`, looked for no further back than `floor`: -1 when it is not at
 * `floor` or after. NOTE: an unbounded lastIndexOf per figure scanned back to the start of the
 * source when its sentence had no comma, quadratic in a long run without one (a 2 MB sentence
 * spent most of its 30 s there).
 */
function lastIndexWithin(source: string, char: string, at: number, floor: number): number {
  const code = char.charCodeAt(0);
  for (let i = Math.min(at, source.length - 1); i >= floor; i--) if (source.charCodeAt(i) === code) return i;
  return -1;
}

function speakerName(hit: StatementHit, entities: readonly { start: number; end: number; entity: Entity }[], source: string, lastPerson: Entity | undefined): string | undefined {
  if (!hit.speaker) return undefined;
  const inside = entities.find((m) => m.start >= hit.speaker!.start && m.end <= hit.speaker!.end && m.entity.type !== 'place');
  if (inside) return inside.entity.name;
  const words = source.slice(hit.speaker.start, hit.speaker.end).trim();
  if (/^(?:he|she)$/i.test(words)) return lastPerson?.name;
  // "They said", "We said": no one the analyst could cite.
  if (/^(?:they|we|i|it|you)$/i.test(words)) return undefined;
  return HAS_UPPER.test(words) ? words : undefined;
}

// A wire dateline opening a line: place, date, agency, dash ("JAKARTA, June 14 (Reuters) - ").
const DATELINE = /^[\p{Lu}][\p{Lu}\p{M} .'’-]{1,30}(?:,\s*[\p{L}\p{M} .]{2,30})?,\s+[^-–—\n]{3,30}?(?:\s*\([^()\n]{2,30}\))?\s+[-–—]{1,2}\s/u;

/** Where a dateline at the start of the unit's line ends, or -1. */
function datelineEnd(source: string, unit: Unit): number {
  if (unit.start > 0 && source[unit.start - 1] !== '\n') return -1;
  const line = source.slice(unit.start, unit.start + 160);
  const m = DATELINE.exec(line);
  return Math.max(m ? unit.start + m[0].length : -1, unit.start + (readDateline(line)?.length ?? -unit.start - 1));
}

function dayOfIso(iso: string | null | undefined): Day | undefined {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
}

// How many units from the top a dateline may open (a title, a standfirst and a caption above it).
const DATELINE_UNITS = 12;
// A web page may carry its story days after the wire filed it, never before.
const REPOST_DAYS = 7;

/**
 * The day the source's relative dates count from: the day its dateline states ("LIMA, June 20
 * (AFP) -", its year from the publication date or the text), when the page was published that day
 * or within a week after; else the publication date when it is a full date; else none.
 */
function sourceDay(source: string, scans: readonly UnitScan[], publishedAt: string | null, ref: YearReference | undefined): Day | undefined {
  const published = parsePublished(publishedAt);
  const publishedDay = published?.month !== undefined && published.day !== undefined ? { year: published.year, month: published.month, day: published.day } : undefined;
  for (const scan of scans.slice(0, DATELINE_UNITS)) {
    const { unit } = scan;
    if (unit.start > 0 && source[unit.start - 1] !== '\n') continue;
    const dateline = readDateline(source.slice(unit.start, unit.start + 160));
    if (!dateline) continue;
    const { month, day } = dateline.date;
    const year = dateline.date.year ?? (ref ? yearFor({ month, day }, ref) : undefined);
    if (year === undefined) break;
    const filed = { year, month, day };
    if (!publishedDay) return filed;
    const lag = Date.UTC(publishedDay.year, publishedDay.month - 1, publishedDay.day) - Date.UTC(year, month - 1, day);
    if (lag >= 0 && lag <= REPOST_DAYS * 86_400_000) return filed;
    break;
  }
  return publishedDay;
}

/** Whether the unit has a word (two letters or more) outside its values (in text order). */
function wordsOutside(source: string, unit: Unit, found: readonly Found[]): boolean {
  let text = '';
  let at = unit.start;
  for (const f of found) {
    if (f.start > at) text += source.slice(at, f.start);
    at = Math.max(at, f.end);
  }
  if (unit.end > at) text += source.slice(at, unit.end);
  return TWO_LETTERS.test(text);
}

export function extractFacts(input: ExtractInput): Fact[] {
  return extractBounded(input).facts;
}

/** A source's facts and, in the analyst's words, what the bounds of limits.ts did to them. */
export interface Extraction {
  facts: Fact[];
  notes: string[];
}

export function extractSource(input: ExtractInput): Extraction {
  const { facts, limits } = extractBounded(input);
  return { facts, notes: limitNotes(limits, input.text.length) };
}

function extractBounded(input: ExtractInput, maxFacts = MAX_FACTS_PER_SOURCE): { facts: Fact[]; limits: ExtractLimits } {
  const source = input.text;
  const limits = noLimits();
  const units = splitUnits(source, limits);
  const registry: Registry = buildRegistry(source);
  const decimalComma = writesDecimalComma(input.language);
  const scans = units.map((u) => scanUnit(source, u, decimalComma));
  const ref = referenceYear(input.publishedAt, scans) ?? (input.inferredYear ? { year: input.inferredYear } : undefined);
  finishDates(scans, ref, sourceDay(source, scans, input.publishedAt, ref) ?? dayOfIso(input.inferredDay));
  // "JAKARTA, June 14 (Reuters) -": when the story was filed dates the source's year-less dates
  // (above), but it is neither a fact the story reports nor the time of its figures.
  for (const scan of scans) {
    const dateline = datelineEnd(source, scan.unit);
    if (dateline > 0) scan.found = scan.found.filter((f) => !(f.date && f.end <= dateline));
  }

  // A unit that is nothing but a value ("9 October 2025" under a statement's signature) says
  // nothing an analyst could check: what happened then, what the figure counts.
  for (const scan of scans) {
    if (scan.found.length && !wordsOutside(source, scan.unit, scan.found)) scan.found = [];
  }

  const facts: Fact[] = [];
  const seen = new Map<string, number>();
  let lastPerson: Entity | undefined;
  for (const scan of scans) {
    const { unit } = scan;
    const mentions = mentionsIn(source, unit.start, unit.end, registry);
    const entities = distinctEntities(mentions);
    const base = { sourceId: input.sourceId, text: scan.text, start: unit.start, end: unit.end, entities };
    // `stableId('fact', sourceId, text, kind, key, occurrence)`, its common start hashed once per unit.
    const unitHash = new Hash53().add(`${input.sourceId}${SEP}${scan.text}${SEP}`);
    const make = (kind: FactKind, values: FactValue[], key: string, parser: string): Fact => {
      // Ids rest on the words as written, not on offsets (restoring a removed line shifts every
      // offset after it) nor on canonical values (a new source date re-infers a year): the
      // analyst's decisions must stay with their facts. Exact repeats are numbered.
      const idKey = `${scan.text}\u241f${kind}\u241f${key}`;
      const occurrence = (seen.get(idKey) ?? 0) + 1;
      seen.set(idKey, occurrence);
      // NOTE: the unit's fields written out, not spread from `base` (a spread per fact was slow),
      // in the order the spread gave them (the fact's JSON keeps its key order).
      const id = idOf('fact', unitHash.copy().add(`${kind}${SEP}${key}${SEP}${occurrence}`));
      const fact: Fact = { id, kind, values, subject: '', sourceId: base.sourceId, text: base.text, start: base.start, end: base.end, entities: base.entities, parser };
      if (input.language) fact.language = input.language;
      // A clause's own claim is about its parts (set below); a figure's subject is its words.
      if (parser !== 'event.clause') {
        const features = subjectFeatures(fact);
        fact.subject = subjectText(fact, features);
        fact.about = aboutOf(features);
      }
      return fact;
    };
    // What the unit reports as an event, whatever figures it also gives: its statements carry
    // the parts, and a unit with no statement is a claim of its own.
    const event = eventParts({
      source,
      start: unit.start,
      end: unit.end,
      mentions,
      tokens: registry.tokens,
      dates: scan.found.filter((f) => f.date && f.role !== 'baseline' && f.role !== 'target').map((f) => ({ canonical: f.canonical, start: f.start, end: f.end })),
    });
    for (const hit of scan.statements) {
      const values = hit.value ? [toValue(hit.value, source)] : [];
      const fact = make(hit.kind, values, hit.value ? source.slice(hit.value.start, hit.value.end) : hit.kind, `statement.${hit.kind}`);
      const speaker = speakerName(hit, mentions, source, lastPerson);
      if (speaker) {
        // "According to Moepya": a surname alone is the person the source names in full elsewhere.
        const person = ONE_NAME_WORD.test(speaker) ? registry.persons.get(registry.byToken.get(foldText(speaker)) ?? '') : undefined;
        fact.speaker = person?.name ?? speaker;
        fact.speakerKey = nameKey(fact.speaker);
        if (person && !fact.entities.some((e) => e.key === person.key)) fact.entities = [...fact.entities, person];
      }
      if (event) fact.event = event;
      facts.push(fact);
    }
    if (event && !scan.statements.some((h) => !h.value)) {
      // Its figures are facts of their own (above); grouping reads them from the sentence.
      const fact = make('claim', [], 'event', 'event.clause');
      fact.event = event;
      fact.subject = eventSubject(event);
      facts.push(fact);
    }
    let previous: Found | undefined;
    let previousTime: Found | undefined;
    for (const f of scan.found) {
      if (f.conversionOf || f.role === 'baseline') continue;
      const values = [toValue(f, source)];
      for (const c of scan.found) if (c.conversionOf === f) values.push(toValue(c, source));
      let time: Found | undefined;
      if (f.type !== 'date' && f.type !== 'daterange') {
        time = timeOf(f, scan, source, previous, previousTime);
        if (time) values.push(toValue(time, source));
        previous = f;
        previousTime = time;
      }
      facts.push(make(f.type, values, source.slice(f.start, f.end), f.parser ?? `value.${f.type}`));
    }
    const people = mentions.filter((m) => m.entity.type === 'person');
    if (people.length) lastPerson = people[people.length - 1]!.entity;
    if (facts.length > maxFacts) {
      // NOTE: per-fact work, grouping and the project's size all grow with the facts kept; a
      // file past the cap is data, and the note says where reading stopped.
      facts.length = maxFacts;
      limits.factsStoppedAt = facts[maxFacts - 1]!.end;
      break;
    }
  }
  return { facts, limits };
}
