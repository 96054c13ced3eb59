// Full-text search (src/core/search): index build time and heap for a project of 10,000 and
// 100,000 facts with its sources' text in passages, then p50/p95 of 200 queries (words weighted by
// how often the facts use them, pairs, names, figures, words typed halfway). The facts are those
// of the extraction bench's articles, copied under new ids until the size is reached: one
// project's vocabulary over many more facts, so long posting lists (the hard case).
// Opening: the project written as a real file, opened as the app opens it (against JSON.parse of
// the same text), then its search worker started, timed until it answers, with the longest stall
// of the main thread meanwhile: the index is built in the worker, so opening never waits for it. MiniSearch's own
// index (same words, same query: any word, the last as a prefix) is measured on the same facts for
// comparison: it is why src/core/search keeps its own postings (see invertedIndex.ts).
// Run: node --import tsx bench/search.ts [--quick]   (--quick: 10,000 facts only)
import MiniSearch from 'minisearch';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import { cleanArticle } from '../src/core/clean';
import { extractFacts } from '../src/core/extract';
import { emptyProject, type Fact } from '../src/core/model';
import { SearchIndex, type SearchScope } from '../src/core/search';
import { indexTerms, queryWords, splitWords } from '../src/core/search/terms';
import { ProjectSearch } from '../src/node/search/projectSearch';
import { openProjectFile } from '../src/node/store';
import { benchArticles, random } from './extract';

const NOW = '2025-06-01T00:00:00.000Z';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

interface BenchSource {
  id: string;
  text: string;
  facts: Fact[];
}

const QUERIES = 200;

/** The bench articles' sources with their facts, copied under new ids until `factCount` facts. */
function corpus(base: BenchSource[], factCount: number): BenchSource[] {
  const out: BenchSource[] = [];
  let facts = 0;
  for (let copy = 0; facts < factCount; copy++) {
    for (const s of base) {
      if (facts >= factCount) break;
      const id = `${s.id}_${copy}`;
      const taken = s.facts.slice(0, factCount - facts).map((f) => ({ ...f, id: `${f.id}_${copy}`, sourceId: id }));
      out.push({ id, text: s.text, facts: taken });
      facts += taken.length;
    }
  }
  return out;
}

function queries(sources: BenchSource[]): string[] {
  const rnd = random(7);
  const words: string[] = [];
  const names: string[] = [];
  const figures: string[] = [];
  for (const s of sources.slice(0, 300)) {
    for (const f of s.facts) {
      words.push(...splitWords(f.text).filter((w) => w.length > 3 && !/^\d/.test(w)));
      names.push(...f.entities.map((e) => e.name));
      figures.push(...f.values.map((v) => f.text.slice(v.start - f.start, v.end - f.start)).filter((t) => t.length > 0));
    }
  }
  const pick = (list: string[]) => list[Math.floor(rnd() * list.length)]!;
  return Array.from({ length: QUERIES }, (_, i) => {
    switch (i % 5) {
      case 0:
        return pick(words);
      case 1:
        return `${pick(words)} ${pick(words)}`;
      case 2:
        return pick(names);
      case 3:
        return pick(figures);
      default: {
        const w = pick(words);
        return w.slice(0, 3 + Math.floor(rnd() * Math.max(1, w.length - 3)));
      }
    }
  });
}

function heapMb(): number {
  gc();
  return process.memoryUsage().heapUsed / 1e6;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

function queryTimes(list: string[], search: (q: string) => unknown): number[] {
  for (const q of list.slice(0, 20)) search(q);
  const times = list.map((q) => {
    const t0 = performance.now();
    search(q);
    return performance.now() - t0;
  });
  return times.sort((a, b) => a - b);
}

/** MiniSearch over the same facts, built and queried the way src/core/search would use it. */
function miniSearchFigures(sources: BenchSource[], list: string[]): Record<string, number> {
  const before = heapMb();
  const t0 = performance.now();
  const mini = new MiniSearch<{ id: string; text: string }>({ fields: ['text'], tokenize: splitWords, processTerm: (w) => [...indexTerms(w)] });
  for (const s of sources) mini.addAll(s.facts.map((f) => ({ id: f.id, text: f.text })));
  const buildMs = performance.now() - t0;
  const heap = heapMb() - before;
  const times = queryTimes(list, (q) => {
    const words = queryWords(q);
    const last = words[words.length - 1];
    const queries = [...words.map((w) => w.stem), ...(last ? [{ queries: [last.folded], prefix: true }] : [])];
    return mini.search({ combineWith: 'OR', queries }, { tokenize: (t) => [t], processTerm: (t) => t }).slice(0, 50);
  });
  return {
    'MiniSearch build ms': Math.round(buildMs),
    'MiniSearch heap MB': Math.round(heap),
    'MiniSearch p50 ms': round1(percentile(times, 50)),
    'MiniSearch p95 ms': round1(percentile(times, 95)),
  };
}

function round1(n: number): number {
  return Number(n.toFixed(1));
}

/** The corpus as a real project file: what opening it costs, and what the search worker reads. */
async function writeProject(dir: string, sources: BenchSource[]): Promise<{ path: string; json: string }> {
  const project = emptyProject({ id: 'proj_bench', name: 'bench', now: NOW });
  project.sources = sources.map((s, i) => ({
    id: s.id,
    fileName: `${s.id}.txt`,
    sha256: createHash('sha256').update(`${i}`).digest('hex'),
    format: 'txt' as const,
    byteLength: s.text.length,
    importedAt: NOW,
    originalText: s.text,
    text: s.text,
    removed: [],
    restoredLines: [],
    pages: [],
    guessed: { title: null, outlet: null, author: null, publishedAt: null, language: 'en' },
    edited: {},
    reliability: 'F' as const,
  }));
  project.facts = sources.flatMap((s) => s.facts);
  const path = join(dir, `bench-${project.facts.length}.attache`);
  const json = JSON.stringify(project);
  await writeFile(path, json);
  return { path, json };
}

/**
 * Opening the project as the app does: the open itself (read, migrate, validate, lock), then the
 * search worker started on it, timed until its first answer, with the longest the main thread
 * was kept from other work meanwhile.
 */
async function openFigures(path: string, json: string): Promise<Record<string, number>> {
  const p0 = performance.now();
  JSON.parse(json);
  const parseMs = performance.now() - p0;
  const o0 = performance.now();
  const handle = await openProjectFile(path, { owner: 'bench' });
  const openMs = performance.now() - o0;
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const s0 = performance.now();
  const search = new ProjectSearch(handle);
  search.start();
  const startMs = performance.now() - s0;
  await search.search({ query: 'trade', scope: 'facts', limit: 50, prefix: true });
  const readyMs = performance.now() - s0;
  delay.disable();
  await search.close();
  await handle.close();
  return {
    'JSON.parse ms': Math.round(parseMs),
    'open ms (validated)': Math.round(openMs),
    'open / JSON.parse': round1(openMs / parseMs),
    'search start on main ms': round1(startMs),
    'search ready after ms': Math.round(readyMs),
    'main thread max stall ms': round1(delay.max / 1e6),
  };
}

export async function benchSearch(sizes: number[]): Promise<Record<string, number | string>[]> {
  const base: BenchSource[] = benchArticles(300).map((raw, i) => {
    const clean = cleanArticle(raw);
    const id = `src_${i}`;
    return { id, text: clean.text, facts: extractFacts({ sourceId: id, text: clean.text, publishedAt: clean.meta.publishedAt ?? null }) };
  });
  const dir = await mkdtemp(join(tmpdir(), 'attache-bench-search-'));
  const rows: Record<string, number | string>[] = [];
  try {
    for (const size of sizes) {
      const sources = corpus(base, size);
      const list = queries(sources);
      const { path, json } = await writeProject(dir, sources);
      const before = heapMb();
      const t0 = performance.now();
      const index = new SearchIndex();
      for (const s of sources) index.setSource(s, s.facts);
      const buildMs = performance.now() - t0;
      const heap = heapMb() - before;
      const timesOf = (scope: SearchScope) => queryTimes(list, (q) => index.search(q, { scope, limit: 50 }));
      const facts = timesOf('facts');
      const all = timesOf('all');
      rows.push({
        facts: index.factCount,
        sources: index.sourceCount,
        passages: index.passageCount,
        'project MB': round1(json.length / 1e6),
        'index build ms': Math.round(buildMs),
        'index heap MB': Math.round(heap),
        'facts p50 ms': round1(percentile(facts, 50)),
        'facts p95 ms': round1(percentile(facts, 95)),
        'all p50 ms': round1(percentile(all, 50)),
        'all p95 ms': round1(percentile(all, 95)),
        ...(await openFigures(path, json)),
        ...miniSearchFigures(sources, list),
      });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const quick = process.argv.includes('--quick');
  for (const row of await benchSearch(quick ? [10_000] : [10_000, 100_000])) {
    console.log('');
    for (const [name, value] of Object.entries(row)) console.log(`${name.padEnd(26)} ${value}`);
  }
}
