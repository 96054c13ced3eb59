// The words the analyst sees for reliability grades and for why cleaning dropped a line.
import type { Reliability, SourceDetail } from '../../../shared/api';
import { RELIABILITY_WORDS } from '../../../core/gradeWords';

/** The Admiralty (NATO) scale for how reliable a source has been, as the picker lists it: "B — Usually reliable". */
export const RELIABILITY_LABELS = Object.fromEntries(
  Object.entries(RELIABILITY_WORDS).map(([r, words]) => [r, `${r} — ${words.charAt(0).toUpperCase()}${words.slice(1)}`]),
) as Record<Reliability, string>;

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
