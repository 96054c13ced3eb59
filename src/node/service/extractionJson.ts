// The public extraction JSON contract (shared/design/extract-json.md): other tools read it, so
// extend it, never break it.
import { effectiveMeta, type Project } from '../../core/model';

export function toExtractionJson(project: Pick<Project, 'sources' | 'facts' | 'groups' | 'decisions'>) {
  return {
    version: 1,
    sources: project.sources.map((s) => {
      const meta = effectiveMeta(s);
      return {
        id: s.id,
        fileName: s.fileName,
        sha256: s.sha256,
        format: s.format,
        title: meta.title,
        outlet: meta.outlet,
        author: meta.author,
        publishedAt: meta.publishedAt,
        // Only where the source has no publication date: the day its relative dates count from.
        ...(s.inferredDay ? { inferredDay: s.inferredDay } : {}),
        language: meta.language,
        reliability: s.reliability,
        text: s.text,
        removed: s.removed.map((r) => ({ text: r.text, reason: r.reason, line: r.line })),
      };
    }),
    facts: project.facts.map((f) => ({
      id: f.id,
      sourceId: f.sourceId,
      text: f.text,
      start: f.start,
      end: f.end,
      kind: f.kind,
      subject: f.subject,
      ...(f.speaker ? { speaker: f.speaker } : {}),
      ...(f.parser ? { parser: f.parser } : {}),
      ...(f.language ? { language: f.language } : {}),
      ...(f.event ? { event: f.event } : {}),
      values: f.values,
      entities: f.entities.map((e) => ({ name: e.name, type: e.type, key: e.key })),
      status: project.decisions[f.id]?.status ?? 'unverified',
    })),
    groups: project.groups.map((g) => ({
      id: g.id,
      relation: g.relation,
      subject: g.subject,
      factIds: g.factIds,
      reason: g.reason,
      ...(g.rule ? { rule: g.rule } : {}),
      ...(g.evidence ? { evidence: g.evidence } : {}),
    })),
  };
}
