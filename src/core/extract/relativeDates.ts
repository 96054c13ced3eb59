// Dates the text gives relative to when it was written: "on Tuesday", "yesterday", "late Sunday",
// "Friday night", "last night", "earlier this month", "March last year", "next year". Found here
// with what they count from; finishDates resolves them against the source's day (its publication
// date or its dateline) and drops them where there is no such day. Every one is marked inferred.
//
// Rules (ids):
//   relative.weekday  "on Tuesday", "late Sunday", "Friday night('s)", "last Friday": in a past-tense
//                     clause the latest such day on or before the source's day ("last": before
//                     it), in a future one the first on or after it; no tense, no date
//   relative.day      "today", "tonight", "this evening" (the day itself); "yesterday", "last
//                     night" (the day before: the wire rule for a story written in the morning);
//                     "tomorrow" (the day after)
//   relative.week     "this week", "earlier/later this week", "last week", "next week": a range of days
//   relative.month    "this month", "earlier/later this month", "last month", "next month"
//   relative.year     "this year", "last year", "next year", "<Month> last year", "last <Month>"
import { scan, type Found, type Taken } from './found';
import { dateRole, monthNumber } from './dates';

// NOTE: module constants, not literals in the functions: esbuild (tsx, the bundles) turns a
// literal with \p{…} into `new RegExp(…)`, built again at every call.
const NAME_BEFORE = /\S\s+\p{Lu}[\p{L}.]*\s+$/u;
const STARTS_UPPER = /^\p{Lu}/u;
const UPPER_AFTER_SPACE = /^\s+\p{Lu}/u;

export type RelativeDate =
  | { rule: 'relative.weekday'; weekday: number; direction: 'past' | 'future' | 'before' }
  | { rule: 'relative.day'; offset: number }
  | { rule: 'relative.week'; offset: number; part?: 'earlier' | 'later' }
  | { rule: 'relative.month'; offset: number; month?: number; part?: 'earlier' | 'later' }
  | { rule: 'relative.year'; offset: number; month?: number };

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = '(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';
const PART_OF_DAY = '(?:\\s+(?:morning|afternoon|evening|night))?';
const POSSESSIVE = "(?:['’]s)?";
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';

// "late on Friday evening", "last Friday's", "on Sunday afternoon", "early Monday".
const WEEKDAY_PHRASE = new RegExp(
  `\\b(?:((?:late|early)(?:\\s+on)?|last|this|next|on)\\s+)?${WEEKDAY}${PART_OF_DAY}${POSSESSIVE}(?![\\p{L}\\d])`,
  'giu',
);
const DAY_WORD = new RegExp(
  `\\b(?:(the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow)|(yesterday|today|tomorrow)${PART_OF_DAY}|(tonight|overnight)|(last)\\s+night|this\\s+(morning|afternoon|evening))${POSSESSIVE}(?![\\p{L}\\d])`,
  'giu',
);
const WEEK_MONTH_YEAR = new RegExp(
  `\\b(?:(?:${MONTH}\\s+(last|this|next)\\s+year)|(?:([Ll]ast|[Nn]ext)\\s+${MONTH})|(?:(?:([Ee]arlier|[Ll]ater)\\s+)?([Tt]his|[Ll]ast|[Nn]ext)\\s+(week|month|year)))${POSSESSIVE}(?![\\p{L}\\d])`,
  'gu',
);

// Words before a weekday that make it another day than the one counted from the source's:
// "the following Monday", "every Friday", "a Sunday", "that Tuesday", "the Sunday Times".
const NOT_RELATIVE_BEFORE = /\b(?:the|a|an|every|each|following|previous|preceding|same|that|one|some|any)\s+$/i;
// An explicit date right after the weekday ("Tuesday, March 4") is read as that date instead.
const EXPLICIT_AFTER = /^,?\s+(?:the\s+)?(?:\d{1,2}\b|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d)/u;

// Tense cues. A verb group that speaks of the future (its participle included, so that "will be
// held" is not read as "held"); one whose time cannot be told ("would", "could", "was to"); and
// past-tense verbs: regular "-ed" forms and the common irregular ones.
const FUTURE_GROUP =
  /\b(?:(?:will|shall|'ll|won't)(?:\s+not)?(?:\s+\p{Ll}+ly)?(?:\s+(?:be|have|have\s+been))?\s+\p{Ll}+|(?:is|are|am)\s+(?:(?:due|set|scheduled|expected|slated|going|planning|poised|likely|about|also)\s+)?to\s+(?:be\s+)?\p{Ll}+|(?:plans?|intends?|aims?|hopes?|wants?|promised|pledged|vowed)\s+to\s+\p{Ll}+|to\s+be\s+(?:held|signed|announced|launched|opened|released|published)|upcoming|scheduled\s+for)\b/giu;
const UNSURE_GROUP = /\b(?:would|could|might|may|should|must|can|(?:was|were)\s+(?:(?:due|set|scheduled|expected|slated|going|planning|poised|likely|about)\s+)?to)(?:\s+not)?(?:\s+(?:have|be|have\s+been))?\s+\p{Ll}+\b/gu;
const PAST_VERB =
  /\b(?:was|were|had|did|been|said|told|\p{Ll}{2,}ed|met|flew|went|came|took|made|gave|began|held|left|sent|spent|won|lost|saw|wrote|rose|fell|struck|hit|got|ran|brought|bought|sold|paid|led|kept|felt|found|thought|became|broke|chose|drove|fought|grew|knew|meant|spoke|stood|stole|shook|shot|sought|taught|threw|understood|undertook|withdrew|arose|built|caught|dealt|drew|fed|fled|hid|lent|lit|overtook|rode|sang|slept|spread|swept|swore|tore|woke|wore|signed|ended|quit|set\s+off|put)\b/gu;
const NOT_PAST = /^(?:indeed|hundred|need|speed|seed|feed|bed|red|shed|breed|greed|creed|weed|deed|embed|proceed|exceed|succeed)$/;

type Tense = 'past' | 'future' | 'unsure';

interface Cue {
  start: number;
  end: number;
  tense: Tense;
}

// How far around a weekday its verb is looked for: a window keeps the scan linear in long units.
const CUE_WINDOW = 200;

/** The tense cues of `text`, in order; future and unsure groups first, past verbs outside them. */
function cuesOf(text: string): Cue[] {
  const groups: Cue[] = [];
  for (const [re, tense] of [[FUTURE_GROUP, 'future'], [UNSURE_GROUP, 'unsure']] as const) {
    re.lastIndex = 0;
    for (let m; (m = re.exec(text)) !== null; ) groups.push({ start: m.index, end: m.index + m[0].length, tense });
  }
  const inGroup = (start: number, end: number) => groups.some((c) => start < c.end && c.start < end);
  const cues = groups.filter((c, i) => !groups.some((d, j) => j < i && c.start < d.end && d.start < c.end));
  PAST_VERB.lastIndex = 0;
  for (let m; (m = PAST_VERB.exec(text)) !== null; ) {
    if (NOT_PAST.test(m[0]) || inGroup(m.index, m.index + m[0].length)) continue;
    cues.push({ start: m.index, end: m.index + m[0].length, tense: 'past' });
  }
  return cues;
}

/**
 * The tense of the verb a time phrase at [start, end) of `sentence` belongs to: the nearest verb
 * cue before it ("said on Tuesday", "will meet on Friday"), else the nearest after it ("On Monday,
 * he flew").
 */
export function tenseAt(sentence: string, start: number, end: number): Tense | undefined {
  const from = Math.max(0, start - CUE_WINDOW);
  const cues = cuesOf(sentence.slice(from, Math.min(sentence.length, end + CUE_WINDOW)));
  let before: Cue | undefined;
  let after: Cue | undefined;
  for (const c of cues) {
    if (c.end + from <= start && (!before || c.end > before.end)) before = c;
    else if (c.start + from >= end && (!after || c.start < after.start)) after = c;
  }
  return (before ?? after)?.tense;
}

function relativeFound(start: number, end: number, relative: RelativeDate, source: string): Found {
  const f: Found = { type: relative.rule === 'relative.week' ? 'daterange' : 'date', canonical: '', start, end, date: { from: {} }, relative, inferred: true };
  const role = dateRole(source, start, f.type);
  // "damage from Saturday's storm" is the storm's day; only a year or month is a baseline ("from last year").
  if (role && !(role === 'baseline' && (relative.rule === 'relative.weekday' || relative.rule === 'relative.day'))) f.role = role;
  return f;
}

/** Scans one sentence (the unit's text) for relative dates. */
export function findRelativeDates(sentence: string, base: number, source: string, taken: Taken, out: Found[]): void {
  const firstWord = sentence.search(/\S/);
  scan(WEEK_MONTH_YEAR, sentence, base, taken, out, (m, start, end) => {
    const [, monthOfYear, yearWord, monthWord, monthName, part, which, unit] = m;
    const offsetOf = (w: string) => (/^last$/i.test(w) ? -1 : /^next$/i.test(w) ? 1 : 0);
    if (monthOfYear) return relativeFound(start, end, { rule: 'relative.year', offset: offsetOf(yearWord!), month: monthNumber(monthOfYear) }, source);
    if (monthName) return relativeFound(start, end, { rule: 'relative.month', offset: offsetOf(monthWord!), month: monthNumber(monthName) }, source);
    // "earlier last week" says no more than "last week"; "later next month" likewise.
    const p = /^this$/i.test(which!) && part ? (part.toLowerCase() as 'earlier' | 'later') : undefined;
    const offset = offsetOf(which!);
    if (unit === 'week') return relativeFound(start, end, p ? { rule: 'relative.week', offset, part: p } : { rule: 'relative.week', offset }, source);
    if (unit === 'month') return relativeFound(start, end, p ? { rule: 'relative.month', offset, part: p } : { rule: 'relative.month', offset }, source);
    return relativeFound(start, end, { rule: 'relative.year', offset }, source);
  });
  scan(DAY_WORD, sentence, base, taken, out, (m, start, end) => {
    const [, twoAway, word, onItsOwn, lastNight, thisPart] = m;
    // "USA Today", "Russia Today": a capitalised word (not the sentence's first) before "Today" makes a name.
    if (word && /^Today/.test(word) && NAME_BEFORE.test(sentence.slice(Math.max(0, m.index - 40), m.index))) return undefined;
    let offset: number;
    if (twoAway) offset = /before/i.test(twoAway) ? -2 : 2;
    else if (word) offset = { yesterday: -1, today: 0, tomorrow: 1 }[word.toLowerCase() as 'today']!;
    else if (onItsOwn) {
      // NOTE: "overnight" is as often "suddenly" ("prices doubled overnight") as a time: not read.
      if (onItsOwn.toLowerCase() === 'overnight') return undefined;
      offset = 0;
    } else if (lastNight) offset = -1;
    else if (thisPart) offset = 0;
    else return undefined;
    return relativeFound(start, end, { rule: 'relative.day', offset }, source);
  });
  scan(WEEKDAY_PHRASE, sentence, base, taken, out, (m, start, end) => {
    const lead = m[1]?.toLowerCase().replace(/\s+/g, ' ');
    const weekday = WEEKDAYS.indexOf(m[2]!.toLowerCase());
    // The weekday must be capitalised as English writes it ("friday" in a URL or a handle is not).
    if (!STARTS_UPPER.test(m[2]!)) return undefined;
    const before = sentence.slice(Math.max(0, m.index - 30), m.index);
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if (EXPLICIT_AFTER.test(after)) return undefined;
    if (!lead || lead === 'this') {
      if (NOT_RELATIVE_BEFORE.test(before)) return undefined;
      // "Super Tuesday", "Black Friday", "the Sunday Times": a name around a bare weekday.
      const wordBefore = /(\S+)\s+$/u.exec(before)?.[1];
      const first = m.index === firstWord;
      if (!first && wordBefore && STARTS_UPPER.test(wordBefore) && !/[.,;:]$/.test(wordBefore)) return undefined;
      if (!m[0].match(/(?:morning|afternoon|evening|night)/i) && UPPER_AFTER_SPACE.test(after) && !/^\s+(?:I\b)/.test(after)) return undefined;
    }
    // "next Friday" said on a Wednesday is this week's Friday to some readers and next week's to
    // others: not read.
    if (lead === 'next') return undefined;
    // The surface leaves out a bare "on" ("on Tuesday" → "Tuesday"), as explicit dates do.
    const at = lead === 'on' ? start + m[0].indexOf(m[2]!) : start;
    if (lead === 'last') return relativeFound(at, end, { rule: 'relative.weekday', weekday, direction: 'before' }, source);
    const tense = tenseAt(sentence, m.index, m.index + m[0].length);
    if (tense !== 'past' && tense !== 'future') return undefined;
    return relativeFound(at, end, { rule: 'relative.weekday', weekday, direction: tense }, source);
  });
}

// ---------------------------------------------------------------------------------------------
// Resolution

export interface Day {
  year: number;
  month: number;
  day: number;
}

function dayNumber(d: Day): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}

function dayOf(n: number): Day {
  const d = new Date(n * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function iso(d: Day): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

function isoMonth(year: number, month: number): string {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

/** The canonical value of a relative date counted from `ref`, or undefined where it says nothing exact. */
export function resolveRelative(r: RelativeDate, ref: Day): string | undefined {
  const today = dayNumber(ref);
  const weekdayOfRef = (today + 4) % 7; // 1970-01-01 was a Thursday (4).
  switch (r.rule) {
    case 'relative.day':
      return iso(dayOf(today + r.offset));
    case 'relative.weekday': {
      const back = (weekdayOfRef - r.weekday + 7) % 7;
      if (r.direction === 'past') return iso(dayOf(today - back));
      if (r.direction === 'before') return iso(dayOf(today - (back === 0 ? 7 : back)));
      return iso(dayOf(today + ((r.weekday - weekdayOfRef + 7) % 7)));
    }
    case 'relative.week': {
      // Weeks run Monday to Sunday (ISO 8601).
      const monday = today - ((weekdayOfRef + 6) % 7) + 7 * r.offset;
      let from = monday;
      let to = monday + 6;
      if (r.part === 'earlier') to = today - 1;
      if (r.part === 'later') from = today + 1;
      if (from > to) return undefined;
      return `${iso(dayOf(from))}/${iso(dayOf(to))}`;
    }
    case 'relative.month': {
      if (r.month !== undefined) {
        // "last March": the latest March before this month; "next March": the first after it.
        if (r.offset < 0) return isoMonth(r.month < ref.month ? ref.year : ref.year - 1, r.month);
        return isoMonth(r.month > ref.month ? ref.year : ref.year + 1, r.month);
      }
      // NOTE: "earlier this month" on the 1st names no day before it; "later this month" on the last
      // day names none after it. Both keep the month: the writer meant this one.
      return isoMonth(ref.year, ref.month + r.offset);
    }
    case 'relative.year':
      return r.month !== undefined ? isoMonth(ref.year + r.offset, r.month) : String(ref.year + r.offset);
  }
}
