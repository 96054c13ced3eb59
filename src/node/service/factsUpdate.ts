// Keeps a project's facts and groups in step with its sources. Extraction is incremental: only
// the named sources are re-extracted (in parallel across the worker pool). Grouping runs in the
// verification worker over its index of the project's facts, kept there between changes: a
// change crosses to it as the sources taken out and the facts of the sources read, not as every
// fact (the first change after open, or after a change that did not land, sends them all). The
// groups are a full regroup's (core/verify/verifyIndex.ts).
//
// Every change lands as ONE store update (one save): the sources added, their facts, the facts
// re-extracted, the sources removed and the new groups, or nothing. A kill at any moment leaves
// the project as it was or as it became, never a source without its facts. Each source is
// extracted on its own (Promise.allSettled): one that fails (out of memory, a time limit) is left
// out (a new one) or keeps its facts (an existing one), and is reported, without touching others.
import { AttacheError } from '../../core/errors';
import type { Fact, Group, Project, Source } from '../../core/model';
import type { VerifyChange } from '../../core/verify/verifyIndex';
import { dayFromProject, statedDays, statesNoYear, storyDay, yearFromProject } from '../../core/extract/projectDay';
import { renameCitations } from '../../core/brief';
import { renamedFacts } from '../../core/verify/renamedFacts';
import type { ProjectHandle } from '../store';
import { jsonChars } from '../store/jsonSize';
import { dropVerificationWorker, runTask, verificationPoolUp } from '../workers/runTask';
import { readFailure } from '../ingest/readFailure';

const FULL_DAY = /^\d{4}-\d{2}-\d{2}/;

/** One change to a project's sources; each list may be empty. */
export interface FactsChange {
  /** Sources in the project to read again. */
  extract?: readonly string[];
  /** New sources: each lands together with its facts, or not at all. */
  add?: readonly Source[];
  /**
   * New versions of sources in the project (restored lines, a changed date): each replaces its
   * source together with the facts read from it, or not at all.
   */
  replace?: readonly Source[];
  /** Sources to take out, with their facts (decisions stay, keyed by fact id). */
  remove?: readonly string[];
  /** Land nothing when the sources extracted find no facts at all (a check on open, not a change). */
  onlyIfFound?: boolean;
}

export interface FactsOutcome {
  /** Sources whose extraction failed, with the error: a new one was left out, an old one kept its facts. */
  failed: Map<string, unknown>;
  /** The sources of `add` that landed. */
  added: string[];
  /** How many facts the sources extracted again or added now have. */
  factCount: number;
  /** By source that landed: what a bound of the extractor did to it (a cap on facts, words, sentences). */
  notes: Map<string, string[]>;
}

/**
 * Extracts, groups and then applies `change` in one update. Rejects (changing nothing) when
 * grouping fails; extraction failures are per source, in the outcome.
 */
export async function refreshFacts(handle: ProjectHandle, change: FactsChange): Promise<FactsOutcome> {
  const removed = new Set(change.remove ?? []);
  const added = change.add ?? [];
  const replaced = new Map((change.replace ?? []).map((s) => [s.id, s] as const));
  const wanted = new Set([...(change.extract ?? []), ...replaced.keys(), ...added.map((s) => s.id)].filter((id) => !removed.has(id)));
  const sources = [...handle.data.sources.filter((s) => !removed.has(s.id)).map((s) => replaced.get(s.id) ?? s), ...added];
  const publishedOf = (s: Source) => s.edited.publishedAt ?? s.guessed.publishedAt;
  const days = sources.flatMap((s) => {
    const day = publishedOf(s)?.slice(0, 10);
    return day && FULL_DAY.test(day) ? [{ id: s.id, day }] : [];
  });
  const inputs: ExtractJob[] = sources
    .filter((s) => wanted.has(s.id))
    .map((s) => {
      const published = publishedOf(s);
      // A source without a full publication date may still belong to the days the others report.
      const inferredDay = published && FULL_DAY.test(published) ? undefined : dayFromProject(s.text, days.filter((d) => d.id !== s.id).map((d) => d.day));
      return { fileName: s.fileName, input: { sourceId: s.id, text: s.text, publishedAt: published, language: s.edited.language ?? s.guessed.language, inferredDay } };
    });
  const failed = new Map<string, unknown>();
  const notes = new Map<string, string[]>();
  const settled = await Promise.allSettled(inputs.map(({ fileName, input }) => runTask('extract', input, { label: fileName })));
  const extracted: Extracted = settled.map((r, i) => {
    if (r.status === 'fulfilled') {
      if (r.value.notes.length) notes.set(inputs[i]!.input.sourceId, r.value.notes);
      return r.value.facts;
    }
    failed.set(inputs[i]!.input.sourceId, extractFailure(r.reason, inputs[i]!.fileName));
    return null;
  });
  const others = handle.data.facts.filter((f) => !removed.has(f.sourceId));
  await dateStorySources(others, days, inputs, extracted, failed);
  await dateYearlessSources(others, inputs, extracted, failed);
  for (const id of notes.keys()) if (failed.has(id)) notes.delete(id);

  const landed = new Set(inputs.filter((_, i) => extracted[i] !== null).map((job) => job.input.sourceId));
  const fresh: Fact[] = extracted.flatMap((facts) => facts ?? []);
  // Nothing to land (every extraction failed, or an open's check found nothing): no change, no save.
  const nothing = landed.size === 0 || (change.onlyIfFound && fresh.length === 0 && !added.length && !replaced.size);
  if (nothing && !removed.size) {
    // An open's check read them and found none: said in the project, so the next open does not read them again.
    const empty = handle.data.sources.filter((s) => landed.has(s.id) && !s.noFacts);
    if (empty.length) handle.update((p) => markNoFacts(p.sources, new Set(empty.map((s) => s.id)), new Set()));
    return { failed, added: [], factCount: 0, notes: new Map() };
  }
  const keptOf = (facts: readonly Fact[]) => facts.filter((f) => !landed.has(f.sourceId) && !removed.has(f.sourceId));
  // Grouping takes a while: should the facts change meanwhile (a decision does not change them),
  // group again over the facts as they now are, so that what lands is in step.
  let basis = handle.data.facts;
  let facts = [...keptOf(basis), ...fresh];
  const freshOf = new Map<string, Fact[]>([...landed].map((id) => [id, []]));
  for (const f of fresh) freshOf.get(f.sourceId)?.push(f);
  const made: VerifyChange = { remove: [...removed], sources: [...freshOf].map(([sourceId, list]) => ({ sourceId, facts: list })) };
  let groups = await group(handle, basis, facts, made);
  for (let again = 0; basis !== handle.data.facts && again < 3; again++) {
    basis = handle.data.facts;
    facts = [...keptOf(basis), ...fresh];
    groups = await group(handle, basis, facts, made);
  }
  const addedIds = added.filter((s) => landed.has(s.id)).map((s) => s.id);
  const newSources = added.filter((s) => landed.has(s.id));
  // Refused here, before anything lands, when the project would grow past what it can be saved at.
  handle.reserveGrowth(growthOf(handle.data, { newSources, replaced: [...replaced.values()].filter((s) => landed.has(s.id)), removed, landed, fresh, groups }));
  handle.update((p) => {
    if (removed.size) p.sources = p.sources.filter((s) => !removed.has(s.id));
    if (replaced.size) p.sources = p.sources.map((s) => (landed.has(s.id) ? (replaced.get(s.id) ?? s) : s));
    p.sources.push(...newSources);
    // A fact that came back under a new id keeps the analyst's decision and its citations.
    const renamed = renamedFacts(
      p.facts.filter((f) => landed.has(f.sourceId)),
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
    p.facts = facts;
    // The inferred day is shown with the source, so that no date it gave passes unexplained.
    const inferred = new Map(inputs.filter((job) => landed.has(job.input.sourceId)).map(({ input }) => [input.sourceId, input.inferredDay]));
    for (const s of p.sources) {
      if (!inferred.has(s.id)) continue;
      const day = inferred.get(s.id);
      if (day) s.inferredDay = day;
      else delete s.inferredDay;
    }
    markNoFacts(p.sources, landed, new Set(fresh.map((f) => f.sourceId)));
    p.groups = groups;
  });
  return { failed, added: addedIds, factCount: fresh.length, notes };
}

/** Marks each source of `landed` that gave no facts (`withFacts` lacks it) as read without any. */
function markNoFacts(sources: Source[], landed: ReadonlySet<string>, withFacts: ReadonlySet<string>): void {
  for (const s of sources) {
    if (!landed.has(s.id)) continue;
    if (withFacts.has(s.id)) delete s.noFacts;
    else s.noFacts = true;
  }
}

// Each groups list's size, measured once: the next change subtracts it without walking it again.
const groupChars = new WeakMap<object, number>();

function groupsChars(groups: readonly unknown[]): number {
  let n = groupChars.get(groups);
  if (n === undefined) {
    n = jsonChars(groups);
    groupChars.set(groups, n);
  }
  return n;
}

/** About how many characters the change adds to the project's JSON (negative when it shrinks it). */
function growthOf(
  p: Project,
  change: { newSources: readonly Source[]; replaced: readonly Source[]; removed: ReadonlySet<string>; landed: ReadonlySet<string>; fresh: readonly Fact[]; groups: readonly unknown[] },
): number {
  let n = 0;
  for (const s of change.newSources) n += jsonChars(s) + 1;
  const replaced = new Set(change.replaced.map((s) => s.id));
  for (const s of change.replaced) n += jsonChars(s);
  for (const s of p.sources) if (replaced.has(s.id) || change.removed.has(s.id)) n -= jsonChars(s) + (replaced.has(s.id) ? 0 : 1);
  for (const f of change.fresh) n += jsonChars(f) + 1;
  for (const f of p.facts) if (change.landed.has(f.sourceId) || change.removed.has(f.sourceId)) n -= jsonChars(f) + 1;
  return n + groupsChars(change.groups) - groupsChars(p.groups);
}

/** What the verification worker holds of each project: its facts as of which change (the array the project then held). */
const inWorker = new WeakMap<ProjectHandle, { project: string; revision: number; facts: readonly Fact[] }>();
let projects = 0;

/** Projects whose index is not kept in the verification worker between changes (see groupWithoutIndex). */
const noIndexKept = new WeakSet<ProjectHandle>();

/**
 * Each change of `handle` is grouped, then grouping's worker stops (with the index it built)
 * before the change lands: for a command that makes one change and exits (`attache add`), where
 * keeping the index buys nothing and holding it beside the save was the peak of a large import.
 */
export function groupWithoutIndex(handle: ProjectHandle): void {
  noIndexKept.add(handle);
}

/** Lets the verification worker drop a closed project's index (its facts: as large as the project). */
export async function releaseVerification(handle: ProjectHandle): Promise<void> {
  const known = inWorker.get(handle);
  if (!known) return;
  inWorker.delete(handle);
  if (!verificationPoolUp()) return;
  // A worker that is gone holds nothing to let go.
  await runTask('group', { project: known.project, release: true }).catch(() => undefined);
}

/**
 * The groups over `facts`, the project's facts once `change` is made to `basis`: the change alone
 * goes to the worker when its index holds `basis`, else every fact.
 */
async function group(handle: ProjectHandle, basis: readonly Fact[], facts: Fact[], change: VerifyChange): Promise<Group[]> {
  const known = inWorker.get(handle);
  const project = known?.project ?? `project-${++projects}`;
  const revision = (known?.revision ?? 0) + 1;
  // NOTE: grouping compares facts pairwise within narrow buckets; allow time in proportion.
  const timeoutMs = 120_000 + facts.length * 10;
  const options = { timeoutMs };
  const run = (payload: Parameters<typeof runTask<'group'>>[1]) =>
    runTask('group', payload, options).catch((err: unknown) => {
      throw groupFailure(err, facts.length, timeoutMs);
    });
  let result = known && known.facts === basis ? await run({ project, revision, base: known.revision, change }) : undefined;
  if (!result || 'stale' in result) result = await run({ project, revision, facts });
  if ('stale' in result) throw new Error('The verification worker refused a whole project');
  if (noIndexKept.has(handle)) {
    // Gone before the change lands and is saved: the save needs about as much memory again as
    // the project's text, and the index (every fact, in the worker) is of no use to a process
    // that makes this one change.
    await dropVerificationWorker();
    return result.groups;
  }
  // The worker now holds `facts`; the next change may go alone if this one lands as `facts`.
  inWorker.set(handle, { project, revision, facts });
  return result.groups;
}

/**
 * Grouping stopped by its worker's limits (time, memory, a crash): nothing lands, and the analyst
 * is told why in words, with what to do, instead of INTERNAL. Other errors go through unchanged.
 */
function groupFailure(err: unknown, facts: number, timeoutMs: number): unknown {
  if (!(err instanceof AttacheError)) return err;
  const reason = (err.detail as { reason?: string } | undefined)?.reason;
  const memory = err.code === 'OUT_OF_MEMORY';
  if (!memory && !(err.code === 'INTERNAL' && (reason === 'timeout' || reason === 'crash'))) return err;
  const why = memory
    ? 'needed more memory than Attaché allows one task'
    : reason === 'timeout'
      ? `took longer than ${Math.round(timeoutMs / 1000)} s`
      : 'stopped unexpectedly';
  return new AttacheError(
    'PROJECT_TOO_LARGE',
    `Comparing the project's ${facts.toLocaleString('en-US')} facts across its sources ${why}, so nothing was changed and the project stays as last saved. Import fewer files at once, or start a new project for further sources.`,
    { detail: { reason: memory ? 'memory' : reason, facts }, cause: err },
  );
}

/** Each job's facts, or null where its extraction failed. */
type Extracted = (Fact[] | null)[];

type ExtractJob = { fileName: string; input: { sourceId: string; text: string; publishedAt: string | null; inferredYear?: number; inferredDay?: string } };

/** The facts of every source, those just extracted in place of the stored ones. */
function factsBySource(stored: readonly Fact[], inputs: readonly ExtractJob[], extracted: Extracted): Map<string, Fact[]> {
  const bySource = new Map<string, Fact[]>();
  for (const f of stored) {
    const list = bySource.get(f.sourceId);
    if (list) list.push(f);
    else bySource.set(f.sourceId, [f]);
  }
  inputs.forEach((job, i) => {
    const facts = extracted[i];
    if (facts) bySource.set(job.input.sourceId, facts);
  });
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
async function dateStorySources(
  stored: readonly Fact[],
  days: readonly { id: string; day: string }[],
  inputs: ExtractJob[],
  extracted: Extracted,
  failed: Map<string, unknown>,
): Promise<void> {
  const undated = inputs
    .map((job, i) => ({ job, i }))
    .filter(({ job, i }) => extracted[i] && !job.input.publishedAt && !job.input.inferredDay && !statedDays(job.input.text).length);
  if (!undated.length || !days.length) return;
  const bySource = factsBySource(stored, inputs, extracted);
  for (const { job, i } of undated) {
    const dated = days.filter((d) => d.id !== job.input.sourceId).map((d) => ({ day: d.day, names: namesOf(bySource.get(d.id)) }));
    const day = storyDay(job.input.text, namesOf(extracted[i]!), dated);
    if (!day) continue;
    job.input.inferredDay = day;
    extracted[i] = await extractAgain(job, job.input, failed);
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
async function dateYearlessSources(stored: readonly Fact[], inputs: readonly ExtractJob[], extracted: Extracted, failed: Map<string, unknown>): Promise<void> {
  const yearless = inputs
    .map((job, i) => ({ job, i }))
    .filter(({ job, i }) => extracted[i] && !job.input.publishedAt && !job.input.inferredDay && statesNoYear(job.input.text));
  if (!yearless.length) return;
  const bySource = factsBySource(stored, inputs, extracted);
  for (const { job, i } of yearless) {
    const others = [...bySource].filter(([id]) => id !== job.input.sourceId).map(([, facts]) => inferredYears(facts));
    const year = yearFromProject(others);
    if (year === undefined || !extracted[i]!.some((f) => f.values.some((v) => /^\d{2}-\d{2}/.test(v.canonical)))) continue;
    extracted[i] = await extractAgain(job, { ...job.input, inferredYear: year }, failed);
  }
}

/** A second reading of one source; its failure is that source's alone. */
async function extractAgain(job: ExtractJob, input: ExtractJob['input'], failed: Map<string, unknown>): Promise<Fact[] | null> {
  try {
    // NOTE: its notes are the first reading's: the bounds act on the text, which is the same.
    return (await runTask('extract', input, { label: job.fileName })).facts;
  } catch (err) {
    failed.set(job.input.sourceId, extractFailure(err, job.fileName));
    return null;
  }
}

// The pool's default time limit, which extraction runs under (workerPool.ts).
const EXTRACT_TIMEOUT_MS = 120_000;

/** A worker's time-out, crash or memory stop while finding a file's facts, in words (never INTERNAL). */
function extractFailure(err: unknown, fileName: string): unknown {
  return readFailure(err, fileName, 'txt', 'extracting', EXTRACT_TIMEOUT_MS);
}
