// One file per value family: how its values compare, the tolerance they compare within, and how
// grouping finds candidate pairs among them (the blocks a value is filed under). A family is data
// the engine reads through `familyOf`; adding one is a new file here and a line in ./index.ts.
import type { FactValue } from '../../model';

/**
 * `compatible`: two different figures that can both be true by their hedges or their rounding
 * ("more than 10" and 11, "700 million" and 718 million): neither one report nor a conflict.
 */
export type Relation = 'same' | 'different' | 'compatible' | 'incomparable';

export interface DatePoint {
  year?: number;
  month?: number;
  day?: number;
}

export interface Length {
  amount: number;
  unit: 'D' | 'M' | 'Y';
}

/**
 * A value read once for many comparisons: grouping compares each value with hundreds of others,
 * so what `relate` would parse per pair (numbers, rounding steps, dates, ranges, lengths) is parsed
 * here ahead, only for the fields the value's family uses.
 */
export interface PreparedValue {
  type: FactValue['type'];
  canonical: string;
  /** `comparable(value)`: only values of one class relate. */
  kind: string;
  number: number | undefined;
  halfStep: number;
  /** Numbers: the range the figure allows by its hedge and rounding (see ./numbers.ts). */
  low: number;
  high: number;
  /** The hedge, where one is stated ("more than"). */
  qualifier: string | undefined;
  date: DatePoint | undefined;
  /** Dates and ranges: the (first) day, as `startsAgree` reads it. */
  first: DatePoint | undefined;
  range: [DatePoint, DatePoint] | undefined;
  rangeLength: Length | undefined;
  /** The duration in days, months and years, where exact (see ./time.ts). */
  durations: [number | undefined, number | undefined, number | undefined] | undefined;
}

export interface ValueFamily {
  /** The family's name, as notes and tests refer to it. */
  id: string;
  /** The value types it holds (see extract-json.md). */
  types: readonly FactValue['type'][];
  /** The comparison class: only values of one class can agree or disagree ("money USD" and "money EUR" never do). */
  comparable(v: FactValue): string;
  /** Fills the fields of `p` this family compares on. */
  prepare(v: FactValue, p: PreparedValue): void;
  /** How two prepared values of one class relate (their canonical forms differ). */
  relate(a: PreparedValue, b: PreparedValue): Relation;
  /** The blocks grouping files a value under: values that can be the same share one. */
  blocks(v: FactValue): string[];
  /** Blocks a value's different-but-close values are filed under (a conflict's other side). */
  neighbours(v: FactValue): string[];
}
