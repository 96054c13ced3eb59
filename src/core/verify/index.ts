// Verification across sources: which facts several sources report (corroborated) and where they
// disagree (conflict). Facts are compared on what their value is about (subject features built by
// the extractor from the words around the value), never on their wording as a whole.
import type { Fact, FactValue, Group } from '../model';
import { stableId } from '../ids';
import { subjectFeatures, type SubjectFeatures } from '../extract/subject';
import { sameValue, valueKey, comparable } from './values';

export { sameValue } from './values';

interface Candidate {
  fact: Fact;
  value: FactValue | undefined;
  time: FactValue | undefined;
  features: SubjectFeatures;
}

const GROUPED_KINDS = new Set(['money', 'percent', 'count', 'quantity', 'date', 'daterange', 'duration', 'rank', 'ordinal', 'agreement', 'claim']);

function candidateOf(fact: Fact): Candidate | undefined {
  if (!GROUPED_KINDS.has(fact.kind)) return undefined;
  const value = fact.values[0];
  if (!value && fact.kind !== 'agreement' && fact.kind !== 'claim') return undefined;
  const time = fact.values.slice(1).find((v) => v.type === 'date' || v.type === 'daterange');
  return { fact, value, time, features: subjectFeatures(fact) };
}

/** How alike two subjects are, 0…1: shared content words over the smaller side, with the head noun and places weighed in. */
export function subjectSimilarity(a: SubjectFeatures, b: SubjectFeatures): number {
  if (a.head && b.head && a.head !== b.head) return 0;
  for (const [prep, place] of a.slots) {
    const other = b.slots.get(prep);
    if (other && other !== place) return 0;
  }
  const small = a.tokens.size <= b.tokens.size ? a.tokens : b.tokens;
  const large = small === a.tokens ? b.tokens : a.tokens;
  if (small.size === 0) return a.head && a.head === b.head ? 0.6 : 0;
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  let score = shared / small.size;
  // One shared word in one-word subjects is weak evidence.
  if (small.size === 1 && large.size > 2) score *= 0.75;
  if (a.head && a.head === b.head) score = Math.min(1, score + 0.25);
  return score;
}

/** Times that cannot be the same moment make two figures about different things. */
function timesCompatible(a: FactValue | undefined, b: FactValue | undefined): boolean {
  if (!a || !b) return true;
  return sameValue(a, b);
}

const CORROBORATE_AT = 0.5;
const CONFLICT_AT = 0.7;

class UnionFind {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

function sourcesOf(members: readonly Candidate[]): Set<string> {
  return new Set(members.map((m) => m.fact.sourceId));
}

function describeValue(c: Candidate): string {
  return c.value ? c.value.surface : c.fact.kind;
}

/**
 * Groups facts across sources. Deterministic: the same facts in any order give the same groups.
 * Facts of one source never corroborate each other (a repeat is folded into the same group).
 */
export function groupFacts(facts: readonly Fact[]): Group[] {
  const cands = facts
    .map(candidateOf)
    .filter((c): c is Candidate => !!c)
    .sort((x, y) => (x.fact.id < y.fact.id ? -1 : x.fact.id > y.fact.id ? 1 : 0));
  const n = cands.length;
  const same = new UnionFind(n);
  const conflictEdges: Array<[number, number, number]> = [];
  // Bucket by value type so the pairwise pass stays small.
  const buckets = new Map<string, number[]>();
  cands.forEach((c, i) => {
    const key = c.value ? comparable(c.value) : c.fact.kind;
    const list = buckets.get(key) ?? [];
    list.push(i);
    buckets.set(key, list);
  });
  for (const list of buckets.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = cands[list[x]!]!;
        const b = cands[list[y]!]!;
        const sim = subjectSimilarity(a.features, b.features);
        if (sim < CORROBORATE_AT) continue;
        if (!a.value || !b.value) {
          // Statements without a value (agreements, firsts) corroborate on their words alone.
          if (sim >= CONFLICT_AT) same.union(list[x]!, list[y]!);
          continue;
        }
        if (!timesCompatible(a.time, b.time)) continue;
        if (sameValue(a.value, b.value)) same.union(list[x]!, list[y]!);
        else if (sim >= CONFLICT_AT && a.fact.sourceId !== b.fact.sourceId) conflictEdges.push([list[x]!, list[y]!, sim]);
      }
    }
  }

  const clusters = new Map<number, Candidate[]>();
  cands.forEach((c, i) => {
    const root = same.find(i);
    const list = clusters.get(root) ?? [];
    list.push(c);
    clusters.set(root, list);
  });

  const groups: Group[] = [];
  for (const members of clusters.values()) {
    const sources = sourcesOf(members);
    if (sources.size < 2) continue;
    const first = members[0]!;
    groups.push({
      id: stableId('grp', 'corroborated', ...members.map((m) => m.fact.id)),
      relation: 'corroborated',
      subject: first.fact.subject,
      factIds: members.map((m) => m.fact.id),
      reason: `${sources.size} sources give ${describeValue(first)} for ${first.fact.subject || 'the same thing'}.`,
    });
  }

  // A conflict joins whole clusters (each cluster is one value) whose subjects match closely.
  const conflict = new UnionFind(n);
  for (const [a, b] of conflictEdges) conflict.union(same.find(a), same.find(b));
  const conflictSets = new Map<number, Set<number>>();
  cands.forEach((_, i) => {
    const root = same.find(i);
    const top = conflict.find(root);
    if (top === root && !conflictEdges.some(([a, b]) => same.find(a) === root || same.find(b) === root)) return;
    const set = conflictSets.get(top) ?? new Set<number>();
    set.add(i);
    conflictSets.set(top, set);
  });
  for (const set of conflictSets.values()) {
    const members = [...set].map((i) => cands[i]!);
    const values = new Map<string, Set<string>>();
    for (const m of members) {
      if (!m.value) continue;
      const key = valueKey(m.value);
      const s = values.get(key) ?? new Set<string>();
      s.add(m.fact.sourceId);
      values.set(key, s);
    }
    if (values.size < 2 || sourcesOf(members).size < 2) continue;
    const first = members[0]!;
    const stated = [...new Set(members.map((m) => m.value!.surface))].slice(0, 4).join('", "');
    groups.push({
      id: stableId('grp', 'conflict', ...members.map((m) => m.fact.id)),
      relation: 'conflict',
      subject: first.fact.subject,
      factIds: members.map((m) => m.fact.id),
      reason: `${sourcesOf(members).size} sources give different values ("${stated}") for ${first.fact.subject || 'the same thing'}.`,
    });
  }
  return groups;
}

/**
 * Admiralty credibility the analyst is offered for a fact: 1–2 when independent sources
 * corroborate it, 3 when it stands alone, 4–5 when sources disagree about it.
 */
export function suggestCredibility(factId: string, groups: readonly Group[], facts: readonly Fact[]): 1 | 2 | 3 | 4 | 5 {
  const sourceOf = new Map(facts.map((f) => [f.id, f.sourceId]));
  const mine = groups.filter((g) => g.factIds.includes(factId));
  const conflict = mine.find((g) => g.relation === 'conflict');
  if (conflict) {
    // Disagreement with several sources at once is more serious than with one.
    const own = sourceOf.get(factId);
    const others = new Set(conflict.factIds.map((id) => sourceOf.get(id)).filter((s) => s && s !== own));
    return others.size >= 2 ? 5 : 4;
  }
  const corroborated = mine.find((g) => g.relation === 'corroborated');
  if (corroborated) {
    const sources = new Set(corroborated.factIds.map((id) => sourceOf.get(id)));
    return sources.size >= 3 ? 1 : 2;
  }
  return 3;
}
