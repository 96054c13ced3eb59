// Reference dump for speed work: every corpus's facts and groups as JSON, so a change that should
// only be faster can be proven to change no output byte. Not part of the app or the tests.
//   node --import tsx scripts/dev/refcheck.ts OUT_DIR        (then: diff -r BEFORE_DIR OUT_DIR)
// Corpora: ../shared/corpus/events (txt and each folder's html twin swapped in, as
// score-events.mjs --html does), ../shared/corpus/seeds, tests/fixtures/unseen (per event and
// together), and groupFacts over the first 300 bench articles and over all 1,000.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { cliSession } from '../../src/cli/cliSession';
import { toExtractionJson } from '../../src/node/service';
import { cleanArticle } from '../../src/core/clean';
import { extractFacts } from '../../src/core/extract';
import { groupFacts } from '../../src/core/verify';
import type { Fact } from '../../src/core/model';
import { benchArticles } from '../../bench/extract';

const out = resolve(process.argv[2] ?? '/tmp/refcheck');
mkdirSync(out, { recursive: true });
const root = resolve(import.meta.dirname, '..', '..');
const shared = resolve(root, '..', 'shared', 'corpus');

/** The CLI's own pipeline (reader, cleaning, worker, grouping) over a list of files. */
async function pipeline(files: string[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'refcheck-'));
  const session = cliSession();
  try {
    await session.createAt(join(dir, 'ref.attache'), 'ref');
    const report = await session.addSources(files);
    const failures = report.outcomes.filter((o) => o.status !== 'added');
    const json = toExtractionJson(session.project);
    // Whole fact and group objects too, beyond what the extraction contract prints.
    return JSON.stringify({ failures, json, facts: session.project.facts, groups: session.project.groups }, null, 1);
  } finally {
    await session.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const jobs: Array<[string, string[]]> = [];
const events = join(shared, 'events');
for (const name of readdirSync(events).sort()) {
  const dir = join(events, name);
  if (!existsSync(join(dir, 'gold.json'))) continue;
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8'));
  const txt = Object.keys(gold.sources ?? {}).map((f) => join(dir, f));
  jobs.push([`events-${name}-txt`, txt]);
  if (gold.html_versions) {
    const swap = new Map(Object.entries(gold.html_versions as Record<string, { twin: string }>).map(([h, v]) => [v.twin, h]));
    jobs.push([`events-${name}-html`, txt.map((f) => (swap.has(basename(f)) ? join(dir, swap.get(basename(f))!) : f))]);
  }
}
const listTxt = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
jobs.push(['seeds', listTxt(join(shared, 'seeds'))]);
const unseen = listTxt(join(root, 'tests', 'fixtures', 'unseen'));
jobs.push(['unseen-all', unseen]);
for (const e of ['e1', 'e2', 'e3']) jobs.push([`unseen-${e}`, unseen.filter((f) => basename(f).startsWith(e))]);

for (const [name, files] of jobs) {
  writeFileSync(join(out, `${name}.json`), await pipeline(files));
}

const facts: Fact[] = [];
benchArticles(300).forEach((raw, i) => {
  const clean = cleanArticle(raw);
  facts.push(...extractFacts({ sourceId: `src_${i}`, text: clean.text, publishedAt: clean.meta.publishedAt ?? null }));
});
writeFileSync(join(out, 'bench-facts.json'), JSON.stringify(facts, null, 1));
writeFileSync(join(out, 'bench-groups.json'), JSON.stringify(groupFacts(facts), null, 1));
// All 1,000 bench articles too: some paths (big buckets, many sources per figure) show only at scale.
const all: Fact[] = [];
benchArticles(1000).forEach((raw, i) => {
  const clean = cleanArticle(raw);
  all.push(...extractFacts({ sourceId: `src_${i}`, text: clean.text, publishedAt: clean.meta.publishedAt ?? null }));
});
writeFileSync(join(out, 'bench1000-facts.json'), JSON.stringify(all));
writeFileSync(join(out, 'bench1000-groups.json'), JSON.stringify(groupFacts(all)));
console.log(`${jobs.length + 4} dumps in ${out}`);
