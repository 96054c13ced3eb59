// Who's who: the people, places and bodies of a project, each with the names the sources give it
// and the facts and sources that mention it. Entities with one folded key are one (the key already
// folds diacritics, name order, titles, place aliases and bodies' acronyms); a person named by a
// part of a fuller name ("Moepya", "President Ramaphosa") joins that person when exactly one fuller
// name has every word of it (the grouping's person.name-subset rule, src/core/entities/match.ts),
// never when two people could be meant. Speakers count as people. Linear in mentions, plus a
// look-up per short name in the index of its rarest word.
import type { EntityType, Fact } from './model';
import { nameKey } from './entities/fold';

export interface WhoEntry {
  /** The key of its fullest name: stable while the sources stay the same. */
  id: string;
  type: EntityType;
  /** The name the sources use most, ties to the longest. */
  name: string;
  /** Every name the sources give it, most used first, with how often. */
  variants: Array<{ name: string; count: number }>;
  /** Positions of the facts that mention it, in project order. */
  factPositions: number[];
  sourceIds: string[];
}

interface Node {
  type: EntityType;
  key: string;
  words: string[];
  names: Map<string, number>;
  facts: Set<number>;
  sources: Set<string>;
}

export function whosWho(facts: readonly Fact[]): WhoEntry[] {
  const nodes = new Map<string, Node>();
  const note = (type: EntityType, key: string, name: string, position: number, sourceId: string) => {
    if (!key.trim() || !name.trim()) return;
    const id = `${type}:${key}`;
    let node = nodes.get(id);
    if (!node) {
      // A key made from a titled name ("President Ramaphosa" as a speaker) is read from its name again.
      const words = (type === 'person' ? nameKey(name) || key : key).split(' ').filter(Boolean);
      node = { type, key, words, names: new Map(), facts: new Set(), sources: new Set() };
      nodes.set(id, node);
    }
    node.names.set(name, (node.names.get(name) ?? 0) + 1);
    node.facts.add(position);
    node.sources.add(sourceId);
  };
  facts.forEach((fact, p) => {
    for (const e of fact.entities) note(e.type, e.key, e.name, p, fact.sourceId);
  });
  // A speaker is a person unless the sources name a body or place with its key ("the IEC said").
  facts.forEach((fact, p) => {
    if (!fact.speaker || !fact.speakerKey) return;
    const type = (['organisation', 'place'] as const).find((t) => nodes.has(`${t}:${fact.speakerKey}`)) ?? 'person';
    note(type, fact.speakerKey, fact.speaker, p, fact.sourceId);
  });

  // People: a name joins the one fuller name that has all its words.
  const people = [...nodes.values()].filter((n) => n.type === 'person');
  const byWord = new Map<string, Node[]>();
  for (const n of people) for (const w of new Set(n.words)) (byWord.get(w) ?? byWord.set(w, []).get(w)!).push(n);
  const parent = new Map<Node, Node>();
  const root = (n: Node): Node => {
    let r = n;
    while (parent.has(r)) r = parent.get(r)!;
    return r;
  };
  for (const n of people) {
    if (n.words.length === 0) continue;
    const rarest = n.words.reduce((a, b) => ((byWord.get(a)?.length ?? 0) <= (byWord.get(b)?.length ?? 0) ? a : b));
    const fuller = (byWord.get(rarest) ?? []).filter((m) => m !== n && m.words.length > n.words.length && n.words.every((w) => m.words.includes(w)));
    const targets = new Set(fuller.map(root));
    if (targets.size === 1) {
      const [target] = targets;
      if (root(n) !== target) parent.set(root(n), target!);
    }
  }

  const clusters = new Map<Node, Node[]>();
  for (const n of nodes.values()) {
    const r = n.type === 'person' ? root(n) : n;
    (clusters.get(r) ?? clusters.set(r, []).get(r)!).push(n);
  }
  const out: WhoEntry[] = [];
  for (const [top, members] of clusters) {
    const names = new Map<string, number>();
    const factSet = new Set<number>();
    const sources = new Set<string>();
    for (const m of members) {
      for (const [name, count] of m.names) names.set(name, (names.get(name) ?? 0) + count);
      for (const f of m.facts) factSet.add(f);
      for (const s of m.sources) sources.add(s);
    }
    const variants = [...names].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || b.name.length - a.name.length || a.name.localeCompare(b.name));
    out.push({
      id: `${top.type}:${top.key}`,
      type: top.type,
      name: variants[0]!.name,
      variants,
      factPositions: [...factSet].sort((a, b) => a - b),
      sourceIds: [...sources],
    });
  }
  // Most sources first, then most facts: who the event is about comes before a passing mention.
  return out.sort((a, b) => b.sourceIds.length - a.sourceIds.length || b.factPositions.length - a.factPositions.length || a.name.localeCompare(b.name));
}
