// The shape every furniture form shares: a short id (named in tests and comments, so that a
// removal can be traced to its rule), the reason the analyst sees, and a test on one line.
import type { RemovalReason } from '../model';
import type { LineFeatures } from './lineFeatures';

export interface FormRule {
  readonly id: string;
  readonly reason: RemovalReason;
  readonly test: (line: LineFeatures) => boolean;
}

export interface FormMatch {
  readonly id: string;
  readonly reason: RemovalReason;
}

/** The first rule of the list the line matches, or null. */
export function firstMatch(rules: readonly FormRule[], line: LineFeatures): FormMatch | null {
  for (const rule of rules) if (rule.test(line)) return { id: rule.id, reason: rule.reason };
  return null;
}

// A sentence that reports what someone said or urged is article text, whatever it asks: "Register
// before Friday, the commission told voters." NOTE: tested only on lines another form already
// suspects, so its cost is small.
export const ATTRIBUTION = /\b(?:said|says|say|told|tells|according to|urged|urges|asked|asks|added|warned|warns|announced|stated|wrote|writes|insisted|claimed)\b/i;

/** The line opens with a quotation mark: someone's words, never the page's. */
export const QUOTED_OPENING = /^["“«„‘']/u;
