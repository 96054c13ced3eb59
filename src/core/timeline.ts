// The timeline: the project's dated facts as marks on a time axis. Facts the groups tie together
// (several sources reporting one thing, or disagreeing about it) are one mark, with every source
// behind it; a mark whose facts are in a conflict says so and keeps the values the sources give.
// Built in one pass over the groups' members (union-find) and one over the facts, then sorted by
// date: linear in facts plus group members, besides the sort.
import type { FactIndex } from './factIndex';
import type { Fact, FactKind, FactValue, Group } from './model';
import { sideKind, sideOf } from './brief/disagreements';
import { UnionFind } from './verify/unionFind';

/** A date as extraction writes it with its year: YYYY, YYYY-MM or YYYY-MM-DD. */
const DAY = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

export interface FactTime {
  /** The canonical value the fact is placed by: a date, or a range "start/end". */
  canonical: string;
  type: 'date' | 'daterange';
  /** ISO start and end (the same for a date), for ordering and the axis. */
  start: string;
  end: string;
}

/**
 * When a fact says its thing happened: its first date or range with a year, one that is not only
 * the day a figure was reported ahead of one that is; failing those, the day its event clause
 * gives. Null for a fact with no date, or only a day without a year ("8 September", unplaceable).
 */
export function factTime(fact: Pick<Fact, 'values' | 'event'>): FactTime | null {
  let reported: FactTime | null = null;
  for (const value of fact.values) {
    const time = valueTime(value);
    if (!time) continue;
    if (!value.reported) return time;
    reported ??= time;
  }
  if (reported) return reported;
  const day = fact.event?.time?.slice(0, 10);
  return day && DAY.test(day) ? { canonical: day, type: 'date', start: day, end: day } : null;
}

function valueTime(value: Pick<FactValue, 'type' | 'canonical'>): FactTime | null {
  if (value.type === 'date') {
    const day = value.canonical.trim();
    return DAY.test(day) ? { canonical: day, type: 'date', start: day, end: day } : null;
  }
  if (value.type === 'daterange') {
    const [start, end] = value.canonical.trim().split('/');
    if (!start || !end || !DAY.test(start) || !DAY.test(end)) return null;
    return start <= end ? { canonical: `${start}/${end}`, type: 'daterange', start, end } : null;
  }
  return null;
}

export interface TimelineMark {
  /** "mark:" and the id of its first fact in project order: stable while the facts stay the same. */
  id: string;
  /** Where the mark stands: the time most of its dated facts give (ties to the earliest). */
  time: FactTime;
  /** Positions of its facts in the project, the one that best says what happened first. */
  positions: number[];
  /** The distinct times its facts give, earliest first (more than one: the sources differ on when). */
  times: string[];
  sourceIds: string[];
  groupIds: string[];
  kinds: FactKind[];
  conflict: boolean;
  /**
   * What the sides of its conflicts give, as written ("2,012", "2,946"), each once in the order
   * first met; empty when no group of the mark is a conflict.
   */
  differing: string[];
}

export interface Timeline {
  marks: TimelineMark[];
  /** Dated facts placed on the axis (in a mark), and those whose date has no year. */
  placedFacts: number;
  yearlessFacts: number;
}

// Kinds that state an event or its date come before a figure that only carries the day it was reported.
const KIND_RANK: Partial<Record<FactKind, number>> = { date: 0, daterange: 0, agreement: 1, claim: 2, quote: 3 };

export function buildTimeline(index: FactIndex): Timeline {
  const { facts, groups } = index;
  const n = facts.length;
  const sets = new UnionFind(n);
  for (const group of groups) {
    let first = -1;
    for (const id of group.factIds) {
      const p = index.position(id);
      if (p === undefined) continue;
      if (first < 0) first = p;
      else sets.union(first, p);
    }
  }

  // One sentence's facts of one time are one thing that happened ("the king declared three days
  // of mourning on Sunday" is a claim, a duration and a date): a fact no group holds joins the
  // sentence's first grouped fact (or its first fact). Grouped facts are joined by their groups
  // only, so that two figures of one sentence ("2,012 dead and 2,059 injured") stay two marks.
  const times: Array<FactTime | null> = new Array(n);
  const grouped = new Uint8Array(n);
  for (let p = 0; p < n; p++) grouped[p] = index.supportAt(p).groupIds.length > 0 ? 1 : 0;
  const anchors = new Map<string, number>();
  const loose: Array<[number, string]> = [];
  let yearless = 0;
  for (let p = 0; p < n; p++) {
    const fact = facts[p]!;
    const time = factTime(fact);
    times[p] = time;
    if (!time) {
      if (fact.values.some((v) => v.type === 'date' || v.type === 'daterange')) yearless++;
      continue;
    }
    const key = `${fact.sourceId}\u0000${fact.start}\u0000${fact.end}\u0000${time.canonical}`;
    const anchor = anchors.get(key);
    if (anchor === undefined || (grouped[p] && !grouped[anchor])) anchors.set(key, p);
    if (!grouped[p]) loose.push([p, key]);
  }
  for (const [p, key] of loose) sets.union(anchors.get(key)!, p);

  const members = new Map<number, number[]>();
  const dated = new Set<number>();
  for (let p = 0; p < n; p++) {
    const root = sets.find(p);
    if (times[p]) dated.add(root);
    const list = members.get(root);
    if (list) list.push(p);
    else members.set(root, [p]);
  }

  const groupById = new Map(groups.map((g) => [g.id, g]));
  const marks: TimelineMark[] = [];
  let placed = 0;
  for (const [root, positions] of members) {
    if (!dated.has(root)) continue;
    marks.push(markOf(index, groupById, positions, times));
    placed += positions.filter((p) => times[p]).length;
  }
  marks.sort((a, b) => compareTimes(a.time, b.time) || a.positions[0]! - b.positions[0]!);
  return { marks, placedFacts: placed, yearlessFacts: yearless };
}

function compareTimes(a: FactTime, b: FactTime): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0;
}

function markOf(index: FactIndex, groupById: ReadonlyMap<string, Group>, positions: number[], times: ReadonlyArray<FactTime | null>): TimelineMark {
  const facts = index.facts;
  // The time most of its dated facts give; ties to the earliest.
  const tally = new Map<string, { time: FactTime; count: number }>();
  for (const p of positions) {
    const time = times[p];
    if (!time) continue;
    const held = tally.get(time.canonical);
    if (held) held.count++;
    else tally.set(time.canonical, { time, count: 1 });
  }
  const ranked = [...tally.values()].sort((a, b) => b.count - a.count || compareTimes(a.time, b.time));
  const time = ranked[0]!.time;

  // Its lead fact: one placed at the mark's time, an event or date before a reported figure.
  const rank = (p: number) => (times[p]?.canonical === time.canonical ? 0 : times[p] ? 10 : 20) + (KIND_RANK[facts[p]!.kind] ?? 5);
  const ordered = [...positions].sort((a, b) => rank(a) - rank(b) || a - b);

  const sourceIds = new Set<string>();
  const kinds = new Set<FactKind>();
  const groupIds = new Set<string>();
  for (const p of positions) {
    sourceIds.add(facts[p]!.sourceId);
    kinds.add(facts[p]!.kind);
    for (const id of index.supportAt(p).groupIds) groupIds.add(id);
  }
  const differing = new Map<string, string>();
  let conflict = false;
  for (const id of groupIds) {
    const group = groupById.get(id);
    if (!group || group.relation !== 'conflict') continue;
    conflict = true;
    const kind = sideKind(group);
    for (const id of group.factIds) {
      const fact = index.fact(id);
      const side = fact ? sideOf(fact, kind) : null;
      // "at least 2,012" and "2,012" are one side: the first wording met speaks for it.
      if (side && !differing.has(side.key)) differing.set(side.key, side.label);
    }
  }
  return {
    id: `mark:${facts[positions.reduce((a, b) => Math.min(a, b))]!.id}`,
    time,
    positions: ordered,
    times: [...tally.values()].map((t) => t.time).sort(compareTimes).map((t) => t.canonical),
    sourceIds: [...sourceIds],
    groupIds: [...groupIds],
    kinds: [...kinds],
    conflict,
    differing: [...differing.values()],
  };
}
