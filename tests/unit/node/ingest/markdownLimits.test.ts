// Markdown that would take micromark minutes or gigabytes (nesting, open brackets, huge tables) is
// found by one linear pass and read as plain text, with a note naming the limit; Markdown within
// the limits is read as Markdown, without a note. Inputs from the hostile suite's shapes.
import { describe, expect, it } from 'vitest';
import { markdownOverLimit, MAX_QUOTE_DEPTH } from '../../../../src/node/ingest/markdownLimits';
import { readMarkdown } from '../../../../src/node/ingest/readMarkdown';

const SENTENCE = 'The ministers met in Hanoi on Monday and signed a trade agreement.';
const read = (md: string) => readMarkdown(new TextEncoder().encode(md), 'deep.md');

const HOSTILE: Record<string, string> = {
  'block quotes 50,000 deep': `${'>'.repeat(50_000)} ${SENTENCE}`,
  'lists nested 1,500 deep': Array.from({ length: 1_500 }, (_, i) => `${'  '.repeat(i)}- ${SENTENCE}`).join('\n'),
  '50,000 open brackets': `${'['.repeat(50_000)}${SENTENCE}${']'.repeat(50_000)}`,
  'a table of 60,000 cells': ['| a | b | c |', '|---|---|---|', ...Array.from({ length: 20_000 }, (_, i) => `| ${i} | ${i + 1} | ${i + 2} |`), '', SENTENCE].join('\n'),
  '5,000 lines quoted 20 deep': Array.from({ length: 5_000 }, () => `${'> '.repeat(20)}${SENTENCE}`).join('\n'),
};

describe('Markdown past its limits', () => {
  for (const [name, md] of Object.entries(HOSTILE)) {
    it(`${name}: read as plain text, every word kept, with a note naming the limit`, () => {
      const result = read(md);
      expect(result.originalText).toContain(SENTENCE);
      expect(result.notes).toHaveLength(1);
      expect(result.notes[0]).toMatch(/^This Markdown was read as plain text: .*Attaché reads Markdown .*up to [\d,]+/);
    });
  }

  it('names the depth it found and the limit', () => {
    expect(markdownOverLimit(`${'>'.repeat(5_000)} ${SENTENCE}`)).toBe(`its block quotes nest 5,000 levels deep; Attaché reads Markdown up to ${MAX_QUOTE_DEPTH} levels`);
  });

  it('reads Markdown within the limits as Markdown, without a note', () => {
    const md = `# Visit\n\n> quoted\n>> twice\n\n- a\n  - b\n    - c\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nSee [the release](https://example.invalid) [^1].\n\n[^1]: A note.`;
    const result = read(md);
    expect(result.notes).toEqual([]);
    expect(result.originalText).not.toContain('|---|');
    expect(result.originalText).toContain('1 | 2');
  });

  it('the check is linear: ten times the text costs about ten times the CPU', () => {
    const unit = `${'> '.repeat(3)}${SENTENCE} [link](x) | cell |\n    code\n`;
    const cpu = (times: number) => {
      const text = unit.repeat(times);
      const start = process.cpuUsage();
      for (let k = 0; k < 5; k++) markdownOverLimit(text);
      const used = process.cpuUsage(start);
      return used.user + used.system;
    };
    cpu(2_000); // warm up
    const ratio = cpu(200_000) / cpu(20_000);
    expect(ratio).toBeGreaterThan(3);
    expect(ratio).toBeLessThan(30);
  });
});
