// The facts list the analyst works through: each fact with its decision, its groups and a
// suggested grade, filtered as asked; and the groups with the reason they were formed for.
import type { Fact, Group, Project } from '../../core/model';
import { effectiveMeta } from '../../core/model';
import { suggestCredibility } from '../../core/verify';
import { evidenceItems, ruleOf, ruleSentence } from '../../core/verify/groupReason';
import type { FactFilter, FactView, GroupView } from '../../shared/api';

export function buildFactViews(project: Project, filter: FactFilter = {}): FactView[] {
  const groupsOf = new Map<string, Group[]>();
  for (const g of project.groups) {
    for (const id of g.factIds) {
      const list = groupsOf.get(id);
      if (list) list.push(g);
      else groupsOf.set(id, [g]);
    }
  }
  const sources = new Map(project.sources.map((s) => [s.id, s]));
  const needle = filter.text?.trim().toLowerCase();
  const views: FactView[] = [];
  for (const fact of project.facts) {
    const decision = project.decisions[fact.id] ?? null;
    const status = decision?.status ?? 'unverified';
    const groups = groupsOf.get(fact.id) ?? [];
    const inConflict = groups.some((g) => g.relation === 'conflict');
    if (filter.status && filter.status !== status) continue;
    if (filter.kind && filter.kind !== fact.kind) continue;
    if (filter.sourceId && filter.sourceId !== fact.sourceId) continue;
    if (filter.conflictsOnly && !inConflict) continue;
    if (needle && !matchesText(fact, needle)) continue;
    const source = sources.get(fact.sourceId);
    views.push({
      fact,
      sourceFileName: source?.fileName ?? '(removed source)',
      sourceTitle: source ? effectiveMeta(source).title : null,
      decision,
      status,
      suggestedCredibility: suggestCredibility(fact.id, project.groups, project.facts),
      groupIds: groups.map((g) => g.id),
      inConflict,
      corroborated: groups.some((g) => g.relation === 'corroborated'),
    });
  }
  return views;
}

function matchesText(fact: Fact, needle: string): boolean {
  return fact.text.toLowerCase().includes(needle) || fact.subject.toLowerCase().includes(needle);
}

/** Every group with its rule, the rule's sentence and its evidence in words ("Why together?"). */
export function buildGroupViews(groups: readonly Group[]): GroupView[] {
  return groups.map((g) => {
    const rule = ruleOf(g);
    return { ...g, rule, ruleSays: ruleSentence(rule), evidenceItems: evidenceItems(g.evidence) };
  });
}
