// The facts list at 2k, 8k, 16k and 100k facts: a project of 300 of the extraction bench's
// articles (extracted and grouped for real), tiled (its sources, facts and groups copied under
// new ids) up to each size. For each size: the fact index built after a change, the first list
// of every fact (what `attache facts` does), and the page call the Facts tab makes, p50 and p95
// over 200 queries (filters, words, orders, windows), as the session answers them.
// Run: node --import tsx bench/factViews.ts
import { fileURLToPath } from 'node:url';
import { cleanArticle } from '../src/core/clean';
import { extractFacts } from '../src/core/extract';
import { buildFactIndex } from '../src/core/factIndex';
import { emptyProject, type Fact, type Group, type Project, type Source } from '../src/core/model';
import { groupFacts } from '../src/core/verify';
import type { FactQuery } from '../src/shared/api';
import { buildFactViews, factCounts, factsPage, matchFacts } from '../src/node/service/factViews';
import { benchArticles } from './extract';

const ARTICLES = 300;
const SIZES = [2_000, 8_000, 16_000, 100_000];
const QUERIES = 200;

/** The 300-article project: sources, facts and groups as an import leaves them. */
export function articleProject(articles = ARTICLES): Project {
  const sources: Source[] = [];
  const facts: Fact[] = [];
  benchArticles(articles).forEach((raw, i) => {
    const clean = cleanArticle(raw);
    const id = `src_${i}`;
    sources.push({ id, fileName: `article-${i}.txt`, guessed: clean.meta, edited: {} } as unknown as Source);
    facts.push(...extractFacts({ sourceId: id, text: clean.text, publishedAt: clean.meta.publishedAt ?? null }));
  });
  return { ...emptyProject({ id: 'prj_bench', name: 'bench', now: '2026-01-01T00:00:00.000Z' }), sources, facts, groups: groupFacts(facts) };
}

/** The project copied under new ids until it holds `size` facts (the last copy cut short). */
export function tiled(base: Project, size: number): Project {
  const sources: Source[] = [];
  const facts: Fact[] = [];
  const groups: Group[] = [];
  for (let copy = 0; facts.length < size; copy++) {
    const tag = (id: string) => (copy === 0 ? id : `${id}~${copy}`);
    sources.push(...base.sources.map((s) => ({ ...s, id: tag(s.id) })));
    facts.push(...base.facts.slice(0, size - facts.length).map((f) => ({ ...f, id: tag(f.id), sourceId: tag(f.sourceId) })));
    groups.push(...base.groups.map((g) => ({ ...g, id: tag(g.id), factIds: g.factIds.map(tag) })));
  }
  return { ...base, sources, facts, groups };
}

/** The queries a working analyst makes: filters, words, orders, windows further down. */
function queries(project: Project): Array<{ query: FactQuery; offset: number }> {
  const words = ['billion', 'trade', 'minister', 'percent', 'visit', 'agreement', 'investment', 'port'];
  const kinds = ['money', 'percent', 'count', 'date', 'claim'] as const;
  const sorts = ['document', 'support', 'status', 'kind'] as const;
  const out: Array<{ query: FactQuery; offset: number }> = [];
  for (let i = 0; i < QUERIES; i++) {
    const filter: NonNullable<FactQuery['filter']> = {};
    if (i % 3 === 1) filter.text = words[i % words.length]!;
    if (i % 5 === 2) filter.kind = kinds[i % kinds.length]!;
    if (i % 7 === 3) filter.conflictsOnly = true;
    if (i % 11 === 4) filter.status = 'unverified';
    if (i % 13 === 5) filter.sourceId = project.sources[i % project.sources.length]!.id;
    out.push({ query: { filter, sort: sorts[i % sorts.length]! }, offset: (i * 997) % Math.max(1, project.facts.length - 200) });
  }
  return out;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

export function benchFactViews(): Array<Record<string, number | string>> {
  const base = articleProject();
  const rows: Array<Record<string, number | string>> = [{ articles: ARTICLES, 'facts of the project': base.facts.length, groups: base.groups.length }];
  for (const size of SIZES) {
    const project = tiled(base, size);
    // Every tenth fact decided, as in a project under way.
    project.decisions = Object.fromEntries(
      project.facts.filter((_, i) => i % 10 === 0).map((f, i) => [f.id, { factId: f.id, status: i % 3 ? 'verified' : 'rejected', credibility: null, note: '', at: project.createdAt }]),
    );
    buildFactViews(project, buildFactIndex(project)); // warm up
    let t = performance.now();
    const index = buildFactIndex(project);
    const indexMs = performance.now() - t;
    t = performance.now();
    const all = buildFactViews(project, index);
    const listMs = performance.now() - t;
    // The page call as the session answers a new query: match (filter and sort), counts, a window.
    // The counts are kept per project state, as the session keeps them.
    const counts = factCounts(project, index);
    const times: number[] = [];
    for (const { query, offset } of queries(project)) {
      const start = performance.now();
      const matched = matchFacts(project, index, query);
      factsPage(project, index, matched, counts, { offset: Math.min(offset, matched.length), limit: 200 });
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    rows.push({
      facts: all.length,
      'index build ms': Number(indexMs.toFixed(1)),
      'list all (attache facts) ms': Number(listMs.toFixed(1)),
      'factsPage p50 ms': Number(percentile(times, 0.5).toFixed(2)),
      'factsPage p95 ms': Number(percentile(times, 0.95).toFixed(2)),
    });
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const row of benchFactViews()) console.log(Object.entries(row).map(([k, v]) => `${k} ${v}`).join(' · '));
}
