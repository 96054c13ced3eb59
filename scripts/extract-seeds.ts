// Extraction over text files without a project, workers or a store: clean → extract → group, then
// the extraction JSON contract on stdout. For tuning the extractor quickly:
//   node --import tsx scripts/extract-seeds.ts ../shared/corpus/seeds/*.txt > /tmp/out.json
//   node ../shared/tools/score-facts.mjs ../shared/gold/seeds.json /tmp/out.json
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createHash } from 'node:crypto';
import { cleanArticle } from '../src/core/clean';
import { extractFacts } from '../src/core/extract';
import { groupFacts } from '../src/core/verify';
import { stableId } from '../src/core/ids';

const sources = [];
const facts = [];
for (const file of process.argv.slice(2)) {
  const bytes = readFileSync(file);
  const raw = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const clean = cleanArticle(raw);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const id = stableId('src', sha256);
  sources.push({ id, fileName: basename(file), sha256, ...clean.meta, text: clean.text, removed: clean.removed });
  facts.push(...extractFacts({ sourceId: id, text: clean.text, publishedAt: clean.meta.publishedAt ?? null }));
}
const groups = groupFacts(facts);
process.stdout.write(JSON.stringify({ version: 1, sources, facts: facts.map((f) => ({ ...f, status: 'unverified' })), groups }, null, 1));
