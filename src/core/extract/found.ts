// What a value scanner returns before facts are built: a typed value at its place in the text.
import type { ValueType } from '../model';
import type { RelativeDate } from './relativeDates';

export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
}

export interface Found {
  type: ValueType;
  /** Canonical form; for dates it is filled in once the reference year is known. */
  canonical: string;
  /** Absolute UTF-16 offsets in the source text. */
  start: number;
  end: number;
  qualifier?: string;
  unit?: string;
  inferred?: boolean;
  /** Dates and date ranges: the parts the text states, finished by year inference. */
  date?: { from: DateParts; to?: DateParts };
  /** A date that is a baseline ("up 2.7% from 2023") or a target ("by 2045"), not the time of the fact. */
  role?: 'baseline' | 'target';
  /** A figure's time that is the day it was reported (FactValue.reported). */
  reported?: boolean;
  /** A date the text gives relative to the source's own day ("on Tuesday"), resolved by finishDates. */
  relative?: RelativeDate;
  /** A money value given in parentheses as the conversion of the money value before it. */
  conversionOf?: Found;
  /** The parser that read it, where it is not the value type's own ("date.relative"). */
  parser?: string;
}

/** Occupied spans, so that a later, weaker scanner never re-reads part of an earlier value. */
export class Taken {
  private readonly spans: Array<[number, number]> = [];
  overlaps(start: number, end: number): boolean {
    for (const [s, e] of this.spans) if (start < e && s < end) return true;
    return false;
  }
  add(start: number, end: number): void {
    this.spans.push([start, end]);
  }
}

/** Runs a global regex over a sentence and hands each non-overlapping match to `make`. */
export function scan(
  re: RegExp,
  sentence: string,
  base: number,
  taken: Taken,
  out: Found[],
  make: (m: RegExpExecArray, start: number, end: number) => Found | Found[] | undefined,
): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const start = base + m.index;
    const end = start + m[0].length;
    if (taken.overlaps(start, end)) continue;
    const made = make(m, start, end);
    if (!made) continue;
    for (const f of Array.isArray(made) ? made : [made]) {
      out.push(f);
      taken.add(f.start, f.end);
    }
  }
}

const QUALIFIER =
  /\b(more than|less than|fewer than|just over|just under|well over|over|about|approximately|around|nearly|almost|up to|some|at least|at most|roughly|close to|under|above|below|as many as|as much as|an estimated|estimated|exceeding|exceeded|exceeds|exceed)\s+$/i;

/** The hedge right before a value ("approximately 520,000"), looked for in a bounded window. */
export function qualifierBefore(text: string, start: number): string | undefined {
  const before = text.slice(Math.max(0, start - 24), start);
  const m = QUALIFIER.exec(before);
  return m ? m[1]!.toLowerCase() : undefined;
}
