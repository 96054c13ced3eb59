// What the numeric families (money, amounts, percentages) share: figures agree within the
// rounding their wording allows ("$46 billion" and "US$46.2 billion"), and a hedge makes a figure
// a range ("more than 10" agrees with 11; "around 20" against 11 does not).
import type { FactValue } from '../../model';
import { SCALE_WORDS as SCALES } from '../../lang';
import type { PreparedValue, Relation, ValueFamily } from './family';

/** Every threshold of how figures compare, in one place (ids name the rule in group reasons). */
export const NUMBER_RULES = {
  /**
   * 'same.stated-precision': two figures are one when they differ by less than this share of the
   * first, or by half the step of the last digit either states, in any language and with any scale
   * word ("46 tỷ" ~ "46,4 tỷ" as "$46 billion" ~ "$46.4 billion").
   */
  sameShare: 0.005,
  /** 'agree.round-figure': a figure ending in zeros ("700 million") may be a rounding of one within half its last nonzero digit's step, but never of one further off than this share (so "700 million" covers 718 million, "€600 million" not €650 million). */
  roundShare: 0.05,
  /** 'conflict.hedge-interval': "nearly/almost/close to/just under X" reaches down this share of X below it ("just over" as far above). */
  nearlyShare: 0.1,
  /** "about/around/some/an estimated X" reaches this share of X either side, but no further than half a step of its last nonzero digit ("some 2,012" is 2,002-2,022, "around 20" is 19-21, "about €600 million" leaves out €650 million). */
  approximateShare: 0.05,
  /** 'precision.fixed-decimals': units whose figures are stated to a fixed number of decimals, so "magnitude 7" is 7.0, not a rounding of 6.8. */
  fixedDecimals: { magnitude: 1 } as Readonly<Record<string, number>>,
} as const;

/** How a hedge bounds the figure it qualifies. */
const HEDGE_KIND: Readonly<Record<string, 'above' | 'below' | 'near-below' | 'near-above' | 'approximate' | 'tally'>> = {
  'more than': 'above', over: 'above', above: 'above', exceeding: 'above', exceeded: 'above', exceeds: 'above', exceed: 'above',
  'well over': 'above',
  // 'conflict.running-tally': "at least 1,200 killed" states the count as it stands, the floor of
  // a running tally, not a rounded bound as "more than 1,000" is: it compares as the figure stated.
  'at least': 'tally',
  'less than': 'below', 'fewer than': 'below', under: 'below', below: 'below', 'up to': 'below', 'at most': 'below',
  nearly: 'near-below', almost: 'near-below', 'close to': 'near-below', 'just under': 'near-below',
  'just over': 'near-above',
  about: 'approximate', approximately: 'approximate', around: 'approximate', roughly: 'approximate', some: 'approximate',
  'an estimated': 'approximate', estimated: 'approximate', 'as many as': 'approximate', 'as much as': 'approximate',
};

function numberOf(canonical: string): number | undefined {
  const m = /^#?(-?\d+(?:\.\d+)?)/.exec(canonical);
  return m ? Number(m[1]) : undefined;
}

const SCALE_AFTER = new RegExp(
  `^\\s?(${Object.keys(SCALES)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/\./g, '\\.').replace(/ /g, '\\s'))
    .join('|')})(?![\\p{L}\\d])`,
  'iu',
);
// The first number of a surface, with its group and decimal separators ("46,4", "300 000", "1.250.000").
const NUMBER_RUN = /\d(?:[\d.,\u00a0\u202f\u2009 ]*\d)?/;

interface Steps {
  /** The step of the last digit the surface states: "46,4 tỷ" and "46.4 billion" → 1e8; "520,000" → 1. */
  step: number;
  /** The step of its last nonzero digit where no decimals are stated: "700 million" → 1e8. */
  significant: number;
}

/**
 * 'same.stated-precision': the steps a figure is stated to, read the same way for every language
 * and scale word: the digits written, against the size of the number before its scale word. So
 * "46 tỷ USD" and "46,4 tỷ USD" compare as "$46 billion" and "$46.4 billion" do.
 */
function stepsOf(v: FactValue, n: number): Steps {
  const fixed = v.unit !== undefined ? NUMBER_RULES.fixedDecimals[v.unit] : undefined;
  if (fixed !== undefined) return { step: 10 ** -fixed, significant: 10 ** -fixed };
  const m = NUMBER_RUN.exec(v.surface);
  const scale = SCALE_AFTER.exec(m ? v.surface.slice(m.index + m[0].length) : v.surface.replace(/^[^\p{L}]*\p{L}+/u, ''));
  const exponent = scale ? (SCALES[scale[1]!.toLowerCase().replace(/\s+/g, ' ')] ?? 0) : 0;
  const unscaled = Math.abs(n) / 10 ** exponent;
  const integerDigits = unscaled >= 1 ? String(Math.floor(unscaled + 1e-9)).length : 1;
  // Number words ("four", "two million") state their integer part only.
  const digits = m ? m[0].replace(/\D/g, '') : String(Math.round(unscaled));
  const decimals = Math.max(0, digits.length - integerDigits);
  const step = 10 ** (exponent - decimals);
  const zeros = decimals === 0 ? (/0*$/.exec(digits)?.[0].length ?? 0) : 0;
  return { step, significant: step * 10 ** Math.min(zeros, Math.max(0, digits.length - 1)) };
}

/** The range a figure allows by its hedge and rounding ('conflict.hedge-interval', 'agree.round-figure'). */
function intervalOf(qualifier: string | undefined, n: number, steps: Steps): [number, number] {
  const x = Math.abs(n);
  // The stated digit's half step, not `sameShare`: that one measures two figures' distance.
  const own = steps.step / 2;
  const rounding = Math.max(own, Math.min(steps.significant / 2, x * NUMBER_RULES.roundShare));
  switch (qualifier ? HEDGE_KIND[qualifier] : undefined) {
    // A bound is a bound of the figure as stated: "more than 1,000" leaves out 950.
    case 'above':
      return [n - own, Infinity];
    case 'below':
      return [-Infinity, n + own];
    case 'near-below':
      return [n - Math.max(rounding, x * NUMBER_RULES.nearlyShare), n + own];
    case 'near-above':
      return [n - own, n + Math.max(rounding, x * NUMBER_RULES.nearlyShare)];
    case 'approximate': {
      const reach = Math.max(rounding, Math.min(x * NUMBER_RULES.approximateShare, steps.significant / 2));
      return [n - reach, n + reach];
    }
    default:
      return [n - rounding, n + rounding];
  }
}

function prepareNumber(v: FactValue, p: PreparedValue): void {
  p.number = numberOf(v.canonical);
  if (p.number === undefined) return;
  const steps = stepsOf(v, p.number);
  p.halfStep = steps.step / 2;
  [p.low, p.high] = intervalOf(v.qualifier, p.number, steps);
}

function numbersRelate(a: PreparedValue, b: PreparedValue): Relation {
  const x = a.number;
  const y = b.number;
  if (x === undefined || y === undefined) return 'incomparable';
  const tolerance = Math.max(Math.abs(x) * NUMBER_RULES.sameShare, a.halfStep, b.halfStep) + 1e-9 * Math.abs(x);
  if (Math.abs(x - y) <= tolerance) return 'same';
  // Both could hold at once by their hedges or rounding: no conflict, and no corroboration either.
  return a.low < b.high && b.low < a.high ? 'compatible' : 'different';
}

/** Candidate blocks of a figure: its order of magnitude ("m9" for billions). */
function magnitudeBlocks(v: FactValue): string[] {
  const n = Math.abs(Number(/^#?(-?\d+(?:\.\d+)?)/.exec(v.canonical)?.[1] ?? 'NaN'));
  if (!Number.isFinite(n) || n === 0) return ['0'];
  return [`m${Math.floor(Math.log10(n))}`];
}

/** A figure's conflicting values may sit one order of magnitude either side ("980" against "1,050"). */
function magnitudeNeighbours(v: FactValue): string[] {
  const keys = magnitudeBlocks(v);
  const m = /^m(-?\d+)$/.exec(keys[0] ?? '');
  return m ? [...keys, `m${Number(m[1]) + 1}`, `m${Number(m[1]) - 1}`] : keys;
}

/** A numeric family: its own comparison class, the shared number rules. */
export function numericFamily(id: string, types: readonly FactValue['type'][], comparable: (v: FactValue) => string): ValueFamily {
  return { id, types, comparable, prepare: prepareNumber, relate: numbersRelate, blocks: magnitudeBlocks, neighbours: magnitudeNeighbours };
}
