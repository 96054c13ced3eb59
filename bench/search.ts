// Full-text search (src/core/search): index build time and heap for a project of 10,000 and
// 100,000 facts with its sources' text in passages, then p50/p95 of 200 queries (words weighted by
// how often the facts use them, pairs, names, figures, words typed halfway). The facts are those
// of the extraction bench's articles, copied under new ids until the size is reached: one
// project's vocabulary over many more facts, so long posting lists (the hard case).
// The open budget compares building to JSON.parse of the same sources and facts. MiniSearch's own
// index (same words, same query: any word, the last as a prefix) is measured on the same facts for
// comparison: it is why src/core/search keeps its own postings (see invertedIndex.ts).
// Run: node --import tsx bench/search.ts [--quick]   (--quick: 10,000 facts only)
import MiniSearch from 'minisearch';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import { cleanArticle } from '../src/core/clean';
import { extractFacts } from '../src/core/extract';
import type { Fact } from '../src/core/model';
import { SearchIndex, type SearchScope } from '../src/core/search';
import { indexTerms, queryWords, splitWords } from '../src/core/search/terms';
import { benchArticles } from './extract';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

interface BenchSource {
  id: string;
  text: string;
  facts: Fact[];
}

const QUERIES = 200;

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

export function benchSearch(sizes: number[]): Record<string, number | string>[] {
  const base: BenchSource[] = benchArticles(300).map((raw, i) => {
    const clean = cleanArticle(raw);
    const id = `src_${i}`;
    return { id, text: clean.text, facts: extractFacts({ sourceId: id, text: clean.text, publishedAt: clean.meta.publishedAt ?? null }) };
  });
  const rows: Record<string, number | string>[] = [];
  for (const size of sizes) {
    const sources = corpus(base, size);
    const list = queries(sources);
    // The same sources and facts as a file holds them: what opening a project parses.
    const json = JSON.stringify({ sources: sources.map(({ facts: _f, ...s }) => ({ ...s, originalText: s.text })), facts: sources.flatMap((s) => s.facts) });
    const p0 = performance.now();
    JSON.parse(json);
    const parseMs = performance.now() - p0;
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
      'project MB (JSON)': Number((json.length / 1e6).toFixed(1)),
      'JSON.parse ms': Math.round(parseMs),
      'build ms': Math.round(buildMs),
      'build / JSON.parse': Number((buildMs / parseMs).toFixed(1)),
      'index heap MB': Math.round(heap),
      'facts p50 ms': round1(percentile(facts, 50)),
      'facts p95 ms': round1(percentile(facts, 95)),
      'all p50 ms': round1(percentile(all, 50)),
      'all p95 ms': round1(percentile(all, 95)),
      ...miniSearchFigures(sources, list),
    });
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const quick = process.argv.includes('--quick');
  for (const row of benchSearch(quick ? [10_000] : [10_000, 100_000])) {
    console.log('');
    for (const [name, value] of Object.entries(row)) console.log(`${name.padEnd(22)} ${value}`);
  }
}
