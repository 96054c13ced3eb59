// Keeps a project's facts and groups in step with its sources. Extraction is incremental: only
// the named sources are re-extracted (in parallel across the worker pool); grouping always runs
// over all facts because a new source can corroborate or contradict any old fact.
import type { Fact } from '../../core/model';
import { renameCitations } from '../../core/brief';
import { renamedFacts } from '../../core/verify';
import type { ProjectHandle } from '../store';
import { runTask } from '../workers/runTask';

export async function refreshFacts(handle: ProjectHandle, sourceIds: readonly string[]): Promise<void> {
  const wanted = new Set(sourceIds);
  const inputs = handle.data.sources
    .filter((s) => wanted.has(s.id))
    .map((s) => ({ fileName: s.fileName, input: {
        sourceId: s.id,
        text: s.text,
        publishedAt: s.edited.publishedAt ?? s.guessed.publishedAt,
        language: s.edited.language ?? s.guessed.language,
      },
    }));
  const extracted = await Promise.all(inputs.map(({ fileName, input }) => runTask('extract', input, { label: fileName })));
  const fresh: Fact[] = extracted.flat();
  // Facts are stored before grouping, so that a failure to group never costs the extraction.
  handle.update((p) => {
    // A fact that came back under a new id keeps the analyst's decision and its citations.
    const renamed = renamedFacts(
      p.facts.filter((f) => wanted.has(f.sourceId)),
      fresh,
    );
    for (const [from, to] of renamed) {
      const decision = p.decisions[from];
      if (decision && !p.decisions[to]) {
        p.decisions[to] = { ...decision, factId: to };
        delete p.decisions[from];
      }
    }
    if (p.brief && renamed.size) p.brief = renameCitations(p.brief, renamed);
    p.facts = [...p.facts.filter((f) => !wanted.has(f.sourceId)), ...fresh];
  });
  const facts = handle.data.facts;
  // NOTE: grouping compares facts pairwise within narrow buckets; allow time in proportion.
  const groups = await runTask('group', { facts }, { timeoutMs: 120_000 + facts.length * 10 });
  handle.update((p) => {
    p.groups = groups;
  });
}
