// What the groups say about each fact, worked out once per change of facts or groups: the groups
// it belongs to, whether it is corroborated or in conflict, how many sources report it, how many
// disagree, and the credibility Attaché suggests. The service's lists, the CLI, the draft, the
// endnotes and the PDF all read this one index, so they cannot count a fact's sources two ways.
// Built in one pass over the groups (linear in facts plus group members); the analyst's
// decisions are not part of it, so deciding never rebuilds it.
import type { Fact, FactKind, Group } from './model';
import { FactKind as FactKinds } from './model';
import { primaryValueText } from './gradeWords';

export type SuggestedCredibility = 1 | 2 | 3 | 4 | 5;

export interface FactSupport {
  /** Every group the fact is in, in the project's group order. */
  groupIds: string[];
  inConflict: boolean;
  corroborated: boolean;
  /** Distinct sources that report the fact: its own and those of every fact corroborating it. */
  supportCount: number;
  /** Distinct other sources that give a different value for it. */
  conflictingSourceCount: number;
  suggestedCredibility: SuggestedCredibility;
}

/** A disagreement between sources, as the Facts tab lists it. */
export interface ConflictSummary {
  groupId: string;
  subject: string;
  reason: string;
  /** The values the sources give, as written, each once. */
  values: string[];
  sourceCount: number;
  factIds: string[];
}

/** The orders the index keeps; an order by the analyst's decisions is made at query time. */
export type IndexOrder = 'document' | 'support' | 'kind';

export interface FactIndexInput {
  readonly facts: readonly Fact[];
  readonly groups: readonly Group[];
}

export interface FactIndex {
  readonly facts: readonly Fact[];
  readonly groups: readonly Group[];
  /** The fact's place in the project's order, or undefined when it is not in the project. */
  position(factId: string): number | undefined;
  fact(factId: string): Fact | undefined;
  /** What the groups say about the fact at a position. */
  supportAt(position: number): FactSupport;
  /** What the groups say about a fact; a fact the index does not know stands alone. */
  support(factId: string): FactSupport;
  supportCountAt(position: number): number;
  inConflictAt(position: number): boolean;
  /** Distinct sources that report the fact (1 for a fact the index does not know). */
  supportCount(factId: string): number;
  inConflict(factId: string): boolean;
  /** The facts of other members of the fact's corroborated groups, in group order, each once. */
  corroboratedWith(factId: string): string[];
  /** The groups the fact is in. */
  groupsOf(factId: string): Group[];
  /** Distinct sources among a group's facts that are in the project. */
  groupSourceCount(groupId: string): number;
  /** Positions of every fact in an order (stable: project order breaks ties). */
  order(by: IndexOrder): readonly number[];
  conflicts(): ConflictSummary[];
}

const LONE: Omit<FactSupport, 'groupIds'> = {
  inConflict: false,
  corroborated: false,
  supportCount: 1,
  conflictingSourceCount: 0,
  suggestedCredibility: 3,
};

/**
 * Admiralty credibility the analyst is offered for a fact: 1–2 when independent sources
 * corroborate it (1 with three or more in all), 3 when it stands alone, 4–5 when sources
 * disagree about it (5 when two or more others do).
 */
export function suggestCredibility(supportCount: number, conflictingSourceCount: number, inConflict: boolean): SuggestedCredibility {
  if (inConflict) return conflictingSourceCount >= 2 ? 5 : 4;
  if (supportCount >= 3) return 1;
  if (supportCount === 2) return 2;
  return 3;
}

const FLAG_CONFLICT = 1;
const FLAG_CORROBORATED = 2;

export function buildFactIndex(input: FactIndexInput): FactIndex {
  const { facts, groups } = input;
  const n = facts.length;
  const positionOf = new Map<string, number>();
  for (let i = 0; i < n; i++) positionOf.set(facts[i]!.id, i);

  // Each group's members that are in the project, and the distinct sources among them.
  const members: Int32Array[] = [];
  const groupSources: Array<Set<string>> = [];
  const groupIndexOf = new Map<string, number>();
  const membership = new Int32Array(n);
  groups.forEach((g, gi) => {
    groupIndexOf.set(g.id, gi);
    const seen = new Set<number>();
    const sources = new Set<string>();
    for (const id of g.factIds) {
      const p = positionOf.get(id);
      if (p === undefined || seen.has(p)) continue;
      seen.add(p);
      sources.add(facts[p]!.sourceId);
      membership[p]! += 1;
    }
    members.push(Int32Array.from(seen));
    groupSources.push(sources);
  });

  // Fact → its groups, laid out flat (offsets into one array): at 100,000 facts a list per fact
  // would be 100,000 small arrays.
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + membership[i]!;
  const groupsAt = new Int32Array(offsets[n]!);
  const fill = offsets.slice(0, n);
  members.forEach((list, gi) => {
    for (const p of list) groupsAt[fill[p]!++] = gi;
  });

  // A fact in several groups of one relation is reported by the union of their sources: the
  // largest group's sources, and those of the others not among them. Counting only the smaller
  // groups' sources keeps a big group cheap when each of its members is also in a small one.
  const unionSizes = new Map<string, number>();
  const unionSize = (indices: number[]): number => {
    if (indices.length === 1) return groupSources[indices[0]!]!.size;
    const key = indices.join(',');
    let size = unionSizes.get(key);
    if (size === undefined) {
      let largest = indices[0]!;
      for (const gi of indices) if (groupSources[gi]!.size > groupSources[largest]!.size) largest = gi;
      const base = groupSources[largest]!;
      const extra = new Set<string>();
      for (const gi of indices) {
        if (gi === largest) continue;
        for (const s of groupSources[gi]!) if (!base.has(s)) extra.add(s);
      }
      size = base.size + extra.size;
      unionSizes.set(key, size);
    }
    return size;
  };

  const flags = new Uint8Array(n);
  const supportCount = new Int32Array(n);
  const conflicting = new Int32Array(n);
  for (let p = 0; p < n; p++) {
    const corroborating: number[] = [];
    const disagreeing: number[] = [];
    for (let k = offsets[p]!; k < offsets[p + 1]!; k++) {
      const gi = groupsAt[k]!;
      (groups[gi]!.relation === 'conflict' ? disagreeing : corroborating).push(gi);
    }
    supportCount[p] = corroborating.length ? unionSize(corroborating) : 1;
    // The fact's own source is in every group it is in: the others are the rest.
    conflicting[p] = disagreeing.length ? unionSize(disagreeing) - 1 : 0;
    flags[p] = (disagreeing.length ? FLAG_CONFLICT : 0) | (corroborating.length ? FLAG_CORROBORATED : 0);
  }

  const supportAt = (p: number): FactSupport => {
    const groupIds: string[] = [];
    for (let k = offsets[p]!; k < offsets[p + 1]!; k++) groupIds.push(groups[groupsAt[k]!]!.id);
    const inConflict = (flags[p]! & FLAG_CONFLICT) !== 0;
    return {
      groupIds,
      inConflict,
      corroborated: (flags[p]! & FLAG_CORROBORATED) !== 0,
      supportCount: supportCount[p]!,
      conflictingSourceCount: conflicting[p]!,
      suggestedCredibility: suggestCredibility(supportCount[p]!, conflicting[p]!, inConflict),
    };
  };

  const orders = new Map<IndexOrder, readonly number[]>();
  const order = (by: IndexOrder): readonly number[] => {
    let list = orders.get(by);
    if (list) return list;
    const positions = Array.from({ length: n }, (_, i) => i);
    if (by === 'support') {
      // Most sources first; at equal support, conflicts before the rest (they need the analyst).
      positions.sort((a, b) => supportCount[b]! - supportCount[a]! || (flags[b]! & FLAG_CONFLICT) - (flags[a]! & FLAG_CONFLICT) || a - b);
    } else if (by === 'kind') {
      const rank = new Map<FactKind, number>(FactKinds.options.map((k, i) => [k, i]));
      positions.sort((a, b) => rank.get(facts[a]!.kind)! - rank.get(facts[b]!.kind)! || a - b);
    }
    list = positions;
    orders.set(by, list);
    return list;
  };

  let conflictList: ConflictSummary[] | null = null;
  const conflicts = (): ConflictSummary[] => {
    conflictList ??= groups.flatMap((g, gi) => {
      if (g.relation !== 'conflict') return [];
      const present = [...members[gi]!].sort((a, b) => a - b).map((p) => facts[p]!);
      if (present.length === 0) return [];
      return [
        {
          groupId: g.id,
          subject: g.subject,
          reason: g.reason,
          values: [...new Set(present.map(primaryValueText))],
          sourceCount: groupSources[gi]!.size,
          factIds: g.factIds.filter((id) => positionOf.has(id)),
        },
      ];
    });
    return conflictList;
  };

  const groupsOfAt = (p: number): Group[] => {
    const out: Group[] = [];
    for (let k = offsets[p]!; k < offsets[p + 1]!; k++) out.push(groups[groupsAt[k]!]!);
    return out;
  };

  return {
    facts,
    groups,
    position: (id) => positionOf.get(id),
    fact: (id) => {
      const p = positionOf.get(id);
      return p === undefined ? undefined : facts[p];
    },
    supportAt,
    support: (id) => {
      const p = positionOf.get(id);
      return p === undefined ? { ...LONE, groupIds: [] } : supportAt(p);
    },
    supportCountAt: (p) => supportCount[p]!,
    inConflictAt: (p) => (flags[p]! & FLAG_CONFLICT) !== 0,
    supportCount: (id) => {
      const p = positionOf.get(id);
      return p === undefined ? 1 : supportCount[p]!;
    },
    inConflict: (id) => {
      const p = positionOf.get(id);
      return p !== undefined && (flags[p]! & FLAG_CONFLICT) !== 0;
    },
    corroboratedWith: (id) => {
      const p = positionOf.get(id);
      if (p === undefined) return [];
      const out = new Set<string>();
      for (const g of groupsOfAt(p)) {
        if (g.relation !== 'corroborated') continue;
        for (const other of g.factIds) if (other !== id) out.add(other);
      }
      return [...out];
    },
    groupsOf: (id) => {
      const p = positionOf.get(id);
      return p === undefined ? [] : groupsOfAt(p);
    },
    groupSourceCount: (groupId) => {
      const gi = groupIndexOf.get(groupId);
      return gi === undefined ? 0 : groupSources[gi]!.size;
    },
    order,
    conflicts,
  };
}

// The last index built for each groups array: every reader of the same project state (service,
// draft, endnotes, integrity check) shares one build. Keyed by identity: facts and groups are
// replaced, never edited in place, when extraction or grouping runs again.
const built = new WeakMap<readonly Group[], { facts: readonly Fact[]; index: FactIndex }>();

/** The index of these facts and groups, built on first use and kept while both stay the same. */
export function factIndexOf(input: FactIndexInput): FactIndex {
  const held = built.get(input.groups);
  if (held && held.facts === input.facts) return held.index;
  const index = buildFactIndex(input);
  built.set(input.groups, { facts: input.facts, index });
  return index;
}
