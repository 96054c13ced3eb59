// The five sample articles through clean → extract → group, scored by the shared gold scorer.
// Needs ../shared (the gold and the scorer) next to the repository; skipped, with a message,
// where it is absent.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { cleanArticle } from '../../../../src/core/clean';
import { extractFacts } from '../../../../src/core/extract';
import { groupFacts } from '../../../../src/core/verify';
import { stableId } from '../../../../src/core/ids';
import type { Fact } from '../../../../src/core/model';

const shared = resolve(__dirname, '../../../../../shared');
const scorer = join(shared, 'tools', 'score-facts.mjs');
const gold = join(shared, 'gold', 'seeds.json');
const seeds = join(shared, 'corpus', 'seeds');
const present = existsSync(scorer) && existsSync(gold) && existsSync(seeds);
if (!present) console.warn(`seeds test skipped: ${shared} (gold and scorer) is not next to the repository`);

describe.skipIf(!present)('the five sample articles against the gold', () => {
  it('meets the targets for recall, values, corroboration and conflicts', () => {
    const sources = [];
    const facts: Fact[] = [];
    for (const name of readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) {
      const bytes = readFileSync(join(seeds, name));
      const clean = cleanArticle(bytes.toString('utf8').replace(/^\uFEFF/, ''));
      const id = stableId('src', createHash('sha256').update(bytes).digest('hex'));
      sources.push({ id, fileName: name, text: clean.text, removed: clean.removed });
      facts.push(...extractFacts({ sourceId: id, text: clean.text, publishedAt: clean.meta.publishedAt ?? null }));
    }
    const dir = mkdtempSync(join(tmpdir(), 'attache-seeds-'));
    try {
      const out = join(dir, 'extraction.json');
      writeFileSync(out, JSON.stringify({ version: 1, sources, facts, groups: groupFacts(facts) }));
      const score = JSON.parse(execFileSync(process.execPath, [scorer, gold, out, '--json'], { encoding: 'utf8' }));
      expect(score.factRecall).toBeGreaterThanOrEqual(0.9);
      expect(score.valueAccuracy).toBeGreaterThanOrEqual(0.9);
      expect(score.corroborationFull).toBeGreaterThanOrEqual(0.8);
      expect(score.conflictRecall).toBe(1);
      expect(score.spuriousConflicts).toBe(0);
      expect(score.boilerplateLeaks).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
