// The credibility a fact stands at in the brief: the analyst's grade where one was given; for a
// fact verified without a grade, the one Attaché suggests from its groups, marked as suggested. A
// fact three sources agree on is never printed "6 — truth cannot be judged" because the analyst
// pressed V without choosing a digit. Unverified and rejected facts keep what the analyst gave.
import type { FactSupport } from './factIndex';
import type { Credibility, Decision } from './model';

export interface StandingCredibility {
  value: Credibility | null;
  /** The value is Attaché's suggestion, not the analyst's own grade. */
  suggested: boolean;
}

export function standingCredibility(decision: Decision | undefined, support: Pick<FactSupport, 'suggestedCredibility'>): StandingCredibility {
  if (decision && decision.credibility !== null) return { value: decision.credibility, suggested: decision.credibilitySuggested === true };
  if (decision?.status === 'verified') return { value: support.suggestedCredibility, suggested: true };
  return { value: null, suggested: false };
}
