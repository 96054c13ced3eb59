// When two stated values are the same value, and which values can be compared at all.
import type { FactValue } from '../model';

/** The comparison class of a value: only values of one class corroborate or contradict each other. */
export function comparable(v: FactValue): string {
  switch (v.type) {
    case 'money':
      return `money ${v.canonical.split(' ')[1] ?? ''}`;
    case 'count':
    case 'quantity':
      return `amount ${v.unit ?? ''}`;
    case 'date':
    case 'daterange':
      return 'time';
    default:
      return v.type;
  }
}

export function valueKey(v: FactValue): string {
  return v.canonical;
}

function numberOf(canonical: string): number | undefined {
  const m = /^#?(-?\d+(?:\.\d+)?)/.exec(canonical);
  return m ? Number(m[1]) : undefined;
}

/**
 * Same value: equal canonical forms, a date and a more precise date inside it ("1973" and
 * "1973-09-21"), or numbers within rounding (0.5%) in the same unit.
 */
export function sameValue(a: FactValue, b: FactValue): boolean {
  if (a.canonical === b.canonical) return true;
  if (comparable(a) !== comparable(b)) return false;
  if (a.type === 'date' && b.type === 'date') {
    return a.canonical.startsWith(`${b.canonical}-`) || b.canonical.startsWith(`${a.canonical}-`);
  }
  if (a.type === 'daterange' || b.type === 'daterange' || a.type === 'date' || a.type === 'duration') return false;
  const x = numberOf(a.canonical);
  const y = numberOf(b.canonical);
  if (x === undefined || y === undefined) return false;
  return Math.abs(x - y) <= Math.abs(x) * 0.005;
}
