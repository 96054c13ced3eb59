// What the brief is built from: the project's facts, sources, the analyst's decisions and the
// groups verification formed. Plain data, so it crosses the worker boundary unchanged.
import type { Decision, Fact, Group, Source } from '../model';

export interface BriefInput {
  facts: Fact[];
  sources: Source[];
  decisions: Record<string, Decision>;
  groups: Group[];
}

export interface BriefDefaults {
  title: string;
  date: string;
  marking: string;
  preparedFor: string;
  preparedBy: string;
}

/** Lookups built once per use, so numbering a 1,000-citation brief stays linear. */
export interface BriefIndex {
  factById: Map<string, Fact>;
  sourceById: Map<string, Source>;
  /** Fact id → the facts corroborated with it, in group order, each once. */
  corroboratedWith: { get(factId: string): string[] | undefined };
  conflicted: Set<string>;
}

export function indexInput(input: BriefInput): BriefIndex {
  const factById = new Map(input.facts.map((f) => [f.id, f]));
  const sourceById = new Map(input.sources.map((s) => [s.id, s]));
  const groupsOf = new Map<string, Group[]>();
  const conflicted = new Set<string>();
  for (const group of input.groups) {
    for (const id of group.factIds) {
      if (group.relation === 'conflict') {
        conflicted.add(id);
        continue;
      }
      const groups = groupsOf.get(id);
      if (groups) groups.push(group);
      else groupsOf.set(id, [group]);
    }
  }
  // Each fact's partners are listed when asked for: listing every member of a group of a thousand
  // reports for each of them up front cost seconds, for the few facts a brief looks at.
  const partners = new Map<string, string[]>();
  const corroboratedWith = {
    get(factId: string): string[] | undefined {
      let list = partners.get(factId);
      if (list) return list;
      const groups = groupsOf.get(factId);
      if (!groups) return undefined;
      const others = new Set<string>();
      for (const group of groups) for (const other of group.factIds) if (other !== factId) others.add(other);
      partners.set(factId, (list = [...others]));
      return list;
    },
  };
  return { factById, sourceById, corroboratedWith, conflicted };
}

export function isVerified(input: BriefInput, factId: string): boolean {
  return input.decisions[factId]?.status === 'verified';
}
