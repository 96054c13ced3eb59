// Events and claims across outlets: which clauses of different sources report the same event or
// claim (corroborated) and where they disagree about one of its parts: its place, its day, who
// said it (conflict). Figures are grouped by ./index.ts; this layer takes the facts that carry no
// figure (claims, agreements, quotes) and compares them on their parts (src/core/extract/eventClauses.ts).
//
// Every verdict names its rule (./rules.ts) and keeps its evidence, so that `attache why` and the
// Facts view can show the analyst why two facts stand together.
import type { Fact, Group } from '../model';
import { stableId } from '../ids';
import { tokenize } from '../entities/tokens';
import { contentKey, isStopWord } from '../lang/en/lemma';
import { EVENT_THRESHOLDS as T, RULES, type RuleId } from './rules';

export interface EventVerdict {
  relation: 'corroborated' | 'conflict';
  rule: RuleId;
  evidence: Record<string, string | number | boolean | string[]>;
}

/** Why two facts were not joined: the first test of the rules that failed. */
export interface EventRefusal {
  refused: string;
}

export interface EventCandidate {
  fact: Fact;
  keys: string[];
  quoteKeys: string[];
  actionClass: string;
  actors: string[];
  others: string[];
  place: string | undefined;
  time: string | undefined;
  negated: boolean;
  mood: string;
  /** Canonical values of the figures its sentence states. */
  figures: ReadonlySet<string>;
  speaker: string | undefined;
}

// Action classes that say nothing about the event itself ("stated", a bare auxiliary): two
// clauses meet on their content or not at all.
const EMPTY_ACTIONS = new Set(['state', 'say', 'be', 'have']);

const QUOTED = /[“"]([^“”"]{12,})[”"]/g;

function contentKeys(text: string): string[] {
  const out = new Set<string>();
  for (const t of tokenize(text)) {
    const lower = t.text.toLowerCase();
    if (lower.length < 3 || isStopWord(lower) || /\d/.test(lower)) continue;
    out.add(contentKey(t.text));
  }
  return [...out];
}

/** Entity features: a person by surname (outlets name people three ways), a body or place by its key. */
function entityFeatures(fact: Fact): string[] {
  return fact.entities.map((e) => (e.type === 'person' ? `p:${surname(e.key)}` : `${e.type === 'place' ? 'l' : 'o'}:${e.key}`));
}

function surname(key: string): string {
  // Keys are sorted tokens; the surname is not known by position, so the longest token stands for it.
  const tokens = key.split(' ');
  return tokens.reduce((a, b) => (b.length > a.length ? b : a), tokens[0] ?? key);
}

/** Two entity keys name one person or body: equal, or one's words all in the other ("ramaphosa" ⊂ "cyril ramaphosa"). */
export function sameEntity(a: string, b: string): boolean {
  if (a === b) return true;
  const [ta, ka] = splitType(a);
  const [tb, kb] = splitType(b);
  if (ta !== tb) return false;
  const wa = ka.split(' ');
  const wb = new Set(kb.split(' '));
  const small = wa.length <= wb.size ? wa : kb.split(' ');
  const big = wa.length <= wb.size ? wb : new Set(wa);
  return small.length > 0 && small.every((w) => big.has(w));
}

function splitType(key: string): [string, string] {
  const at = key.indexOf(':');
  return at < 0 ? ['', key] : [key.slice(0, at), key.slice(at + 1)];
}

function anyShared(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) for (const y of b) if (sameEntity(x, y)) return true;
  return false;
}

/** Actors agree where either side names none, or both name one in common. */
function actorsAgree(a: EventCandidate, b: EventCandidate): boolean {
  if (!a.actors.length || !b.actors.length) return true;
  return anyShared(a.actors, b.actors) || anyShared(a.actors, b.others) || anyShared(a.others, b.actors);
}

function speakersDiffer(a: EventCandidate, b: EventCandidate): boolean {
  if (!a.speaker || !b.speaker) return false;
  return !sameEntity(`x:${a.speaker}`, `x:${b.speaker}`);
}

function dayOf(time: string | undefined): string | undefined {
  return time && /^\d{4}-\d{2}-\d{2}$/.test(time) ? time : undefined;
}

export function eventCandidate(fact: Fact, figures: ReadonlySet<string>): EventCandidate | undefined {
  const e = fact.event;
  if (!e || fact.values.length > 0) return undefined;
  const quoteKeys = new Set<string>();
  for (const m of fact.text.matchAll(QUOTED)) for (const k of contentKeys(m[1]!)) quoteKeys.add(k);
  return {
    fact,
    keys: [...new Set([...e.lemmas, ...entityFeatures(fact)])],
    quoteKeys: [...quoteKeys],
    actionClass: e.actionClass,
    actors: e.actors,
    others: e.others,
    place: e.place,
    time: e.time,
    negated: !!e.negated,
    mood: e.mood,
    figures,
    speaker: fact.speakerKey,
  };
}

/** How rare each key is among the clauses: ln(1 + N / df). */
export function keyWeights(cands: readonly EventCandidate[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const c of cands) for (const k of c.keys) df.set(k, (df.get(k) ?? 0) + 1);
  const n = cands.length;
  const w = new Map<string, number>();
  for (const [k, d] of df) w.set(k, Math.log(1 + n / d));
  return w;
}

interface Likeness {
  value: number;
  shared: string[];
  rare: number;
}

function likeness(a: readonly string[], b: readonly string[], weights: ReadonlyMap<string, number>, median: number): Likeness {
  const inB = new Set(b);
  let wa = 0;
  let wb = 0;
  let ws = 0;
  const shared: string[] = [];
  let rare = 0;
  for (const k of a) {
    const w = weights.get(k) ?? 1;
    wa += w;
    if (inB.has(k)) {
      ws += w;
      shared.push(k);
      if (w > median) rare++;
    }
  }
  for (const k of b) wb += weights.get(k) ?? 1;
  return { value: wa && wb ? ws / Math.sqrt(wa * wb) : 0, shared, rare };
}

export interface EventContext {
  weights: ReadonlyMap<string, number>;
  median: number;
}

export function eventContext(cands: readonly EventCandidate[]): EventContext {
  const weights = keyWeights(cands);
  const sorted = [...weights.values()].sort((x, y) => x - y);
  return { weights, median: sorted[Math.floor(sorted.length / 2)] ?? 1 };
}

function figuresDisagree(a: EventCandidate, b: EventCandidate): boolean {
  if (!a.figures.size || !b.figures.size) return false;
  for (const v of a.figures) if (b.figures.has(v)) return false;
  return true;
}

/** The verdict on two clauses of different sources, or why there is none. */
export function judgeEvents(a: EventCandidate, b: EventCandidate, ctx: EventContext): EventVerdict | EventRefusal {
  if (a.fact.sourceId === b.fact.sourceId) return { refused: 'both come from one source' };
  const like = likeness(a.keys, b.keys, ctx.weights, ctx.median);
  const evidence = (extra: Record<string, string | number | boolean | string[]>) => ({
    likeness: Math.round(like.value * 100) / 100,
    shared: like.shared.slice(0, 12),
    ...extra,
  });

  // Quotes: the same quoted words.
  if (a.quoteKeys.length && b.quoteKeys.length) {
    const q = likeness(a.quoteKeys, b.quoteKeys, ctx.weights, ctx.median);
    if (q.shared.length >= T.sameQuoteShared && q.value >= T.sameQuoteLikeness) {
      if (speakersDiffer(a, b)) {
        return { relation: 'conflict', rule: 'event.different-speaker', evidence: evidence({ quoted: q.shared.slice(0, 12), speakers: [a.fact.speaker ?? '', b.fact.speaker ?? ''] }) };
      }
      return { relation: 'corroborated', rule: 'event.same-quote', evidence: evidence({ quoted: q.shared.slice(0, 12), quoteLikeness: Math.round(q.value * 100) / 100 }) };
    }
  }
  if (a.negated !== b.negated) return { refused: 'one says it happened, the other that it did not' };
  if (!actorsAgree(a, b)) return { refused: 'they name different actors' };
  if (figuresDisagree(a, b)) return { refused: 'their sentences state different figures' };
  const planA = a.mood === 'plan';
  const planB = b.mood === 'plan';

  const sameAction = a.actionClass === b.actionClass && !EMPTY_ACTIONS.has(a.actionClass);
  const dayA = dayOf(a.time);
  const dayB = dayOf(b.time);
  if (sameAction && planA === planB) {
    const besides = like.shared.filter((k) => k !== `act:${a.actionClass}`);
    if (besides.length >= T.conflictShared && like.value >= T.conflictLikeness && a.actors.length && b.actors.length) {
      if (a.place && b.place && !sameEntity(a.place, b.place) && (!dayA || !dayB || dayA === dayB)) {
        return { relation: 'conflict', rule: 'event.different-place', evidence: evidence({ action: a.actionClass, places: [a.place, b.place] }) };
      }
      if (dayA && dayB && dayA !== dayB && (!a.place || !b.place || sameEntity(a.place, b.place))) {
        return { relation: 'conflict', rule: 'event.different-day', evidence: evidence({ action: a.actionClass, days: [dayA, dayB] }) };
      }
    }
    if (a.place && b.place && !sameEntity(a.place, b.place)) return { refused: 'they happen at different places' };
    if (dayA && dayB && dayA !== dayB) return { refused: 'they happen on different days' };
    if (besides.length >= T.sameActionShared && like.value >= T.sameActionLikeness) {
      return { relation: 'corroborated', rule: 'event.same-action', evidence: evidence({ action: a.actionClass }) };
    }
  }
  if (a.place && b.place && !sameEntity(a.place, b.place)) return { refused: 'they happen at different places' };
  if (dayA && dayB && dayA !== dayB) return { refused: 'they happen on different days' };
  if (like.shared.length >= T.sameContentShared && like.rare >= T.sameContentRare && like.value >= T.sameContentLikeness && planA === planB) {
    return { relation: 'corroborated', rule: 'event.same-content', evidence: evidence({}) };
  }
  return { refused: `too little in common (likeness ${like.value.toFixed(2)}, ${like.shared.length} shared words)` };
}

class UnionFind {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n).map((_, i) => i);
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

interface Edge {
  i: number;
  j: number;
  verdict: EventVerdict;
}

/** Candidate pairs: clauses of different sources sharing a key that is not too common to tell. */
function candidatePairs(cands: readonly EventCandidate[], visit: (i: number, j: number) => void): void {
  const postings = new Map<string, number[]>();
  cands.forEach((c, i) => {
    for (const k of c.keys) {
      const list = postings.get(k);
      if (list) list.push(i);
      else postings.set(k, [i]);
    }
    for (const k of c.quoteKeys) {
      const key = `q:${k}`;
      const list = postings.get(key);
      if (list) list.push(i);
      else postings.set(key, [i]);
    }
  });
  const cap = Math.max(8, Math.min(200, Math.ceil(cands.length * T.blockingShare)));
  const seen = new Set<number>();
  const n = cands.length;
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > cap) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x]!;
        const j = list[y]!;
        if (cands[i]!.fact.sourceId === cands[j]!.fact.sourceId) continue;
        const key = i * n + j;
        if (seen.has(key)) continue;
        seen.add(key);
        visit(i, j);
      }
    }
  }
}

function describeEvidence(v: EventVerdict): string {
  const e = v.evidence;
  const shared = Array.isArray(e.shared) ? e.shared.filter((k) => !k.startsWith('act:')).map((k) => k.replace(/^[plo]:/, '')).slice(0, 6).join(', ') : '';
  return `${RULES[v.rule].says} [${v.rule}${e.action ? `: ${String(e.action)}` : ''}; shared: ${shared}; likeness ${String(e.likeness)}]`;
}

function clustersOf(n: number, edges: readonly Edge[], minLikeness: number): UnionFind {
  const uf = new UnionFind(n);
  for (const e of edges) if (Number(e.verdict.evidence.likeness) >= minLikeness) uf.union(e.i, e.j);
  return uf;
}

function tooSpread(members: readonly number[], cands: readonly EventCandidate[]): boolean {
  const per = new Map<string, number>();
  for (const m of members) {
    const s = cands[m]!.fact.sourceId;
    const c = (per.get(s) ?? 0) + 1;
    if (c > T.maxPerSource) return true;
    per.set(s, c);
  }
  return false;
}

/** Groups of event facts: corroborated clusters, and conflicts between clusters about one part. */
export function groupEvents(facts: readonly Fact[]): Group[] {
  const figures = new Map<string, Set<string>>();
  for (const f of facts) {
    if (!f.values.length) continue;
    const key = `${f.sourceId}\u241f${f.start}`;
    const set = figures.get(key) ?? new Set<string>();
    set.add(f.values[0]!.canonical);
    figures.set(key, set);
  }
  const cands = facts
    .map((f) => eventCandidate(f, figures.get(`${f.sourceId}\u241f${f.start}`) ?? new Set()))
    .filter((c): c is EventCandidate => !!c)
    .sort((x, y) => (x.fact.id < y.fact.id ? -1 : x.fact.id > y.fact.id ? 1 : 0));
  const ctx = eventContext(cands);
  const same: Edge[] = [];
  const conflicts: Edge[] = [];
  candidatePairs(cands, (i, j) => {
    const v = judgeEvents(cands[i]!, cands[j]!, ctx);
    if ('refused' in v) return;
    (v.relation === 'corroborated' ? same : conflicts).push({ i, j, verdict: v });
  });

  // Clusters by union of 'same' edges; a cluster that holds too many clauses of one source is
  // a chain through loosely alike clauses, so it is rebuilt from its stronger edges only.
  let uf = clustersOf(cands.length, same, 0);
  const byRoot = (u: UnionFind) => {
    const m = new Map<number, number[]>();
    for (let i = 0; i < cands.length; i++) {
      const r = u.find(i);
      const list = m.get(r);
      if (list) list.push(i);
      else m.set(r, [i]);
    }
    return m;
  };
  for (let floor = 0.1; floor <= 0.9; floor += 0.1) {
    const clusters = byRoot(uf);
    if (![...clusters.values()].some((m) => tooSpread(m, cands))) break;
    const spread = new Set<number>();
    for (const [root, m] of clusters) if (tooSpread(m, cands)) spread.add(root);
    const keep = same.filter((e) => !spread.has(uf.find(e.i)) || Number(e.verdict.evidence.likeness) >= T.sameActionLikeness + floor);
    uf = clustersOf(cands.length, keep, 0);
  }

  const groups: Group[] = [];
  const strongest = new Map<number, Edge>();
  for (const e of same) {
    const r = uf.find(e.i);
    if (uf.find(e.j) !== r) continue;
    const best = strongest.get(r);
    if (!best || Number(e.verdict.evidence.likeness) > Number(best.verdict.evidence.likeness)) strongest.set(r, e);
  }
  const clusters = byRoot(uf);
  for (const [root, members] of clusters) {
    const sources = new Set(members.map((m) => cands[m]!.fact.sourceId));
    const edge = strongest.get(root);
    if (sources.size < 2 || !edge) continue;
    const ids = members.map((m) => cands[m]!.fact.id);
    groups.push({
      id: stableId('grp', 'corroborated', ...ids),
      relation: 'corroborated',
      subject: subjectOf(edge),
      factIds: ids,
      reason: `${sources.size} sources: ${describeEvidence(edge.verdict)}`,
      rule: edge.verdict.rule,
      evidence: edge.verdict.evidence,
    });
  }
  const seenPair = new Set<string>();
  for (const e of conflicts) {
    const ra = uf.find(e.i);
    const rb = uf.find(e.j);
    if (ra === rb) continue;
    const key = ra < rb ? `${ra}:${rb}` : `${rb}:${ra}`;
    if (seenPair.has(key)) continue;
    seenPair.add(key);
    const ids = [...clusters.get(ra)!, ...clusters.get(rb)!].map((m) => cands[m]!.fact.id);
    groups.push({
      id: stableId('grp', 'conflict', ...ids),
      relation: 'conflict',
      subject: subjectOf(e),
      factIds: ids,
      reason: describeEvidence(e.verdict),
      rule: e.verdict.rule,
      evidence: e.verdict.evidence,
    });
  }
  return groups;
}

function subjectOf(e: Edge): string {
  const shared = e.verdict.evidence.shared;
  const words = Array.isArray(shared) ? shared.map((k) => k.replace(/^act:/, '').replace(/^[plo]:/, '')).slice(0, 5) : [];
  return words.join(' ');
}
