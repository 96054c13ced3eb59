// Extraction throughput: 1,000 articles varied from the five samples in resources/samples
// (paragraphs shuffled, figures and dates changed, lines mixed in from another sample), cleaned
// and extracted on one core; then groupFacts over all their facts.
// Run: node --import tsx bench/extract.ts
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanArticle } from '../src/core/clean';
import { extractFacts } from '../src/core/extract';
import { groupFacts } from '../src/core/verify';
import type { Fact } from '../src/core/model';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1000);
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

export async function benchExtract(): Promise<Record<string, number | string>> {
  const articles = benchArticles();
  const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a), 0);

  // Warm up the regexes and the segmenter on a few articles first.
  for (const a of articles.slice(0, 20)) extractFacts({ sourceId: 'warm', text: cleanArticle(a).text, publishedAt: null });

  const facts: Fact[] = [];
  const t0 = performance.now();
  articles.forEach((raw, i) => {
    const clean = cleanArticle(raw);
    facts.push(...extractFacts({ sourceId: `src_${i}`, text: clean.text, publishedAt: clean.meta.publishedAt ?? null }));
  });
  const extractMs = performance.now() - t0;
  const t1 = performance.now();
  const groups = groupFacts(facts);
  const groupMs = performance.now() - t1;
  return {
    articles: ARTICLES,
    megabytes: Number((bytes / 1e6).toFixed(2)),
    facts: facts.length,
    'clean+extract ms': Math.round(extractMs),
    'clean+extract MB/s': Number((bytes / 1e6 / (extractMs / 1000)).toFixed(2)),
    groups: groups.length,
    'groupFacts ms': Math.round(groupMs),
    // The whole job of an import, clean, extract and group: what issue 10's 1.0 MB/s is about.
    'clean+extract+group MB/s': Number((bytes / 1e6 / ((extractMs + groupMs) / 1000)).toFixed(2)),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await benchExtract();
  for (const [name, value] of Object.entries(result)) console.log(`${name.padEnd(26)} ${value}`);
}
