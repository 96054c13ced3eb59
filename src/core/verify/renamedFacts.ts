// When a source is extracted again by a newer extractor, a fact can come back under a new id
// (ids rest on the unit's words, and the words of a unit may change: a paragraph number is no
// longer part of it). The analyst's decision and the brief's citations must follow the fact,
// not stay with an id nothing answers to.
import type { Fact } from '../model';

/**
 * Old fact id → new fact id, for facts whose id is gone but that the new extraction states again:
 * same source, kind and value as written (the value's words, since a re-inferred year changes
 * its canonical form), in the same sentence or one that holds the other. Only one-to-one
 * matches are kept: a guess between two candidates would put a decision on the wrong fact.
 */
export function renamedFacts(previous: readonly Fact[], fresh: readonly Fact[]): Map<string, string> {
  const freshIds = new Set(fresh.map((f) => f.id));
  const previousIds = new Set(previous.map((f) => f.id));
  const gone = previous.filter((f) => !freshIds.has(f.id));
  const arrived = fresh.filter((f) => !previousIds.has(f.id));
  const byKey = new Map<string, Fact[]>();
  for (const f of arrived) {
    const key = keyOf(f);
    const list = byKey.get(key);
    if (list) list.push(f);
    else byKey.set(key, [f]);
  }
  const candidatesOf = new Map<string, Fact[]>();
  const claims = new Map<string, number>();
  for (const old of gone) {
    const candidates = (byKey.get(keyOf(old)) ?? []).filter((f) => sameSentence(old.text, f.text));
    candidatesOf.set(old.id, candidates);
    for (const c of candidates) claims.set(c.id, (claims.get(c.id) ?? 0) + 1);
  }
  const renamed = new Map<string, string>();
  for (const [oldId, candidates] of candidatesOf) {
    if (candidates.length === 1 && claims.get(candidates[0]!.id) === 1) renamed.set(oldId, candidates[0]!.id);
  }
  return renamed;
}

function keyOf(f: Fact): string {
  const v = f.values[0];
  return `${f.sourceId}\u241f${f.kind}\u241f${v ? `${v.type}\u241f${v.surface}` : ''}`;
}

function sameSentence(a: string, b: string): boolean {
  const x = a.trim();
  const y = b.trim();
  return x === y || (y.length >= 12 && x.includes(y)) || (x.length >= 12 && y.includes(x));
}
