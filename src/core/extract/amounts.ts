// Percentages, quantities with a unit, and counts: "2.7%", "20.6 per cent", "1,200 MW",
// "approximately 520,000 Vietnamese", "seven major directions", "over 100 million people".
import { canonicalNumber, DIGITS, NUMBER_WORD, OCCASION, SCALE_WORD } from './numbers';
import { qualifierBefore, scan, type Found, type Taken } from './found';

// NOTE: module constants, not literals in the functions: esbuild (tsx, the bundles) turns a
// literal with \p{…} into `new RegExp(…)`, built again at every call.
const NAME_AND_COMMA_BEFORE = /\p{Lu}[\p{L}\p{M}'’-]*,\s*$/u;
const NEXT_WORD = /^\s+([\p{L}][\p{L}'’-]*)/u;
const LOWER_PLURAL = /^\p{Ll}+s$/u;
const STARTS_UPPER = /^\p{Lu}/u;
const PREVIOUS_WORD = /([\p{L}][\p{L}.'’-]*)\s+$/u;
const LOWER_PLURAL_NOT_SS = /^\p{Ll}+[^s]s$/u;

const PERCENT = new RegExp(
  `(?<![\\w.,])(${DIGITS}|${NUMBER_WORD})\\s?(%|per\\s?cent\\b|percent\\b|percentage\\spoints?\\b|pct\\b|pour\\s?cent\\b|por\\s?ciento\\b|por\\s?cento\\b|per\\s?cento\\b|prozent\\b|procent\\b|persen\\b|phần\\străm)`,
  'gi',
);

const UNIT_WORDS: Array<[RegExp, string]> = [
  [/^(?:km|kilomet(?:re|er)s?)$/i, 'km'], [/^miles?$/i, 'mi'], [/^tonnes?$|^tons?$/i, 't'], [/^MW$/, 'MW'],
  [/^GW$/, 'GW'], [/^kW$/, 'kW'], [/^kWh$/, 'kWh'], [/^MWh$/, 'MWh'], [/^GWh$/, 'GWh'], [/^TWh$/, 'TWh'],
  [/^(?:hectares?|ha)$/i, 'ha'], [/^(?:kg|kilograms?)$/i, 'kg'], [/^(?:sq\s?km|km2|square\skilomet(?:re|er)s)$/i, 'km2'],
  [/^(?:square\smet(?:re|er)s|m2)$/i, 'm2'], [/^met(?:re|er)s$/i, 'm'], [/^barrels?$/i, 'bbl'], [/^TEUs?$/i, 'TEU'],
  [/^cubic\smet(?:re|er)s$/i, 'm3'], [/^lit(?:re|er)s$/i, 'l'],
];
// An earthquake's size: "magnitude 6.8", "a 7.1-magnitude quake", "6.2 on the Richter scale".
const MAGNITUDE = /\b(?:magnitude(?:-|\s)(\d(?:\.\d)?)|(\d(?:\.\d)?)(?:-|\s)magnitude|(\d(?:\.\d)?)\son\sthe\sRichter\sscale)\b/gi;
const QUANTITY = new RegExp(
  `(?<![\\w.,$€£¥₫-])(${DIGITS})(?:\\s(${SCALE_WORD}))?\\s?(km|kilomet(?:re|er)s?|miles?|tonnes?|tons?|MW|GW|kWh|kW|MWh|GWh|TWh|hectares?|ha|kg|kilograms?|sq\\s?km|km2|square\\skilomet(?:re|er)s|square\\smet(?:re|er)s|met(?:re|er)s|barrels?|TEUs?|cubic\\smet(?:re|er)s|lit(?:re|er)s)\\b`,
  'g',
);

// "16.2m voters", "3bn people": a scale letter glued to the number (read below only where it cannot be metres).
const COUNT = new RegExp(
  `(?<![\\w.,$€£¥₫#/:+-])(${DIGITS}|${NUMBER_WORD})(?:\\s(${SCALE_WORD})|(m|mn|bn)(?=\\s+\\p{Ll}))?(?![\\w%]|[.,:/]\\d|-)`,
  'giu',
);

const TIME_UNIT_AFTER = /^\s+(?:(?:second|minute|hour|day|week|month|year|decade)s?|century|centuries)\b/i;
const YEAR_LIKE = /^(1[89]\d\d|20\d\d|2100)$/;
// Words that never follow a count: the number is then part of something else ("one of", "two-way").
// "N of" counts a part only before its whole ("15 of the 27 states", "1,404 of them", "159 of 400").
const NOT_COUNTED = /^\s*(?:of\b(?!\s+(?:the|its|their|his|her|them|these|those|all|\d))|or\s+(?:more|so)\b|per\b|times\b|o'clock|am\b|pm\b|a\.m\.|p\.m\.)/i;

export function findPercents(sentence: string, base: number, source: string, taken: Taken, out: Found[]): void {
  scan(PERCENT, sentence, base, taken, out, (m, start, end) => {
    const n = canonicalNumber(m[1]!);
    if (n === undefined) return undefined;
    const points = /point/i.test(m[2]!);
    const f: Found = { type: 'percent', canonical: `${n} %`, start, end };
    const q = qualifierBefore(source, start);
    if (q) f.qualifier = q;
    if (points) f.unit = 'percentage points';
    return f;
  });
  if (/half|third|quarter|fifth|sixth|eighth|tenth/i.test(sentence)) findFractions(sentence, base, source, taken, out);
}

// A share told as a fraction: "two-thirds of exports", "a quarter of the budget", "half of the
// 300 trucks". A numerator is needed but for "half" ("the third quarter of 2025" is a period,
// "the third of May" a date), and "the first half of 2025" is a period (read with the dates).
const FRACTION =
  /(?<![\p{L}-])(?:(an?|one|two|three|four|five|six|seven|nine)[-\s])?(half|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)\s+of\b/giu;
const NUMERATOR: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, nine: 9 };
const DENOMINATOR: Record<string, number> = { half: 2, third: 3, quarter: 4, fifth: 5, sixth: 6, eighth: 8, tenth: 10 };
// Words before a bare "half of" that make it a part of a period or a thing, not a share.
const NOT_A_SHARE = /(?:first|second|latter|former|other|the|this|that|each|every|back|front)\s+$/i;

function findFractions(sentence: string, base: number, source: string, taken: Taken, out: Found[]): void {
  scan(FRACTION, sentence, base, taken, out, (m, start) => {
    const numeratorWord = m[1]?.toLowerCase();
    const denominatorWord = m[2]!.toLowerCase();
    const plural = denominatorWord.endsWith('s');
    const denominator = DENOMINATOR[plural ? denominatorWord.slice(0, -1) : denominatorWord];
    if (!denominator) return undefined;
    if (numeratorWord === undefined && (denominator !== 2 || NOT_A_SHARE.test(sentence.slice(Math.max(0, m.index - 12), m.index)))) return undefined;
    const numerator = numeratorWord === undefined ? 1 : NUMERATOR[numeratorWord]!;
    // "two third of", "a thirds of": not a fraction as written.
    if ((numerator > 1) !== plural || numerator >= denominator) return undefined;
    const end = start + m[0].search(/\s+of$/i);
    const percent = Math.round((numerator / denominator) * 10000) / 100;
    const f: Found = { type: 'percent', canonical: `${percent} %`, start, end };
    const q = qualifierBefore(source, start);
    if (q) f.qualifier = q;
    return f;
  });
}

export function findQuantities(sentence: string, base: number, source: string, taken: Taken, out: Found[]): void {
  if (/magnitude|Richter/i.test(sentence)) {
    scan(MAGNITUDE, sentence, base, taken, out, (m, start) => {
      const number = m[1] ?? m[2] ?? m[3]!;
      const at = start + m[0].indexOf(number);
      return { type: 'quantity', canonical: String(Number(number)), start: at, end: at + number.length, unit: 'magnitude', qualifier: qualifierBefore(source, start) };
    });
  }
  scan(QUANTITY, sentence, base, taken, out, (m, start, end) => {
    const n = canonicalNumber(m[1]!, m[2]);
    const unit = UNIT_WORDS.find(([re]) => re.test(m[3]!))?.[1];
    if (n === undefined || !unit) return undefined;
    const f: Found = { type: 'quantity', canonical: n, start, end, unit };
    const q = qualifierBefore(source, start);
    if (q) f.qualifier = q;
    return f;
  });
}

export function findCounts(sentence: string, base: number, source: string, taken: Taken, out: Found[]): void {
  scan(COUNT, sentence, base, taken, out, (m, start, end) => {
    const numberText = m[1]!;
    const isWord = !/^\d/.test(numberText);
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 24);
    const before = sentence.slice(Math.max(0, m.index - 24), m.index);
    if (NOT_COUNTED.test(after)) return undefined;
    // "Nine months ago", "seven decades later": time, which the date and duration scanners read.
    if (TIME_UNIT_AFTER.test(after)) return undefined;
    // "Parata, 75, has …": an age set off after a name.
    if (NAME_AND_COMMA_BEFORE.test(before) && /^\s*[,)]/.test(after) && /^\d{1,3}$/.test(numberText)) return undefined;
    const nextWord = NEXT_WORD.exec(after)?.[1] ?? '';
    if (YEAR_LIKE.test(numberText) && !m[2]) {
      // A year unless a plural noun follows ("2000 workers"); the date scanner reads years.
      if (!LOWER_PLURAL.test(nextWord) || /^(?:as|is|was|has|its|this|has)$/.test(nextWord)) return undefined;
      // "the 1994 elections", "the 2019 talks": an occasion is held in a year, not counted in thousands.
      if (OCCASION.test(nextWord)) return undefined;
    }
    if (isWord) {
      const lower = numberText.toLowerCase();
      // "one" is mostly a pronoun; "the two countries" restates, it does not count.
      if (lower === 'one' || lower === 'zero') return undefined;
      // "the two sides" restates who is meant; "the four nations' offers" still counts them.
      if (/\b(?:both|all)\s+$/i.test(before) || (lower === 'two' && /\b(?:the|these|those)\s+$/i.test(before))) return undefined;
      if (!nextWord || /^(?:and|or|to|in|at|on|by|for|with|from|than|is|are|was|were|who|which|that)$/i.test(nextWord)) return undefined;
      // "Ninety Mile Beach", "the Three Gorges": a capitalised number word before a capitalised word is a name.
      if (STARTS_UPPER.test(numberText) && STARTS_UPPER.test(nextWord)) return undefined;
    } else {
      // "Article 5", "Resolution 57", "COVID 19": a number right after a capitalised word names something.
      const prevWord = PREVIOUS_WORD.exec(before)?.[1] ?? '';
      if (STARTS_UPPER.test(prevWord) && !/^(?:About|Over|Some|Nearly|Around|Approximately|Almost|More|Up|Only|Just|With|Of|In|At|Currently|Today|Now|And|But|Meanwhile|Between|Among|Roughly|Fewer|Less|Least)$/.test(prevWord)) {
        return undefined;
      }
      // "(2)", "[3]": a list mark; "(20,783)" with its thousands grouped is a count.
      if (/[([]\s*$/.test(before) && /^\s*[)\]]/.test(after) && !/,\d{3}/.test(numberText)) return undefined;
    }
    // A glued "m" is millions only on a decimal or before a plural ("1.1m votes", "5m households"), not "a 10m wall".
    if (m[3] && m[3].toLowerCase() === 'm' && !numberText.includes('.') && !LOWER_PLURAL_NOT_SS.test(nextWord)) return undefined;
    const n = canonicalNumber(numberText, m[2] ?? m[3]);
    if (n === undefined) return undefined;
    const f: Found = { type: 'count', canonical: n, start, end };
    const q = qualifierBefore(source, start);
    if (q) f.qualifier = q;
    return f;
  });
}
