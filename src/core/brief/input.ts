// What the brief is built from: the project's facts, sources, the analyst's decisions and the
// groups verification formed. Plain data, so it crosses the worker boundary unchanged.
import type { Decision, Fact, Group, Source } from '../model';
import { factIndexOf, type FactIndex } from '../factIndex';

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

/** Lookups the brief's rules share: the project's fact index and the sources by id. */
export interface BriefIndex {
  factById: Pick<ReadonlyMap<string, Fact>, 'get' | 'has'>;
  sourceById: Map<string, Source>;
  facts: FactIndex;
}

export function indexInput(input: BriefInput): BriefIndex {
  const facts = factIndexOf(input);
  return {
    factById: { get: (id) => facts.fact(id), has: (id) => facts.position(id) !== undefined },
    sourceById: new Map(input.sources.map((s) => [s.id, s])),
    facts,
  };
}

export function isVerified(input: BriefInput, factId: string): boolean {
  return input.decisions[factId]?.status === 'verified';
}
