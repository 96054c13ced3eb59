// A page that nests elements thousands deep (generated or hostile: 0.2 MB of <div>s) is read, not
// timed out: its visible text is imported, without the article search whose cost grows faster
// than the depth, and the walker that turns the tree into lines keeps no call stack per level.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../../../src/node/ingest/readHtml';
import { readMarkdown } from '../../../../src/node/ingest/readMarkdown';

const nested = (depth: number) =>
  `<html><body>${'<div>'.repeat(depth)}<p>The envoys met in Oslo on Monday and agreed a ceasefire.</p>${'</div>'.repeat(depth)}` +
  `<p>${'Talks resume next week, officials said. '.repeat(8)}</p></body></html>`;

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
function bestOf(run: () => unknown): number {
  let min = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = cpuMs();
    run();
    min = Math.min(min, cpuMs() - t0);
  }
  return min;
}

describe('pages nested thousands deep', () => {
  it('are read, with a note saying how deep and what Attaché did', () => {
    const result = readHtml(new TextEncoder().encode(nested(20_000)), 'deep.html');
    expect(result.originalText).toContain('The envoys met in Oslo on Monday and agreed a ceasefire.');
    expect(result.originalText).toContain('Talks resume next week');
    expect(result.notes.join(' ')).toMatch(/^This page nests 20,00\d levels deep; Attaché looks for the article only in pages up to 400 levels/);
  });

  it('cost about in proportion to their depth (2,000 against 20,000 levels)', () => {
    const small = new TextEncoder().encode(nested(2_000));
    const large = new TextEncoder().encode(nested(20_000));
    readHtml(small, 'warm.html');
    const ratio = bestOf(() => readHtml(large, 'l.html')) / Math.max(1, bestOf(() => readHtml(small, 's.html')));
    // Against the floor of parsing the same pages (linear, about 10): Readability on such trees
    // grew with the square of the depth (60 s at 20,000), and childNodes at each level did too.
    const [smallText, largeText] = [new TextDecoder().decode(small), new TextDecoder().decode(large)];
    const floor = bestOf(() => parseHTML(largeText)) / Math.max(1, bestOf(() => parseHTML(smallText)));
    expect(ratio / floor).toBeLessThan(3);
  });

  it('a shallow page is still searched for its article', () => {
    const result = readHtml(new TextEncoder().encode(nested(5)), 'shallow.html');
    expect(result.notes.join(' ')).not.toMatch(/levels deep/);
  });

  it('Markdown quoting 8,000 levels deep is read too (no stack overflow)', async () => {
    const text = `${'>'.repeat(8_000)} The envoys met in Oslo.\n\nThe talks resume next week.\n`;
    const result = await Promise.resolve(readMarkdown(new TextEncoder().encode(text), 'deep.md'));
    expect(result.originalText).toContain('The talks resume next week.');
  });
});
