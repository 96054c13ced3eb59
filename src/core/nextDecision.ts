// One fact's next decision from the one before and what the analyst changed: the status (or the
// fact's own), the grade (or the one given before) and the note. Verified without a grade, the
// fact gets the credibility Attaché suggests, recorded as a suggestion the analyst can change,
// rather than nothing (which the brief would print as 6, "cannot be judged"). Every way of
// deciding (a key press, "Verify all" on a group, "this one stands" on a conflict) goes through it.
import type { FactSupport } from './factIndex';
import type { Decision, FactStatus } from './model';
import { standingCredibility } from './standingCredibility';

export interface DecisionChange {
  /** Undefined keeps the fact's own status. */
  status?: FactStatus | undefined;
  /** Undefined keeps the grade given before; null clears it. */
  credibility?: number | null | undefined;
  note?: string | undefined;
}

export function nextDecision(
  factId: string,
  before: Decision | undefined,
  change: DecisionChange,
  support: Pick<FactSupport, 'suggestedCredibility'>,
  at: string,
): Decision {
  const next: Decision = {
    factId,
    status: change.status ?? before?.status ?? 'unverified',
    credibility: change.credibility !== undefined ? change.credibility : (before?.credibility ?? null),
    note: change.note !== undefined ? change.note : (before?.note ?? ''),
    at,
  };
  if (change.credibility === undefined && before?.credibilitySuggested) next.credibilitySuggested = true;
  const standing = standingCredibility(next, support);
  if (next.credibility === null && standing.suggested && change.credibility !== null) {
    next.credibility = standing.value;
    next.credibilitySuggested = true;
  }
  return next;
}
