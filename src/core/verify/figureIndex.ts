// The figure layer of a project kept between changes (verifyIndex.ts): its candidates, what the
// figure rules found over them, and where each candidate could find a partner. A source added
// is matched against what the project holds: its candidates are judged against the candidates
// they could be alike with or in conflict with, and the pairs of two candidates held already,
// whose verdicts are known, are not judged again. A source taken out or read again has the
// clusters its candidates stood in clustered again: their other members judged as new ones.
//
// The verdicts after a change are the ones a full regroup finds, because every verdict the
// figure rules give is one of three kinds whose result does not hang on the order pairs are met
// in: clusters (what every pair judged the same would join; the sets of a union-find do not
// depend on the order of its unions, nor do their roots: the smallest index), conflicts between
// clusters (by the strongest verdict between them) and the sameHead conflicts (always judged:
// they read the pair's sources). A pair is judged the same way wherever it is judged (`judge`
// reads what the two candidates state and their own sources' stories only), in the order of
// the two facts' ids, as a full regroup judges it. What is left is to meet every pair a full
// regroup could give a verdict: see `ClassPartners`.
// tests/unit/core/verify/verifyIndex.test.ts compares the groups with groupFacts after every step.
import type { Fact } from '../model';
import type { EventCandidateMemo } from './eventGroups';
import type { Group } from '../model';
import {
  ConflictEdges,
  groupsOf,
  judgeFigures,
  probePrefix,
  sourceCandidates,
  Stories,
  valueReach,
  withValueKeys,
  WordNumbers,
  type FigureCandidate,
  type FigureVerdicts,
} from './index';
import { comparable, neighbourBlocks, relatePrepared, valueBlocks } from './values';
import { UnionFind } from './unionFind';
import { lowerBound, upperBound } from '../sortedSearch';

/** What the figure rules found over the candidates held, by their indices (the order of their fact ids). */
interface Verdicts {
  valueRoots: Int32Array;
  roots: Int32Array;
  edges: ConflictEdges;
  byHead: number[];
}

/** The numbered members of one value block, by their numbers ascending, and how far the furthest of them reaches. */
interface NumberedBlock {
  numbers: number[];
  members: FigureCandidate[];
  reach: number;
}

const push = <K, V>(index: Map<K, V[]>, key: K, value: V) => {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
};

/**
 * Where the candidates of one comparison class could meet a new one, by each way `candidatePairs`
 * meets a pair (a partner met that no verdict comes of costs a judgement, never a wrong group):
 * - the same value (value blocks, searched by number within both sides' reach);
 * - a head of the subject in common; the same counted thing, each source's only figure for it
 *   (RULE_IDS.sameHead);
 * - words enough in common for the lowest likeness a verdict needs, by prefix filtering in one
 *   order of all words (`WordOrder`): the one with fewer words shares one of its first
 *   `probePrefix` words with the other, so the new one's first words are looked up among every
 *   candidate's words, and its words among every candidate's first words.
 * What `candidatePairs` meets on besides, it meets among the same values only, so it is met
 * here as the same value: day-precise dates on the names, and RULE_IDS.sameNamedThing's same
 * counted thing and value (judging finds no verdict for other values there).
 */
class ClassPartners {
  readonly numbered = new Map<string, NumberedBlock>();
  readonly unnumbered = new Map<string, FigureCandidate[]>();
  readonly heads = new Map<number, FigureCandidate[]>();
  readonly soleHeads = new Map<string, FigureCandidate[]>();
  readonly words = new Map<number, FigureCandidate[]>();
  readonly firstWords = new Map<number, FigureCandidate[]>();
  /** Candidates some of whose subject's heads are none `candidatePairs` meets on: it then meets every pair of values in a block. */
  unmet = 0;

  add(c: FigureCandidate, order: WordOrder): void {
    if (!c.wordsMeet) this.unmet++;
    if (c.value) {
      const number = c.prepared!.number;
      for (const k of valueBlocks(c.value)) {
        if (number === undefined) {
          push(this.unnumbered, k, c);
          continue;
        }
        let block = this.numbered.get(k);
        if (!block) this.numbered.set(k, (block = { numbers: [], members: [], reach: 0 }));
        const at = upperBound(block.numbers, number);
        block.numbers.splice(at, 0, number);
        block.members.splice(at, 0, c);
        block.reach = Math.max(block.reach, valueReach(c.prepared!));
      }
    }
    for (const h of c.blockHeadIds) push(this.heads, h, c);
    if (c.soleHead) push(this.soleHeads, c.headKey!, c);
    for (const w of c.tokenIds) push(this.words, w, c);
    for (const w of order.first(c)) push(this.firstWords, w, c);
  }

  /** Takes `c` (filed by `add` with the same order) out. */
  remove(c: FigureCandidate, order: WordOrder): void {
    if (!c.wordsMeet) this.unmet--;
    if (c.value) {
      for (const k of valueBlocks(c.value)) {
        if (c.prepared!.number === undefined) {
          drop(this.unnumbered, k, c);
          continue;
        }
        // The block's reach stays: it bounds a search, and a wider one meets no fewer.
        const block = this.numbered.get(k)!;
        const at = block.members.indexOf(c);
        block.members.splice(at, 1);
        block.numbers.splice(at, 1);
      }
    }
    for (const h of c.blockHeadIds) drop(this.heads, h, c);
    if (c.soleHead) drop(this.soleHeads, c.headKey!, c);
    for (const w of c.tokenIds) drop(this.words, w, c);
    for (const w of order.first(c)) drop(this.firstWords, w, c);
  }

  /**
   * Every candidate held that `candidatePairs` could meet `c` with; `into` collects them. With
   * `sameAmong`, the same values only among those: a candidate whose cluster is judged again
   * can be the same as no other (it would stand in its cluster), only in conflict with it, and
   * two figures of the same value are never in conflict.
   */
  partnersOf(c: FigureCandidate, order: WordOrder, into: Set<FigureCandidate>, sameAmong?: ReadonlySet<FigureCandidate>): void {
    const size = c.tokenIds.length;
    if (c.value) {
      const prepared = c.prepared!;
      const number = prepared.number;
      const same = (o: FigureCandidate) =>
        (!sameAmong || sameAmong.has(o)) && (relatePrepared(prepared, o.prepared!) === 'same' || relatePrepared(o.prepared!, prepared) === 'same');
      for (const k of neighbourBlocks(c.value)) {
        for (const o of this.unnumbered.get(k) ?? []) if (same(o)) into.add(o);
        const block = this.numbered.get(k);
        if (!block) continue;
        if (number === undefined) {
          for (const o of block.members) if (same(o)) into.add(o);
          continue;
        }
        // Two numbers are the same only within the sum of their reaches.
        const bound = (valueReach(prepared) + block.reach) * (1 + 1e-6) + 1e-12;
        for (let m = lowerBound(block.numbers, number - bound); m < block.numbers.length && block.numbers[m]! <= number + bound; m++) {
          const o = block.members[m]!;
          if (same(o)) into.add(o);
        }
      }
    }
    for (const h of c.blockHeadIds) for (const o of this.heads.get(h) ?? []) into.add(o);
    if (c.soleHead) for (const o of this.soleHeads.get(c.headKey!) ?? []) into.add(o);
    for (const w of order.first(c)) for (const o of this.words.get(w) ?? []) if (o.tokenIds.length >= size) into.add(o);
    for (const w of c.tokenIds) for (const o of this.firstWords.get(w) ?? []) if (o.tokenIds.length <= size) into.add(o);
  }
}

function drop<K, V>(index: Map<K, V[]>, key: K, value: V): void {
  const list = index.get(key)!;
  list.splice(list.indexOf(value), 1);
  if (!list.length) index.delete(key);
}

/**
 * One order of all subject words for prefix filtering, fixed for as long as the index lives (a
 * candidate's first words are filed once): rarest first, by how many candidates used a word when
 * the index was built (a word first met later counts none), then by the word.
 */
class WordOrder {
  private readonly counts: Int32Array;
  constructor(
    private readonly numbers: WordNumbers,
    cands: readonly FigureCandidate[],
  ) {
    this.counts = new Int32Array(numbers.count);
    for (const c of cands) for (const w of c.tokenIds) this.counts[w]!++;
  }
  private count(w: number): number {
    return w < this.counts.length ? this.counts[w]! : 0;
  }
  /** The candidate's first `probePrefix` words in this order. */
  first(c: FigureCandidate): number[] {
    const words = Array.from(c.tokenIds).sort((x, y) => this.count(x) - this.count(y) || (this.numbers.word(x) < this.numbers.word(y) ? -1 : 1));
    return words.slice(0, Math.max(0, probePrefix(c)));
  }
}

/** What the last change judged: every pair, or the pairs of a part (the new candidates and their partners). */
export interface FigureChange {
  judged: 'all' | 'part';
  /** Candidates held after the change, and how many were judged. */
  candidates: number;
  part: number;
}

export class FigureIndex {
  private readonly numbers = new WordNumbers();
  private readonly stories = new Stories();
  private readonly bySource = new Map<string, FigureCandidate[]>();
  /** Every candidate held, in the order of their fact ids. */
  private cands: FigureCandidate[] = [];
  private verdicts: Verdicts | undefined;
  /**
   * Where each candidate held could meet a new one: filed on the first source added after every
   * pair was judged, not before (a command that makes one change and exits never needs them).
   */
  private order: WordOrder | undefined;
  private partners = new Map<string, ClassPartners>();
  last: FigureChange = { judged: 'all', candidates: 0, part: 0 };

  /** Takes `removed` out and holds `sources`' facts (new sources, or ones read again). */
  change(removed: readonly string[], sources: ReadonlyArray<{ sourceId: string; facts: readonly Fact[] }>): void {
    withValueKeys(() => {
      const judged = !!this.verdicts;
      // The candidates of the sources taken out or read again.
      const gone: FigureCandidate[] = [];
      for (const id of [...removed, ...sources.map((s) => s.sourceId)]) gone.push(...(this.bySource.get(id) ?? []));
      for (const id of removed) this.forget(id);
      const fresh: FigureCandidate[] = [];
      for (const { sourceId, facts } of sources) {
        this.forget(sourceId);
        if (!facts.length) continue;
        this.stories.tell(sourceId, facts);
        const cands = sourceCandidates(facts, this.numbers);
        this.bySource.set(sourceId, cands);
        fresh.push(...cands);
      }
      if (judged && this.update([...new Set(gone)], fresh)) return;
      this.judgeAll();
    });
  }

  /** The groups over `facts` (every fact the index holds), events grouped again. */
  groups(facts: readonly Fact[], eventMemo?: EventCandidateMemo): Group[] {
    const v = this.verdicts!;
    return withValueKeys(() =>
      groupsOf(facts, this.cands, { valueSame: UnionFind.fromRoots(v.valueRoots), same: UnionFind.fromRoots(v.roots), edges: v.edges, byHead: v.byHead }, eventMemo),
    );
  }

  private forget(sourceId: string): void {
    if (!this.bySource.delete(sourceId)) return;
    this.stories.forget(sourceId);
  }

  /** Every pair judged again, and the partners filed again. */
  private judgeAll(): void {
    const cands = [...this.bySource.values()].flat().sort(byFactId);
    this.hold(cands, judgeFigures(cands, this.numbers, this.stories));
    this.last = { judged: 'all', candidates: cands.length, part: cands.length };
    this.order = undefined;
    this.partners = new Map();
  }

  private filed(): WordOrder {
    if (!this.order) {
      this.order = new WordOrder(this.numbers, this.cands);
      for (const c of this.cands) this.partnersFor(c).add(c, this.order);
    }
    return this.order;
  }

  private partnersFor(c: FigureCandidate): ClassPartners {
    const key = classOf(c);
    let partners = this.partners.get(key);
    if (!partners) this.partners.set(key, (partners = new ClassPartners()));
    return partners;
  }

  /**
   * The change made by judging only what it touches: the new candidates, and the other members
   * of the clusters a candidate taken out stood in (those clusters may fall apart), each against
   * the candidates held it could meet and against each other. False where that would not be
   * what a full regroup finds (a class where `candidatePairs` meets every pair of values in a
   * block), and every pair must be judged.
   */
  private update(gone: readonly FigureCandidate[], fresh: FigureCandidate[]): boolean {
    const order = this.filed();
    const held = this.cands;
    const v = this.verdicts!;
    for (const c of gone) this.partners.get(classOf(c))!.remove(c, order);
    if (fresh.some((c) => !c.wordsMeet || (this.partners.get(classOf(c))?.unmet ?? 0) > 0)) return false;
    const goneSet = new Set(gone);
    // The clusters a candidate taken out stood in: each is clustered again from its other members.
    const broken = new Set<number>();
    for (const c of gone) broken.add(v.roots[c.at]!);
    const again = held.filter((c, i) => broken.has(v.roots[i]!) && !goneSet.has(c));
    if (again.some((c) => (this.partners.get(classOf(c))?.unmet ?? 0) > 0)) return false;
    fresh.sort(byFactId);
    // Filed first, so that the new candidates meet each other too.
    for (const c of fresh) this.partnersFor(c).add(c, order);
    const judging = [...fresh, ...again];
    const rejudged = new Set(judging);
    // Candidates that look for partners alike (most members of a cluster repeat one report) share one search.
    const searched = new Map<string, Set<FigureCandidate>>();
    const partnersOf = judging.map((c, k) => {
      const among = k < fresh.length ? undefined : rejudged;
      const key = `${among ? 1 : 0}\u241f${searchKey(c)}`;
      let met = searched.get(key);
      if (!met) {
        met = new Set<FigureCandidate>();
        this.partners.get(classOf(c))!.partnersOf(c, order, met, among);
        searched.set(key, met);
      }
      return met;
    });
    // The part judged: those candidates and their partners, in the order of their fact ids.
    const partSet = new Set<FigureCandidate>(judging);
    for (const met of partnersOf) for (const o of met) partSet.add(o);
    const part = [...partSet].sort(byFactId);
    const local = new Map<FigureCandidate, number>();
    part.forEach((c, k) => local.set(c, k));
    const partners: Array<number[] | undefined> = new Array(part.length);
    judging.forEach((c, f) => {
      const list: number[] = [];
      for (const o of partnersOf[f]!) if (o !== c) list.push(local.get(o)!);
      partners[local.get(c)!] = list;
    });
    const isHeld = (k: number) => partners[k] === undefined;
    const verdicts = judgeFigures(part, this.numbers, this.stories, {
      partners,
      clustered: (valueSame) => {
        // Partners that stand in one cluster already.
        const firstOf = new Map<number, number>();
        for (let k = 0; k < part.length; k++) {
          if (!isHeld(k)) continue;
          const root = v.valueRoots[part[k]!.at]!;
          const first = firstOf.get(root);
          if (first === undefined) firstOf.set(root, k);
          else valueSame.union(first, k);
        }
      },
    });

    // Every candidate's place after the change: the held that stay in their order, the new among them.
    const stay = goneSet.size ? held.filter((c) => !goneSet.has(c)) : held;
    const cands = mergeById(stay, fresh);
    const n = cands.length;
    const newIndex = new Int32Array(held.length).fill(-1);
    const freshAt = new Map<FigureCandidate, number>();
    cands.forEach((c, i) => {
      if (c.at >= 0 && held[c.at] === c) newIndex[c.at] = i;
      else freshAt.set(c, i);
    });
    const partIndex = Int32Array.from(part, (c) => (c.at >= 0 && held[c.at] === c ? newIndex[c.at]! : freshAt.get(c)!));

    // The clusters that stand: their members as they were (a root of one is none taken out).
    const valueSame = new UnionFind(n);
    const same = new UnionFind(n);
    for (let i = 0; i < held.length; i++) {
      if (newIndex[i]! < 0 || broken.has(v.roots[i]!)) continue;
      valueSame.union(newIndex[i]!, newIndex[v.valueRoots[i]!]!);
      same.union(newIndex[i]!, newIndex[v.roots[i]!]!);
    }
    for (let k = 0; k < part.length; k++) {
      valueSame.union(partIndex[k]!, partIndex[verdicts.valueSame.find(k)]!);
      same.union(partIndex[k]!, partIndex[verdicts.same.find(k)]!);
    }
    // Verdicts between clusters that stand are kept; those with a cluster that fell apart were judged again.
    const standing = (i: number) => !broken.has(v.roots[i]!);
    const edges = new ConflictEdges();
    for (let e = 0; e < v.edges.count; e++) {
      const a = v.edges.a[e]!;
      const b = v.edges.b[e]!;
      if (standing(a) && standing(b)) edges.push(newIndex[a]!, newIndex[b]!, v.edges.strength[e]!);
    }
    for (let e = 0; e < verdicts.edges.count; e++) edges.push(partIndex[verdicts.edges.a[e]!]!, partIndex[verdicts.edges.b[e]!]!, verdicts.edges.strength[e]!);
    const byHead: number[] = [];
    for (let k = 0; k < v.byHead.length; k += 2) {
      const a = v.byHead[k]!;
      const b = v.byHead[k + 1]!;
      if (standing(a) && standing(b)) byHead.push(newIndex[a]!, newIndex[b]!);
    }
    for (const k of verdicts.byHead) byHead.push(partIndex[k]!);
    this.hold(cands, { valueSame, same, edges, byHead });
    this.last = { judged: 'part', candidates: n, part: part.length };
    return true;
  }

  /** `cands` as the candidates held (each told its place) and what the figure rules found over them. */
  private hold(cands: FigureCandidate[], v: FigureVerdicts): void {
    this.cands = cands;
    cands.forEach((c, i) => (c.at = i));
    const roots = v.same.roots();
    const valueRoots = v.valueSame.roots();
    this.verdicts = { valueRoots, roots, edges: strongestBetween(v.edges, roots), byHead: pairsApart(v.byHead, valueRoots) };
  }
}

/** What `ClassPartners.partnersOf` reads of a candidate: two with one key have the same partners. */
function searchKey(c: FigureCandidate): string {
  const p = c.prepared;
  const value = c.value ? `${c.value.type}\u241f${c.value.canonical}\u241f${p!.kind}\u241f${p!.number}\u241f${p!.halfStep}\u241f${p!.low}\u241f${p!.high}` : '';
  return `${classOf(c)}\u241f${value}\u241f${c.soleHead ? c.headKey : ''}\u241f${c.blockHeadIds.join(',')}\u241f${c.tokenIds.join(',')}`;
}

/** The comparison class a candidate is paired within (as `judgeFigures` files it). */
const classOf = (c: FigureCandidate) => (c.value ? comparable(c.value) : c.fact.kind);

/** The pairs (flat, smaller first) of two clusters by `roots`, each once: `groupsOf` reads no others (see `apartByHead`). */
function pairsApart(pairs: readonly number[], roots: Int32Array): number[] {
  const n = roots.length;
  const seen = new Set<number>();
  const out: number[] = [];
  for (let k = 0; k < pairs.length; k += 2) {
    const a = pairs[k]!;
    const b = pairs[k + 1]!;
    if (roots[a] === roots[b] || seen.has(a * n + b)) continue;
    seen.add(a * n + b);
    out.push(a, b);
  }
  return out;
}

/**
 * The conflict verdicts as one per pair of clusters, the strongest, between the clusters' roots:
 * `conflictGroups` reads no more of them (the strongest between two clusters, and none within
 * one), and a large project gives a million, mostly many between the same two clusters.
 */
function strongestBetween(edges: ConflictEdges, roots: Int32Array): ConflictEdges {
  const n = roots.length;
  const strongest = new Map<number, number>();
  for (let e = 0; e < edges.count; e++) {
    const ra = roots[edges.a[e]!]!;
    const rb = roots[edges.b[e]!]!;
    if (ra === rb) continue;
    const key = ra < rb ? ra * n + rb : rb * n + ra;
    const known = strongest.get(key);
    if (known === undefined || edges.strength[e]! > known) strongest.set(key, edges.strength[e]!);
  }
  const out = new ConflictEdges();
  for (const [key, strength] of strongest) out.push(Math.floor(key / n), key % n, strength);
  return out;
}

const byFactId = (a: FigureCandidate, b: FigureCandidate) => (a.fact.id < b.fact.id ? -1 : a.fact.id > b.fact.id ? 1 : 0);

/** Two lists in the order of their fact ids as one (a stable merge: `held` first among equal ids). */
function mergeById(held: readonly FigureCandidate[], fresh: readonly FigureCandidate[]): FigureCandidate[] {
  const out: FigureCandidate[] = [];
  let x = 0;
  let y = 0;
  while (x < held.length || y < fresh.length) {
    if (y >= fresh.length || (x < held.length && byFactId(held[x]!, fresh[y]!) <= 0)) out.push(held[x++]!);
    else out.push(fresh[y++]!);
  }
  return out;
}
