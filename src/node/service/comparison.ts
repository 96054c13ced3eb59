// The Comparison table of a group or a conflict: one row per fact, with what its source says on
// the point compared (the figure, the place, the day or the speaker, as the brief's Issues section
// reads it), its words, its date and its grade; and the decisions "this one stands" makes. Pure
// over the project and its fact index: the session applies what this returns in one change.
import { AttacheError } from '../../core/errors';
import type { FactIndex } from '../../core/factIndex';
import type { Decision, Group, Project, Source } from '../../core/model';
import { effectiveMeta } from '../../core/model';
import { nextDecision } from '../../core/nextDecision';
import { sideKind, sideOf } from '../../core/brief/disagreements';
import { dateWords as dayWords } from '../../core/valueWords';
import { primaryValueText } from '../../core/gradeWords';
import type { ComparisonRow, GroupComparison } from '../../shared/api';
import { buildGroupViews, factView, sourceLookup } from './factViews';

export function requireGroup(index: FactIndex, groupId: string): Group {
  const group = index.groups.find((g) => g.id === groupId);
  if (!group) throw new AttacheError('NOT_FOUND', 'That group is no longer in the project (the facts were grouped again); choose it again from the Facts tab.');
  return group;
}

/** The day a fact itself gives (its event's, or its first date), as an ISO day. */
function factDay(fact: Project['facts'][number]): string | null {
  const iso = fact.event?.time ?? fact.values.find((v) => v.type === 'date')?.canonical;
  return iso ? iso.slice(0, 10) : null;
}

export function groupComparison(project: Project, index: FactIndex, groupId: string): GroupComparison {
  const group = requireGroup(index, groupId);
  const point = group.relation === 'conflict' ? sideKind(group) : 'value';
  const sourceById = new Map<string, Source>(project.sources.map((s) => [s.id, s]));
  const sourceOrder = new Map(project.sources.map((s, i) => [s.id, i]));
  const sourceOf = sourceLookup(project);
  const sideOrder = new Map<string, number>();
  const rows: Array<ComparisonRow & { order: number }> = [];
  for (const id of new Set(group.factIds)) {
    const position = index.position(id);
    if (position === undefined) continue;
    const fact = index.facts[position]!;
    const source = sourceById.get(fact.sourceId);
    const meta = source ? effectiveMeta(source) : null;
    const side = sideOf(fact, point);
    // A statement has no value of its own: its sentence is what it says, shown in its own column.
    const says = side?.label ?? (fact.values.length ? primaryValueText(fact) : null);
    const key = side?.key ?? `fact:${fact.id}`;
    const day = factDay(fact);
    rows.push({
      view: factView(project, index, position, sourceOf),
      outlet: meta?.outlet ?? null,
      reported: meta?.publishedAt ? dayWords(meta.publishedAt) : null,
      reliability: source?.reliability ?? 'F',
      says,
      side: key,
      when: day ? dayWords(day) : null,
      order: sourceOrder.get(fact.sourceId) ?? Number.MAX_SAFE_INTEGER,
    });
  }
  // A side stands where its first source stands in the project's order, its sources after it.
  for (const row of rows) sideOrder.set(row.side, Math.min(sideOrder.get(row.side) ?? Number.MAX_SAFE_INTEGER, row.order));
  rows.sort((a, b) => sideOrder.get(a.side)! - sideOrder.get(b.side)! || a.order - b.order);
  // The engine's subject ends with the day it is about, as an ISO date: written out for the heading.
  const dated = /^(.*\S)\s+(\d{4}-\d{2}-\d{2})$/.exec(group.subject);
  return {
    group: buildGroupViews([group], index)[0]!,
    title: dated ? `${dated[1]} (${dayWords(dated[2]!)})` : group.subject,
    point,
    rows: rows.map(({ order: _order, ...row }) => row),
    sides: sideOrder.size,
    standingSide: group.relation === 'conflict' ? standingSide(project, rows) : null,
  };
}

/** The side left standing when every other side's facts are rejected and one of its own is verified. */
function standingSide(project: Project, rows: readonly ComparisonRow[]): string | null {
  const status = (r: ComparisonRow) => project.decisions[r.view.fact.id]?.status ?? 'unverified';
  const open = new Set(rows.filter((r) => status(r) !== 'rejected').map((r) => r.side));
  if (open.size !== 1) return null;
  const [side] = open;
  return rows.some((r) => r.side === side && status(r) === 'verified') ? side! : null;
}

/**
 * The decisions "this one stands" makes: the fact verified (at the suggested credibility unless the
 * analyst graded it), every fact that gives another side rejected, or left as it is with a note
 * saying what stands (annotate); facts giving the same side are left as they are.
 */
export function conflictStandsDecisions(
  project: Project,
  index: FactIndex,
  groupId: string,
  factId: string,
  others: 'reject' | 'annotate',
  at: string,
): Decision[] {
  const group = requireGroup(index, groupId);
  if (group.relation !== 'conflict') throw new AttacheError('NOT_ALLOWED', 'Only a conflict has a value that stands; verify or reject a corroborated group as a whole.');
  const comparison = groupComparison(project, index, groupId);
  const chosen = comparison.rows.find((r) => r.view.fact.id === factId);
  if (!chosen) throw new AttacheError('NOT_FOUND', 'That fact is not in this conflict any more.');
  const stands = `${chosen.says ?? primaryValueText(chosen.view.fact)} (${chosen.view.sourceTitle ?? chosen.view.sourceFileName})`;
  const out: Decision[] = [nextDecision(factId, project.decisions[factId], { status: 'verified' }, index.support(factId), at)];
  for (const row of comparison.rows) {
    if (row.side === chosen.side) continue;
    const id = row.view.fact.id;
    const before = project.decisions[id];
    const line = `Conflict resolved ${at.slice(0, 16).replace('T', ' ')} UTC: ${stands} stands${others === 'reject' ? '; this one was rejected' : ''}.`;
    const note = before?.note ? `${before.note}\n${line}` : line;
    out.push(nextDecision(id, before, { ...(others === 'reject' ? { status: 'rejected' } : {}), note }, index.support(id), at));
  }
  return out;
}

/** The facts of a group still in the project, each once. */
export function groupFactIds(index: FactIndex, groupId: string): string[] {
  return [...new Set(requireGroup(index, groupId).factIds)].filter((id) => index.position(id) !== undefined);
}
