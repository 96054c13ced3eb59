// When two stated values say the same thing, contradict each other, or cannot be compared: the
// value families, one file each (how a family compares, its tolerance, how grouping finds its
// candidates), read through `familyOf`.
import type { FactValue } from '../../model';
import { AMOUNT } from './amount';
import type { PreparedValue, Relation, ValueFamily } from './family';
import { MONEY } from './money';
import { PERCENT } from './percent';
import { RANK } from './rank';
import { TIME } from './time';

export type { DatePoint, PreparedValue, Relation, ValueFamily } from './family';
export { NUMBER_RULES as RULES } from './numbers';
export { parseDate, startsAgree } from './time';

/** Every value family; each value type belongs to exactly one. */
export const FAMILIES: readonly ValueFamily[] = [MONEY, AMOUNT, PERCENT, TIME, RANK];

const BY_TYPE = new Map<FactValue['type'], ValueFamily>(FAMILIES.flatMap((f) => f.types.map((t) => [t, f] as const)));

export function familyOf(v: Pick<FactValue, 'type'>): ValueFamily {
  const family = BY_TYPE.get(v.type);
  if (!family) throw new Error(`no value family for type ${v.type}`);
  return family;
}

/** The comparison class of a value: only values of one class can agree or disagree. */
export function comparable(v: FactValue): string {
  return familyOf(v).comparable(v);
}

export function valueKey(v: FactValue): string {
  return v.canonical;
}

export function prepareValue(v: FactValue): PreparedValue {
  const family = familyOf(v);
  const p: PreparedValue = {
    type: v.type,
    canonical: v.canonical,
    kind: family.comparable(v),
    number: undefined,
    halfStep: 0,
    low: NaN,
    high: NaN,
    qualifier: v.qualifier,
    date: undefined,
    first: undefined,
    range: undefined,
    rangeLength: undefined,
    durations: undefined,
  };
  family.prepare(v, p);
  return p;
}

/** How two values relate: the same value, different values, or not comparable at all. */
export function relate(a: FactValue, b: FactValue): Relation {
  return relatePrepared(prepareValue(a), prepareValue(b));
}

/** `relate` on values prepared once (`prepareValue`), for comparing one value with many. */
export function relatePrepared(a: PreparedValue, b: PreparedValue): Relation {
  if (a.kind !== b.kind) return 'incomparable';
  if (a.canonical === b.canonical) return 'same';
  return BY_TYPE.get(a.type)!.relate(a, b);
}

/** Same value: see `relate`. */
export function sameValue(a: FactValue, b: FactValue): boolean {
  return relate(a, b) === 'same';
}

/** The blocks grouping files a value under (values that can be the same share one). */
export function valueBlocks(v: FactValue): string[] {
  return familyOf(v).blocks(v);
}

/** The blocks of a value's close values too, where a conflict's other side is filed. */
export function neighbourBlocks(v: FactValue): string[] {
  return familyOf(v).neighbours(v);
}
