// The five sample articles through clean → extract → group, scored by the shared gold scorer.
// Needs ../shared (the gold and the scorer) next to the repository; skipped, with a message,
// where it is absent.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scoreFolder } from './goldScore';

const shared = resolve(__dirname, '../../../../../shared');
const scorer = join(shared, 'tools', 'score-facts.mjs');
const gold = join(shared, 'gold', 'seeds.json');
const seeds = join(shared, 'corpus', 'seeds');
const present = existsSync(scorer) && existsSync(gold) && existsSync(seeds);
if (!present) console.warn(`seeds test skipped: ${shared} (gold and scorer) is not next to the repository`);

describe.skipIf(!present)('the five sample articles against the gold', () => {
  it('meets the targets for recall, values, corroboration and conflicts', () => {
    const score = scoreFolder(seeds, gold, scorer);
    expect(score.factRecall).toBeGreaterThanOrEqual(0.9);
    expect(score.valueAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(score.corroborationFull).toBeGreaterThanOrEqual(0.8);
    expect(score.conflictRecall).toBe(1);
    expect(score.spuriousConflicts).toBe(0);
    expect(score.boilerplateLeaks).toBe(0);
  });
});
