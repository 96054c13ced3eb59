// Who's who: the people, places and bodies of a project, each with the names the sources give it
// and the facts and sources that mention it. Entities with one folded key are one (the key already
// folds diacritics, name order, titles, place aliases and bodies' acronyms); a person named by a
// part of a fuller name ("Moepya", "President Ramaphosa") joins that person when exactly one fuller
// name has every word of it (the grouping's person.name-subset rule, src/core/entities/match.ts),
// never when two people could be meant. Speakers count as people.
//
// Over that automatic grouping lie the analyst's decisions (Project.whoDecisions), applied in the
// order they were made: a merge puts every entry holding one of its names into one, a split moves a
// name (with the facts that use it) out into an entry of its own. They name names, not facts, so
// they hold through re-extraction and new sources; a name no longer in the project is passed over.
//
// Linear in mentions, plus a look-up per short name in the index of its rarest word, plus, for
// each decision, the size of the entries it touches.
import type { EntityType, Fact, WhoDecision, WhoName } from './model';
import { nameKey } from './entities/fold';
import { stableId } from './ids';

export interface WhoEntry {
  /** The key of its fullest name: stable while the sources and the decisions stay the same. */
  id: string;
  type: EntityType;
  /** The name the sources use most, ties to the longest; for a merge, the name merged into. */
  name: string;
  /** Every name the sources give it, most used first, with how often. */
  variants: Array<{ name: string; count: number }>;
  /** Every name with its kind (an entry the analyst merged across kinds has names of several). */
  names: WhoName[];
  /** Positions of the facts that mention it, in project order. */
  factPositions: number[];
  sourceIds: string[];
  /** The analyst's merges or splits made or changed it. */
  decided: boolean;
}

/** One name of one kind under one folded key, with where the sources use it. */
interface Atom {
  type: EntityType;
  key: string;
  name: string;
  count: number;
  facts: Set<number>;
  sources: Set<string>;
}

interface Node {
  type: EntityType;
  key: string;
  words: string[];
  atoms: Map<string, Atom>;
}

interface Part {
  id: string;
  atoms: Set<Atom>;
  /** The name the analyst merged into, while it is in the part. */
  head: Atom | null;
  decided: boolean;
}

const SEP = '\u241f';
const nameId = (type: EntityType, name: string) => `${type}${SEP}${name}`;

/**
 * The automatic grouping of a project's facts with its entries: worked out once per change of
 * facts and kept, so that a merge or split redoes only the entries it touches (whoWithDecisions).
 */
export interface WhoBase {
  readonly partOf: ReadonlyMap<Atom, Part>;
  /** Atoms by kind and name: a decision names a name, which may stand under more than one key. */
  readonly byName: ReadonlyMap<string, Atom[]>;
  readonly entries: ReadonlyMap<Part, WhoEntry>;
  /** The entries in list order. */
  readonly sorted: readonly WhoEntry[];
}

export function whosWho(facts: readonly Fact[], decisions: readonly WhoDecision[] = []): WhoEntry[] {
  return whoWithDecisions(whoBase(facts), decisions);
}

export function whoBase(facts: readonly Fact[]): WhoBase {
  const nodes = new Map<string, Node>();
  const byName = new Map<string, Atom[]>();
  const note = (type: EntityType, key: string, name: string, position: number, sourceId: string) => {
    if (!key.trim() || !name.trim()) return;
    const id = `${type}:${key}`;
    let node = nodes.get(id);
    if (!node) {
      // A key made from a titled name ("President Ramaphosa" as a speaker) is read from its name again.
      const words = (type === 'person' ? nameKey(name) || key : key).split(' ').filter(Boolean);
      node = { type, key, words, atoms: new Map() };
      nodes.set(id, node);
    }
    let atom = node.atoms.get(name);
    if (!atom) {
      atom = { type, key, name, count: 0, facts: new Set(), sources: new Set() };
      node.atoms.set(name, atom);
      const named = nameId(type, name);
      (byName.get(named) ?? byName.set(named, []).get(named)!).push(atom);
    }
    atom.count += 1;
    atom.facts.add(position);
    atom.sources.add(sourceId);
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

  const partOf = automaticParts(nodes);
  const entries = new Map<Part, WhoEntry>();
  for (const part of new Set(partOf.values())) entries.set(part, entryOf(part));
  return { partOf, byName, entries, sorted: [...entries.values()].sort(listOrder) };
}

/** Most sources first, then most facts: who the event is about comes before a passing mention. */
function listOrder(a: WhoEntry, b: WhoEntry): number {
  return (
    b.sourceIds.length - a.sourceIds.length ||
    b.factPositions.length - a.factPositions.length ||
    a.name.localeCompare(b.name) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * The analyst's merges and splits, in the order made, over the automatic grouping. The base is
 * never changed: a part a decision touches is copied first, and only the entries of touched parts
 * are worked out again; the others are the base's own.
 */
export function whoWithDecisions(base: WhoBase, decisions: readonly WhoDecision[]): WhoEntry[] {
  if (decisions.length === 0) return [...base.sorted];
  const moved = new Map<Atom, Part>();
  const partOf = (atom: Atom) => moved.get(atom) ?? base.partOf.get(atom)!;
  /** Base parts copied (the copy is the live one) or emptied by a merge. */
  const replaced = new Set<Part>();
  const made: Part[] = [];
  const own = (part: Part): Part => {
    if (!base.entries.has(part) || replaced.has(part)) return part;
    const copy: Part = { id: part.id, atoms: new Set(part.atoms), head: part.head, decided: part.decided };
    for (const atom of copy.atoms) moved.set(atom, copy);
    replaced.add(part);
    made.push(copy);
    return copy;
  };
  const used = new Set<string>();
  for (const entry of base.sorted) used.add(entry.id);
  const freshId = (id: string) => {
    let fresh = id;
    for (let n = 2; used.has(fresh); n++) fresh = `${id}${SEP}${n}`;
    used.add(fresh);
    return fresh;
  };
  const atomsOf = (name: WhoName) => base.byName.get(nameId(name.type, name.name)) ?? [];

  for (const decision of decisions) {
    if (decision.kind === 'merge') {
      const atoms = decision.names.flatMap(atomsOf);
      if (atoms.length === 0) continue;
      const into = atomsOf(decision.into)[0];
      const target = own(partOf(into ?? atoms[0]!));
      for (const atom of atoms) {
        const part = partOf(atom);
        if (part === target) continue;
        for (const member of part.atoms) {
          target.atoms.add(member);
          moved.set(member, target);
        }
        // A base part is left as it was; it is gone from this Who's who.
        if (base.entries.has(part)) replaced.add(part);
        else part.atoms.clear();
        target.decided = true;
      }
      if (into) target.head = into;
    } else {
      // The name's atoms leave each entry that holds them with other names, into an entry of
      // their own per entry left: a split never joins what was apart.
      const byPart = new Map<Part, Atom[]>();
      for (const atom of atomsOf(decision.name)) {
        const part = partOf(atom);
        (byPart.get(part) ?? byPart.set(part, []).get(part)!).push(atom);
      }
      for (const [found, atoms] of byPart) {
        if (found.atoms.size === atoms.length) continue;
        const part = own(found);
        const first = atoms[0]!;
        // The name as a short hash: an id crosses the contract, which bounds its length.
        const alone: Part = { id: freshId(`${first.type}:${first.key}${SEP}${stableId('n', first.name)}`), atoms: new Set(atoms), head: null, decided: true };
        made.push(alone);
        for (const atom of atoms) {
          part.atoms.delete(atom);
          if (part.head === atom) part.head = null;
          moved.set(atom, alone);
        }
        part.decided = true;
      }
    }
  }

  const out: WhoEntry[] = [];
  for (const [part, entry] of base.entries) if (!replaced.has(part)) out.push(entry);
  for (const part of made) if (part.atoms.size > 0) out.push(entryOf(part));
  return out.sort(listOrder);
}

/** The engine's grouping: one part per folded key, a person's short names joined to the one fuller name. */
function automaticParts(nodes: Map<string, Node>): Map<Atom, Part> {
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
  const partOf = new Map<Atom, Part>();
  const byRoot = new Map<Node, Part>();
  for (const n of nodes.values()) {
    const top = n.type === 'person' ? root(n) : n;
    let part = byRoot.get(top);
    if (!part) {
      part = { id: `${top.type}:${top.key}`, atoms: new Set(), head: null, decided: false };
      byRoot.set(top, part);
    }
    for (const atom of n.atoms.values()) {
      part.atoms.add(atom);
      partOf.set(atom, part);
    }
  }
  return partOf;
}

function entryOf(part: Part): WhoEntry {
  const counts = new Map<string, number>();
  const names = new Map<string, WhoName>();
  const factSet = new Set<number>();
  const sources = new Set<string>();
  let main: Atom | null = null;
  for (const atom of part.atoms) {
    counts.set(atom.name, (counts.get(atom.name) ?? 0) + atom.count);
    names.set(nameId(atom.type, atom.name), { type: atom.type, name: atom.name });
    for (const f of atom.facts) factSet.add(f);
    for (const s of atom.sources) sources.add(s);
    if (!main || atom.count > main.count || (atom.count === main.count && (atom.name.length > main.name.length || (atom.name.length === main.name.length && atom.name < main.name)))) main = atom;
  }
  const variants = [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || b.name.length - a.name.length || a.name.localeCompare(b.name));
  const head = part.head ?? main!;
  return {
    id: part.id,
    type: head.type,
    name: part.head ? part.head.name : variants[0]!.name,
    variants,
    names: [...names.values()],
    factPositions: [...factSet].sort((a, b) => a - b),
    sourceIds: [...sources],
    decided: part.decided,
  };
}
