// Read-only views of a project for lists and the CLI's `info`.
import { effectiveMeta, type Project, type Source } from '../../core/model';
import type { SourceSummary } from '../../shared/api';

export function summariseSources(project: Project): SourceSummary[] {
  const factCounts = new Map<string, number>();
  for (const f of project.facts) factCounts.set(f.sourceId, (factCounts.get(f.sourceId) ?? 0) + 1);
  return project.sources.map((s) => summariseSource(s, factCounts.get(s.id) ?? 0));
}

export function summariseSource(s: Source, factCount: number): SourceSummary {
  return {
    id: s.id,
    fileName: s.fileName,
    format: s.format,
    byteLength: s.byteLength,
    importedAt: s.importedAt,
    meta: effectiveMeta(s),
    reliability: s.reliability,
    removedCount: s.removed.length,
    factCount,
    charCount: s.text.length,
  };
}

export interface ProjectSummary {
  name: string;
  id: string;
  schemaVersion: number;
  createdAt: string;
  updatedAt: string;
  sourceCount: number;
  factCount: number;
  verifiedCount: number;
  rejectedCount: number;
  corroboratedGroups: number;
  conflictGroups: number;
  sources: SourceSummary[];
}

export function summariseProject(project: Project): ProjectSummary {
  const decisions = Object.values(project.decisions);
  return {
    name: project.name,
    id: project.id,
    schemaVersion: project.schemaVersion,
    createdAt: project.createdAt,
    updatedAt: project.updatedAt,
    sourceCount: project.sources.length,
    factCount: project.facts.length,
    verifiedCount: decisions.filter((d) => d.status === 'verified').length,
    rejectedCount: decisions.filter((d) => d.status === 'rejected').length,
    corroboratedGroups: project.groups.filter((g) => g.relation === 'corroborated').length,
    conflictGroups: project.groups.filter((g) => g.relation === 'conflict').length,
    sources: summariseSources(project),
  };
}
