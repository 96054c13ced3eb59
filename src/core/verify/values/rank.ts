// Ranks and ordinals ("#3", "the second"): exact, no tolerance; two different ranks differ.
// Blocks by the value itself: only the same rank can be one report, and a conflict's other side
// is found through the subject, not the value.
import type { ValueFamily } from './family';

export const RANK: ValueFamily = {
  id: 'rank',
  types: ['rank', 'ordinal'],
  comparable: (v) => v.type,
  prepare: () => undefined,
  relate: () => 'different',
  blocks: (v) => [v.canonical],
  neighbours: (v) => [v.canonical],
};
