// The Facts list and search at 100,000 facts, through the service the app calls
// (AttacheSession.factsPage and .search on the cached fixture project, opened as the app opens
// it): 200 list queries (a window of 100 rows at a varied offset, in each of the four orders,
// filtered by status, kind, source, conflicts only, or words typed into the filter box, alone
// and together) and 200 searches (one to three words the project's facts use, the last typed
// halfway, some names and figures), each timed on its own; p50 and p95 of each kind. No query
// repeats the one before it, so none is answered by the session's last-list cache. The search
// index is built (in its worker) before the timing starts; that wait is reported on its own.
// Alone: npm run bench -- facts [--quick]
import { copyFile, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import type { FactKind, FactStatus } from '../src/core/model';
import { AttacheSession, noDialogs } from '../src/node/service';
import { RecentProjects } from '../src/node/store';
import { shutdownWorkers } from '../src/node/workers/runTask';
import type { FactQuery, FactSort } from '../src/shared/api';
import { seeded } from './corpus';
import { median, type BenchOptions, type Figure } from './figure';
import { fixtureProject } from './fixtures';

const FACTS = { full: 100_000, quick: 10_000, smoke: 300 } as const;
const QUERIES = { full: 200, quick: 200, smoke: 20 } as const;
const SORTS: readonly FactSort[] = ['document', 'support', 'status', 'kind'];
const STATUSES: readonly FactStatus[] = ['unverified', 'verified', 'rejected'];
const WINDOW = 100;

/** The p-th percentile (0–1) of a non-empty list, nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

/** Words of the facts' sentences, as an analyst would type them (letters only, four or more). */
function factWords(sentences: readonly string[]): string[] {
  const words = new Set<string>();
  for (const s of sentences) for (const w of s.match(/\p{L}{4,}/gu) ?? []) words.add(w);
  return [...words].sort();
}

export async function figures(options: BenchOptions): Promise<Figure[]> {
  const fixture = await fixtureProject(options, { facts: FACTS[options.level] });
  const dir = await mkdtemp(join(options.workDir, 'facts-'));
  const path = join(dir, 'project.attache');
  await copyFile(fixture.path, path);
  const session = new AttacheSession({
    dialogs: noDialogs,
    recent: new RecentProjects(join(dir, 'recent.json')),
    emit: () => {},
    owner: 'bench (facts)',
    debounceMs: 3_600_000,
  });
  await session.openAt(path);
  try {
    const project = session.project;
    const rnd = seeded(11);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
    const words = factWords(project.facts.filter((_, i) => i % 7 === 0).map((f) => f.text));
    const names = [...new Set(project.facts.flatMap((f) => f.entities.map((e) => e.name)))].sort();
    const kinds = [...new Set(project.facts.map((f) => f.kind))].sort() as FactKind[];
    const sourceIds = project.sources.map((s) => s.id);
    const typed = (word: string) => word.slice(0, Math.max(3, Math.ceil(word.length * (0.5 + rnd() / 2))));
    const text = () => {
      const n = 1 + Math.floor(rnd() * 3);
      const list = Array.from({ length: n }, () => (rnd() < 0.2 && names.length ? pick(names) : pick(words)));
      list[list.length - 1] = typed(list[list.length - 1]!);
      return list.join(' ');
    };
    const total = project.facts.length;

    // The index is built in its worker at the first search; the analyst waits for it once.
    const built = performance.now();
    await session.search({ query: pick(words) });
    const indexWait = performance.now() - built;
    await session.factsPage(undefined, { offset: 0, limit: WINDOW });

    const listTimes: number[] = [];
    const listKinds = new Map<string, number[]>();
    let rows = 0;
    for (let q = 0; q < QUERIES[options.level]; q++) {
      const query: FactQuery = { sort: SORTS[q % SORTS.length]! };
      const filter: NonNullable<FactQuery['filter']> = {};
      const what = q % 5;
      if (what === 1) filter.status = pick(STATUSES);
      if (what === 2) filter.kind = pick(kinds);
      if (what === 3) filter.text = text();
      if (what === 4) {
        filter.sourceId = pick(sourceIds);
        if (rnd() < 0.5) filter.conflictsOnly = true;
        else filter.text = text();
      }
      if (what === 0 && rnd() < 0.5) filter.conflictsOnly = true;
      if (Object.keys(filter).length) query.filter = filter;
      const offset = Math.floor(rnd() * Math.max(1, total - WINDOW) * (rnd() < 0.5 ? 0.01 : 1));
      const started = performance.now();
      const page = await session.factsPage(query, { offset: Math.min(offset, Math.max(0, total - WINDOW)), limit: WINDOW });
      const ms = performance.now() - started;
      rows += page.rows.length;
      listTimes.push(ms);
      const kind = filter.text ? 'words' : Object.keys(filter).length ? 'filter' : 'sort only';
      (listKinds.get(kind) ?? listKinds.set(kind, []).get(kind)!).push(ms);
    }

    const searchTimes: number[] = [];
    let hits = 0;
    for (let q = 0; q < QUERIES[options.level]; q++) {
      const started = performance.now();
      const result = await session.search({ query: text(), scope: q % 4 === 3 ? 'all' : 'facts', limit: 50 });
      searchTimes.push(performance.now() - started);
      hits += result.hits.length;
    }

    const size = total.toLocaleString('en-US');
    const p95Target = [{ on: 'value' as const, op: '<=' as const, limit: 50 }];
    const listDetail: Record<string, number | string> = { facts: total, queries: listTimes.length, 'rows per window': WINDOW, 'rows returned': rows };
    for (const [kind, times] of listKinds) listDetail[`p95 ${kind} (${times.length})`] = Number(percentile(times, 0.95).toFixed(1));
    const searchDetail = { facts: total, queries: searchTimes.length, hits, 'index built before the first answer (ms)': Math.round(indexWait) };
    const figure = (key: string, label: string, times: number[], p: number, detail: Record<string, number | string>, withTarget: boolean): Figure => ({
      key,
      label,
      unit: 'ms',
      value: Number(percentile(times, p).toFixed(2)),
      runs: times.map((t) => Number(t.toFixed(2))),
      ...(withTarget ? { targets: p95Target } : {}),
      detail: { ...detail, median: Number(median(times).toFixed(2)) },
    });
    return [
      figure('facts.list.p50', `facts list p50 (sort / filter / words), of ${listTimes.length} queries, ${size} facts`, listTimes, 0.5, listDetail, false),
      figure('facts.list.p95', `facts list p95 (sort / filter / words), of ${listTimes.length} queries, ${size} facts`, listTimes, 0.95, listDetail, true),
      figure('search.p50', `search p50, of ${searchTimes.length} queries, ${size} facts`, searchTimes, 0.5, searchDetail, false),
      figure('search.p95', `search p95, of ${searchTimes.length} queries, ${size} facts`, searchTimes, 0.95, searchDetail, true),
    ];
  } finally {
    await session.close();
    await shutdownWorkers();
  }
}
