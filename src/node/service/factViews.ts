// The facts list the analyst works through: the facts a query matches, in its order, each with
// its decision, its groups and a suggested grade; a window of them at a time with the totals; one
// fact in full for the evidence pane; the groups with the reason they were formed for. What the
// groups say about each fact comes from the fact index (src/core/factIndex), built once per change.
import type { FactIndex } from '../../core/factIndex';
import type { FactStatus, Group, Project, Source } from '../../core/model';
import { effectiveMeta } from '../../core/model';
import { evidenceItems, ruleOf, ruleSentence } from '../../core/verify/groupReason';
import type { FactCounts, FactDetail, FactFilter, FactQuery, FactsPage, FactView, GroupView } from '../../shared/api';
import { factTextMatch } from './factText';

const STATUS_ORDER: readonly FactStatus[] = ['unverified', 'verified', 'rejected'];

/** Each fact's status by position: one pass over the decisions, not a lookup by id per fact. */
function statuses(project: Project, index: FactIndex): Uint8Array {
  const at = new Uint8Array(index.facts.length); // 0: unverified
  for (const [factId, decision] of Object.entries(project.decisions)) {
    const p = index.position(factId);
    if (p !== undefined) at[p] = STATUS_ORDER.indexOf(decision.status);
  }
  return at;
}

/** Positions (in the index) of the facts the query matches, in the query's order. */
/**
 * The positions of the facts the query lets through, in its order. `found` holds the facts the
 * project's search found for the query's words (the service's); without it the words are matched
 * as a substring (the CLI's list, which opens no search).
 */
export function matchFacts(project: Project, index: FactIndex, query: FactQuery = {}, found?: ReadonlySet<number>): number[] {
  const filter: FactFilter = query.filter ?? {};
  const sort = query.sort ?? 'document';
  const { facts } = index;
  const text = found ? (p: number) => found.has(p) : factTextMatch(project, index, filter.text);
  const byStatus = filter.status || sort === 'status' ? statuses(project, index) : null;
  const statusOf = (p: number): FactStatus => STATUS_ORDER[byStatus![p]!]!;
  const order = index.order(sort === 'status' ? 'document' : sort);
  const out: number[] = [];
  for (const p of order) {
    const fact = facts[p]!;
    if (filter.status && filter.status !== statusOf(p)) continue;
    if (filter.kind && filter.kind !== fact.kind) continue;
    if (filter.sourceId && filter.sourceId !== fact.sourceId) continue;
    if (filter.conflictsOnly && !index.inConflictAt(p)) continue;
    if (text && !text(p)) continue;
    out.push(p);
  }
  if (sort !== 'status' || filter.status) return out;
  // Decisions change with every key press of the analyst: sorted here, by bucket, in one pass.
  const buckets = new Map<FactStatus, number[]>(STATUS_ORDER.map((s) => [s, []]));
  for (const p of out) buckets.get(statusOf(p))!.push(p);
  return STATUS_ORDER.flatMap((s) => buckets.get(s)!);
}

/** How a view names its source. */
interface SourceName {
  fileName: string;
  title: string | null;
}

const REMOVED: SourceName = { fileName: '(removed source)', title: null };

/** Names sources by id for the views of one call, each source's metadata read once. */
export function sourceLookup(project: Project): (sourceId: string) => SourceName {
  let byId: Map<string, Source> | null = null;
  const named = new Map<string, SourceName>();
  return (id) => {
    let name = named.get(id);
    if (!name) {
      byId ??= new Map(project.sources.map((s) => [s.id, s]));
      const source = byId.get(id);
      name = source ? { fileName: source.fileName, title: effectiveMeta(source).title } : REMOVED;
      named.set(id, name);
    }
    return name;
  };
}

export function factView(project: Project, index: FactIndex, position: number, sourceOf: (id: string) => SourceName): FactView {
  const fact = index.facts[position]!;
  const decision = project.decisions[fact.id] ?? null;
  const source = sourceOf(fact.sourceId);
  const support = index.supportAt(position);
  return {
    fact,
    sourceFileName: source.fileName,
    sourceTitle: source.title,
    decision,
    status: decision?.status ?? 'unverified',
    suggestedCredibility: support.suggestedCredibility,
    groupIds: support.groupIds,
    inConflict: support.inConflict,
    corroborated: support.corroborated,
    supportCount: support.supportCount,
  };
}

/** Every fact the filter lets through, as views (the CLI's list; the app asks for windows). */
export function buildFactViews(project: Project, index: FactIndex, filter: FactFilter = {}): FactView[] {
  const sourceOf = sourceLookup(project);
  return matchFacts(project, index, { filter }).map((p) => factView(project, index, p, sourceOf));
}

export function factCounts(project: Project, index: FactIndex): FactCounts {
  const counts: FactCounts = { facts: index.facts.length, unverified: 0, verified: 0, rejected: 0, inConflict: 0, corroborated: 0 };
  index.facts.forEach((fact, p) => {
    counts[project.decisions[fact.id]?.status ?? 'unverified'] += 1;
    if (index.inConflictAt(p)) counts.inConflict += 1;
    if (index.supportCountAt(p) > 1) counts.corroborated += 1;
  });
  return counts;
}

export interface PageRequest {
  offset: number;
  limit: number;
  locate?: readonly string[] | undefined;
  /** Past the end, the last block of `limit` rows (from a multiple of `limit`) instead of none. */
  clampToEnd?: boolean | undefined;
  /** The block of `limit` rows (from a multiple of `limit`) holding this fact, where it is matched, instead of `offset`. */
  follow?: string | undefined;
}

/**
 * A row of a list: the view without what only grouping reads of its fact (the parts of its event,
 * what it is about, which parser made it), a third of its size; a window of rows crosses to the
 * renderer on every key press in the find box. The evidence pane asks for the fact in full.
 */
function listRow(view: FactView): FactView {
  const { event: _event, about: _about, parser: _parser, speakerKey: _speakerKey, ...fact } = view.fact;
  return { ...view, fact };
}

/** A window of an already matched list, with where the named facts stand in it. */
export function factsPage(project: Project, index: FactIndex, matched: readonly number[], counts: FactCounts, request: PageRequest): FactsPage {
  const sourceOf = sourceLookup(project);
  const located: Record<string, number> = {};
  const locate = request.follow ? [...(request.locate ?? []), request.follow] : request.locate;
  if (locate?.length) {
    const wanted = new Map<number, string>();
    for (const id of locate) {
      const p = index.position(id);
      if (p !== undefined) wanted.set(p, id);
    }
    for (let i = 0; i < matched.length && wanted.size > 0; i++) {
      const id = wanted.get(matched[i]!);
      if (id === undefined) continue;
      located[id] = i;
      wanted.delete(matched[i]!);
    }
  }
  // NOTE: the followed fact's block in this one answer, where it has moved: the list scrolls to
  // it, and asking for the block at the old place first cost a second request per key press.
  const followed = request.follow !== undefined && request.limit > 0 ? located[request.follow] : undefined;
  const past = request.offset >= matched.length && matched.length > 0 && request.limit > 0;
  const offset =
    followed !== undefined ? Math.floor(followed / request.limit) * request.limit
    : past && request.clampToEnd ? Math.floor((matched.length - 1) / request.limit) * request.limit
    : Math.min(request.offset, matched.length);
  const rows = matched.slice(offset, offset + request.limit).map((p) => listRow(factView(project, index, p, sourceOf)));
  return { offset, total: matched.length, rows, counts, located };
}

/**
 * How many of a group's other facts the evidence pane is given: a group of a large project can
 * hold hundreds (one of 400 was 440 KB to send each time the focus moved); the Comparison table
 * shows them all.
 */
export const MEMBERS_PER_GROUP = 20;

/** The fact with its groups and the first other facts in each; null when it is not in the project. */
export function factDetail(project: Project, index: FactIndex, factId: string): FactDetail | null {
  const position = index.position(factId);
  if (position === undefined) return null;
  const sourceOf = sourceLookup(project);
  const groups = index.groupsOf(factId);
  const others = new Set<number>();
  for (const g of groups) {
    let taken = 0;
    for (const id of g.factIds) {
      if (taken === MEMBERS_PER_GROUP) break;
      const p = index.position(id);
      if (p === undefined || p === position) continue;
      others.add(p);
      taken++;
    }
  }
  return {
    view: factView(project, index, position, sourceOf),
    groups: buildGroupViews(groups, index),
    members: [...others].sort((a, b) => a - b).map((p) => factView(project, index, p, sourceOf)),
  };
}

/** Groups with their rule, the rule's sentence and its evidence in words ("Why together?"). */
export function buildGroupViews(groups: readonly Group[], index: FactIndex): GroupView[] {
  return groups.map((g) => {
    const rule = ruleOf(g);
    return { ...g, rule, ruleSays: ruleSentence(rule), evidenceItems: evidenceItems(g.evidence), sourceCount: index.groupSourceCount(g.id) };
  });
}
