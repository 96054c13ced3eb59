// Real coverage of four events, four or five outlets each (../shared/corpus/events), through the
// whole pipeline the app runs (`attache extract`, via the shared score-events tool), txt and the
// html twins. The floors sit a little under what the engine reaches today, so that nothing slips
// back. Conflicts and corroborated hold issue 10's goals (≥ 0.75, ≥ 0.60; today 0.771 and
// 0.610). Skipped, with a message, without ../shared.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../../../..');
const tool = resolve(root, '../shared/tools/score-events.mjs');
const corpus = resolve(root, '../shared/corpus/events');
const present = existsSync(tool) && existsSync(corpus);
if (!present) console.warn(`events test skipped: ${tool} or ${corpus} is not next to the repository`);

interface Summary {
  factRecall: number;
  valueAccuracy: number;
  corroborationFull: number;
  groupingPrecision: number;
  conflictRecall: number;
  spuriousConflicts: number;
  boilerplateLeaks: number;
  boilerplateLeftInText: number;
  boilerplateLines: number;
  contentLost: number;
}

function score(html: boolean): Summary {
  const args = [tool, ...(html ? ['--html'] : []), '--json', corpus];
  return (JSON.parse(execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as { summary: Summary }).summary;
}

describe.skipIf(!present)('real coverage of four events against their gold', () => {
  for (const html of [false, true]) {
    it(`keeps its floors${html ? ' with the html twins' : ''}`, { timeout: 240_000 }, () => {
      const s = score(html);
      expect(s.factRecall).toBeGreaterThanOrEqual(0.97);
      expect(s.valueAccuracy).toBeGreaterThanOrEqual(0.92);
      expect(s.corroborationFull).toBeGreaterThanOrEqual(0.6);
      expect(s.groupingPrecision).toBeGreaterThanOrEqual(0.95);
      expect(s.conflictRecall).toBeGreaterThanOrEqual(0.75);
      expect(s.spuriousConflicts).toBe(0);
      expect(s.boilerplateLeaks).toBeLessThanOrEqual(4);
      expect(s.boilerplateLeftInText / s.boilerplateLines).toBeLessThanOrEqual(0.05);
      expect(s.contentLost).toBe(0);
    });
  }
});
