// Keeps a project's facts and groups in step with its sources. Extraction is incremental: only
// the named sources are re-extracted (in parallel across the worker pool); grouping always runs
// over all facts because a new source can corroborate or contradict any old fact.
import type { Fact, Source } from '../../core/model';
import { dayFromProject, statedDays, statesNoYear, storyDay, yearFromProject } from '../../core/extract';
import { renameCitations } from '../../core/brief';
import { renamedFacts } from '../../core/verify';
import type { ProjectHandle } from '../store';
import { runTask } from '../workers/runTask';

const FULL_DAY = /^\d{4}-\d{2}-\d{2}/;

export async function refreshFacts(handle: ProjectHandle, sourceIds: readonly string[]): Promise<void> {
  const wanted = new Set(sourceIds);
  const publishedOf = (s: Source) => s.edited.publishedAt ?? s.guessed.publishedAt;
  const days = handle.data.sources.flatMap((s) => {
    const day = publishedOf(s)?.slice(0, 10);
    return day && FULL_DAY.test(day) ? [{ id: s.id, day }] : [];
  });
  const inputs = handle.data.sources
    .filter((s) => wanted.has(s.id))
    .map((s) => {
      const published = publishedOf(s);
      // A source without a full publication date may still belong to the days the others report.
      const inferredDay = published && FULL_DAY.test(published) ? undefined : dayFromProject(s.text, days.filter((d) => d.id !== s.id).map((d) => d.day));
      return { fileName: s.fileName, input: { sourceId: s.id, text: s.text, publishedAt: published, language: s.edited.language ?? s.guessed.language, inferredDay } };
    });
  const extracted = await Promise.all(inputs.map(({ fileName, input }) => runTask('extract', input, { label: fileName })));
  await dateStorySources(handle, days, inputs, extracted);
  await dateYearlessSources(handle, inputs, extracted);
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
    // The inferred day is shown with the source, so that no date it gave passes unexplained.
    const inferred = new Map(inputs.map(({ input }) => [input.sourceId, input.inferredDay]));
    for (const s of p.sources) {
      if (!inferred.has(s.id)) continue;
      const day = inferred.get(s.id);
      if (day) s.inferredDay = day;
      else delete s.inferredDay;
    }
  });
  const facts = handle.data.facts;
  // NOTE: grouping compares facts pairwise within narrow buckets; allow time in proportion.
  const groups = await runTask('group', { facts }, { timeoutMs: 120_000 + facts.length * 10 });
  handle.update((p) => {
    p.groups = groups;
  });
}

type ExtractJob = { fileName: string; input: { sourceId: string; text: string; publishedAt: string | null; inferredYear?: number; inferredDay?: string } };

/** The facts of every source, those just extracted in place of the stored ones. */
function factsBySource(handle: ProjectHandle, inputs: readonly ExtractJob[], extracted: readonly Fact[][]): Map<string, Fact[]> {
  const bySource = new Map<string, Fact[]>();
  for (const f of handle.data.facts) {
    const list = bySource.get(f.sourceId);
    if (list) list.push(f);
    else bySource.set(f.sourceId, [f]);
  }
  inputs.forEach((job, i) => bySource.set(job.input.sourceId, extracted[i]!));
  return bySource;
}

/** The people, places and bodies a source's facts name, as `type:key`. */
function namesOf(facts: readonly Fact[] | undefined): Set<string> {
  const names = new Set<string>();
  for (const f of facts ?? []) for (const e of f.entities) names.add(`${e.type}:${e.key}`);
  return names;
}

/**
 * [project.story-day] A source with no publication date and no full date of its own is read again
 * from the day of the project's dated sources when it tells their story (see `storyDay`). Only
 * such sources pay for a second reading.
 */
async function dateStorySources(handle: ProjectHandle, days: readonly { id: string; day: string }[], inputs: ExtractJob[], extracted: Fact[][]): Promise<void> {
  const undated = inputs.map((job, i) => ({ job, i })).filter(({ job }) => !job.input.publishedAt && !job.input.inferredDay && !statedDays(job.input.text).length);
  if (!undated.length || !days.length) return;
  const bySource = factsBySource(handle, inputs, extracted);
  for (const { job, i } of undated) {
    const dated = days.filter((d) => d.id !== job.input.sourceId).map((d) => ({ day: d.day, names: namesOf(bySource.get(d.id)) }));
    const day = storyDay(job.input.text, namesOf(extracted[i]), dated);
    if (!day) continue;
    job.input.inferredDay = day;
    extracted[i] = await runTask('extract', job.input, { label: job.fileName });
  }
}

/** Years of a source's inferred date values: the year it dated its year-less dates with. */
function inferredYears(facts: readonly Fact[]): number[] {
  const years: number[] = [];
  for (const f of facts) for (const v of f.values) if (v.inferred && (v.type === 'date' || v.type === 'daterange')) years.push(Number(v.canonical.slice(0, 4)));
  return years.filter((y) => y >= 1900);
}

/**
 * [project.year] A source that states no year and no publication date is read again with the
 * year every other source of the project inferred for its own year-less dates, if they agree
 * (see `yearFromProject`). Only such sources pay for a second reading.
 */
async function dateYearlessSources(handle: ProjectHandle, inputs: readonly ExtractJob[], extracted: Fact[][]): Promise<void> {
  const yearless = inputs.map((job, i) => ({ job, i })).filter(({ job }) => !job.input.publishedAt && !job.input.inferredDay && statesNoYear(job.input.text));
  if (!yearless.length) return;
  const bySource = factsBySource(handle, inputs, extracted);
  for (const { job, i } of yearless) {
    const others = [...bySource].filter(([id]) => id !== job.input.sourceId).map(([, facts]) => inferredYears(facts));
    const year = yearFromProject(others);
    if (year === undefined || !extracted[i]!.some((f) => f.values.some((v) => /^\d{2}-\d{2}/.test(v.canonical)))) continue;
    extracted[i] = await runTask('extract', { ...job.input, inferredYear: year }, { label: job.fileName });
  }
}
