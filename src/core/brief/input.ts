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
  /** Fact id → the corroborated groups it belongs to. */
  corroboratedWith: Map<string, string[]>;
  conflicted: Set<string>;
}

export function indexInput(input: BriefInput): BriefIndex {
  const factById = new Map(input.facts.map((f) => [f.id, f]));
  const sourceById = new Map(input.sources.map((s) => [s.id, s]));
  const corroboratedWith = new Map<string, string[]>();
  const conflicted = new Set<string>();
  for (const group of input.groups) {
    for (const id of group.factIds) {
      if (group.relation === 'conflict') {
        conflicted.add(id);
        continue;
      }
      const others = corroboratedWith.get(id) ?? [];
      for (const other of group.factIds) if (other !== id && !others.includes(other)) others.push(other);
      corroboratedWith.set(id, others);
    }
  }
  return { factById, sourceById, corroboratedWith, conflicted };
}

export function isVerified(input: BriefInput, factId: string): boolean {
  return input.decisions[factId]?.status === 'verified';
}
