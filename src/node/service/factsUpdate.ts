// Keeps a project's facts and groups in step with its sources. Extraction is incremental: only
// the named sources are re-extracted; grouping always runs over all facts because a new source can
// corroborate or contradict any old fact.
import type { Fact } from '../../core/model';
import type { ProjectHandle } from '../store';
import { runTask } from '../workers/runTask';

export async function refreshFacts(handle: ProjectHandle, sourceIds: readonly string[]): Promise<void> {
  const project = handle.data;
  const wanted = new Set(sourceIds);
  const inputs = project.sources
    .filter((s) => wanted.has(s.id))
    .map((s) => ({ sourceId: s.id, text: s.text, publishedAt: s.edited.publishedAt ?? s.guessed.publishedAt }));
  const kept = project.facts.filter((f) => !wanted.has(f.sourceId));
  const fresh: Fact[] = [];
  for (const input of inputs) {
    const facts = (await runTask('extract', input)) as Fact[];
    fresh.push(...facts);
  }
  const facts = [...kept, ...fresh];
  const groups = await runTask('group', { facts });
  handle.update((p) => {
    p.facts = facts;
    p.groups = groups as typeof p.groups;
  });
}
