// What the crash test compares: a project's state as the analyst would see it (sources and their
// edits, facts, groups, decisions, the brief), without the times a run stamps (updatedAt, addedAt,
// a decision's `at`), so that a killed run can be compared with the same work run to its end.
import { createHash } from 'node:crypto';
import type { Project } from '../../../src/core/model';

export function stateOf(p: Project): string {
  const state = {
    sources: p.sources.map((s) => `${s.id}:${s.sha256}:${JSON.stringify(s.edited)}:${s.reliability}`).sort(),
    facts: p.facts.map((f) => `${f.id}:${f.sourceId}`).sort(),
    groups: p.groups.map((g) => `${g.relation}:${[...g.factIds].sort().join(',')}`).sort(),
    decisions: Object.values(p.decisions)
      .map((d) => `${d.factId}:${d.status}:${d.credibility}:${d.note}`)
      .sort(),
    brief: p.brief ? p.brief.sections.map((s) => `${s.title}:${s.blocks.length}`) : null,
  };
  return createHash('sha256').update(JSON.stringify(state)).digest('hex').slice(0, 16);
}

/** Every source has facts and every group names facts that are there: no half-landed import. */
export function wholeness(p: Project): string | null {
  const withFacts = new Set(p.facts.map((f) => f.sourceId));
  const bare = p.sources.filter((s) => !withFacts.has(s.id));
  if (bare.length) return `sources without facts: ${bare.map((s) => s.fileName).join(', ')}`;
  const sources = new Set(p.sources.map((s) => s.id));
  const orphan = p.facts.find((f) => !sources.has(f.sourceId));
  if (orphan) return `fact ${orphan.id} of a source not in the project`;
  const facts = new Set(p.facts.map((f) => f.id));
  const dangling = p.groups.find((g) => g.factIds.some((id) => !facts.has(id)));
  if (dangling) return `group ${dangling.id} names facts not in the project`;
  return null;
}
