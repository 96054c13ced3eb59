// Extraction throughput on one core, the pure pipeline without files or workers: 1,000 articles
// varied from the five samples in resources/samples (paragraphs shuffled, figures and dates
// changed, lines mixed in from another sample) cleaned, extracted, then grouped (groupFacts over
// all their facts): MB of article text per second of the three together (issue 10's 1.0 MB/s).
// Each stage's rate comes with it, and the share of extraction's CPU samples spent in its
// language processing (sentences and words, lemmas and lexicons, subject features, names), from a
// CPU profile of one more pass. Other modules and profiles reuse the articles (`benchArticles`).
// Alone: npm run bench -- extract [--quick]
import { readdirSync, readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanArticle } from '../src/core/clean';
import { extractFacts } from '../src/core/extract';
import { groupFacts } from '../src/core/verify';
import type { Fact } from '../src/core/model';
import { median, timed, type BenchOptions, type Figure } from './figure';

const ARTICLES = 1000;
const LEVEL_ARTICLES = { full: 1000, quick: 100, smoke: 10 } as const;
const RUNS = { full: 3, quick: 1, smoke: 1 } as const;
const samplesDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'samples');

/** A small deterministic generator (mulberry32), so every run measures the same articles. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** One varied article: shuffled body paragraphs, changed numbers, years and months, a borrowed line. */
function vary(texts: readonly string[], i: number): string {
  const rnd = random(i + 1);
  const base = texts[i % texts.length]!;
  const other = texts[(i * 7 + 3) % texts.length]!;
  const lines = base.split('\n');
  const head = lines.slice(0, 2);
  const body = lines.slice(2);
  for (let k = body.length - 1; k > 0; k--) {
    const j = Math.floor(rnd() * (k + 1));
    [body[k], body[j]] = [body[j]!, body[k]!];
  }
  const borrowed = other.split('\n').filter((l) => l.length > 80);
  if (borrowed.length) body.splice(Math.floor(rnd() * body.length), 0, borrowed[Math.floor(rnd() * borrowed.length)]!);
  const yearShift = Math.floor(rnd() * 5) - 2;
  return [...head, ...body]
    .join('\n')
    .replace(/\b(19|20)(\d\d)\b/g, (y) => String(Number(y) + yearShift))
    .replace(/\b\d{1,3}(?:,\d{3})+|\b\d+\.\d+\b/g, (n) => {
      const value = Number(n.replace(/,/g, '')) * (0.5 + rnd());
      return n.includes('.') ? value.toFixed(1) : Math.round(value).toLocaleString('en-US');
    })
    .replace(new RegExp(`\\b(${MONTHS.join('|')})\\b`, 'g'), () => MONTHS[Math.floor(rnd() * 12)]!);
}

/** The bench's articles, the same on every run; other benches and profiles reuse them. */
export function benchArticles(count = ARTICLES): string[] {
  const texts = readdirSync(samplesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(samplesDir, f), 'utf8'));
  return Array.from({ length: count }, (_, i) => vary(texts, i));
}

/** Clean, extract and group `articles` once: each stage's wall and CPU ms. */
async function pipeline(articles: readonly string[]): Promise<{ clean: number; extract: number; group: number; cpu: number; facts: number; groups: number }> {
  let cleaned: Array<{ text: string; publishedAt: string | null }> = [];
  const facts: Fact[] = [];
  let groups = 0;
  const clean = await timed(() => {
    cleaned = articles.map((raw) => {
      const c = cleanArticle(raw);
      return { text: c.text, publishedAt: c.meta.publishedAt ?? null };
    });
  });
  const extract = await timed(() => {
    cleaned.forEach((c, i) => facts.push(...extractFacts({ sourceId: `src_${i}`, text: c.text, publishedAt: c.publishedAt })));
  });
  const group = await timed(() => {
    groups = groupFacts(facts).length;
  });
  return { clean: clean.wall, extract: extract.wall, group: group.wall, cpu: clean.cpu + extract.cpu + group.cpu, facts: facts.length, groups };
}

/** What part of extraction is language processing, by the source file of each profile sample's own frame. */
const NLP_PARTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['sentences and words (extract/segment.ts)', /src\/core\/extract\/segment\.ts/],
  ['lemmas, stop words, action lexicon (core/lang, wink-lemmatizer)', /src\/core\/lang\/|wink-lemmatizer/],
  ['subject features (core/about)', /src\/core\/about/],
  ['names and places (core/entities)', /src\/core\/entities\//],
];

interface ProfileNode {
  id: number;
  callFrame: { url: string };
}

/** Each NLP part's share of the CPU samples of extracting `cleaned` once (the rest: figures, dates, statements). */
async function nlpShares(cleaned: ReadonlyArray<{ text: string; publishedAt: string | null }>): Promise<Record<string, number>> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    cleaned.forEach((c, i) => extractFacts({ sourceId: `src_${i}`, text: c.text, publishedAt: c.publishedAt }));
    const { profile } = (await session.post('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples?: number[] } };
    const urlOf = new Map(profile.nodes.map((n) => [n.id, n.callFrame.url]));
    const samples = profile.samples ?? [];
    const counts = new Map<string, number>();
    for (const id of samples) {
      const url = urlOf.get(id) ?? '';
      const part = NLP_PARTS.find(([, test]) => test.test(url))?.[0];
      if (part) counts.set(part, (counts.get(part) ?? 0) + 1);
    }
    const shares: Record<string, number> = {};
    let total = 0;
    for (const [part] of NLP_PARTS) {
      const share = samples.length ? (counts.get(part) ?? 0) / samples.length : 0;
      total += share;
      shares[`NLP share: ${part}`] = Number(share.toFixed(3));
    }
    shares['NLP share of extraction (all of the above)'] = Number(total.toFixed(3));
    return shares;
  } finally {
    session.disconnect();
  }
}

export async function figures(options: BenchOptions): Promise<Figure[]> {
  const articles = benchArticles(LEVEL_ARTICLES[options.level]);
  const megabytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a), 0) / 1e6;
  // Warm up the regexes, the segmenter and grouping on a few articles first.
  await pipeline(articles.slice(0, 20));
  const runs: Array<Awaited<ReturnType<typeof pipeline>>> = [];
  for (let r = 0; r < RUNS[options.level]; r++) runs.push(await pipeline(articles));
  const rate = (ms: number) => Number((megabytes / (ms / 1000)).toFixed(3));
  const mid = (of: (run: (typeof runs)[number]) => number) => median(runs.map(of));
  const cleaned = articles.map((raw) => {
    const c = cleanArticle(raw);
    return { text: c.text, publishedAt: c.meta.publishedAt ?? null };
  });
  const detail: Record<string, number | string> = {
    articles: articles.length,
    megabytes: Number(megabytes.toFixed(2)),
    facts: runs[0]!.facts,
    groups: runs[0]!.groups,
    'clean MB/s': rate(mid((r) => r.clean)),
    'extract MB/s': rate(mid((r) => r.extract)),
    'clean+extract MB/s': rate(mid((r) => r.clean + r.extract)),
    'groupFacts ms': Math.round(mid((r) => r.group)),
    'clean+extract+group MB/s by CPU time': rate(mid((r) => r.cpu)),
    ...(await nlpShares(cleaned)),
  };
  const values = runs.map((r) => rate(r.clean + r.extract + r.group));
  return [
    {
      key: 'extract.throughput',
      label: `clean + extract + group, ${articles.length.toLocaleString('en-US')} articles, one core`,
      unit: 'MB/s',
      value: median(values),
      runs: values,
      targets: [{ on: 'value', op: '>=', limit: 1.0 }],
      detail,
    },
  ];
}
