// The words the analyst sees for reliability grades and for why cleaning dropped a line.
import type { Reliability, SourceDetail } from '../../../shared/api';

/** The Admiralty (NATO) scale for how reliable a source has been. */
export const RELIABILITY_LABELS: Record<Reliability, string> = {
  A: 'A — Completely reliable',
  B: 'B — Usually reliable',
  C: 'C — Fairly reliable',
  D: 'D — Not usually reliable',
  E: 'E — Unreliable',
  F: 'F — Cannot be judged',
};

export type RemovalReason = SourceDetail['removed'][number]['reason'];

export const REMOVAL_REASONS: Record<RemovalReason, string> = {
  navigation: 'site navigation',
  share: 'share buttons',
  related: 'related links',
  promotion: 'promotion',
  notice: 'site notice',
  follow: '“follow us”',
  repeat: 'repeated line',
  byline: 'byline',
  boilerplate: 'boilerplate',
};
