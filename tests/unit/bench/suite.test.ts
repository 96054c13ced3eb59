// The benchmark suite cannot rot: its smoke level runs every bench module on a tiny size and each
// must report, in the suite's shape, every figure of issue 11's table it is named for. No value
// is checked, and no target: those are the full run's, printed, on a machine whose timings vary.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISSUE_TABLE, holds, issueTableMarkdown } from '../../../bench/figure';
import { runSuite } from '../../../bench/run';

const bench = join(__dirname, '../../../bench');

describe('npm run bench -- --smoke', () => {
  it('runs every bench module and reports every figure of the table each is named for', async () => {
    const result = await runSuite({ level: 'smoke', stdio: 'pipe' });
    expect(result.failed.map((f) => `${f.module} (exit ${f.status}): ${f.output.slice(-2000)}`)).toEqual([]);
    const keys = new Set(result.figures.map((f) => f.key));
    const owned = ISSUE_TABLE.filter((row) => row.module && existsSync(join(bench, `${row.module}.ts`)));
    expect(owned.length).toBeGreaterThanOrEqual(5);
    for (const row of owned)
      for (const key of row.keys) expect(keys, `${row.figure} (bench/${row.module}.ts)`).toContain(key);
    for (const figure of result.figures) {
      expect(Number.isFinite(figure.value), figure.key).toBe(true);
      expect(figure.runs.length, figure.key).toBeGreaterThan(0);
      if (figure.floor) expect(Number.isFinite(figure.ratio), figure.key).toBe(true);
      expect([true, false, null]).toContain(holds(figure));
    }
    expect(issueTableMarkdown(result.figures)).toMatch(/^\| figure \| measured/);
  }, 120_000);
});
