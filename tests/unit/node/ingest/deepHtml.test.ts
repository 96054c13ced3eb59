// Deeply nested pages read in time linear in their size: the tree is flattened below a depth limit
// before Readability, the text walker keeps its own stack, and the analyst is told what happened.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { domToLines } from '../../../../src/node/ingest/domText';
import { MAX_HTML_DEPTH } from '../../../../src/node/ingest/flattenDeep';
import { readHtml } from '../../../../src/node/ingest/readHtml';

const SENTENCE = 'The delegation arrived in Hanoi on Monday for two days of talks on trade and energy with ministers.';

function nested(depth: number): Uint8Array {
  const html = `<!doctype html><html><head><title>Deep</title></head><body>${'<div>'.repeat(depth)}<p>${SENTENCE}</p><p>${SENTENCE}</p>${'</div>'.repeat(depth)}</body></html>`;
  return new TextEncoder().encode(html);
}

function cpuMs(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

describe('deeply nested HTML', () => {
  it('reads 20,000 nested <div>s with its text and a notice naming the depth and the limit', () => {
    const read = readHtml(nested(20_000), 'deep.html');
    expect(read.originalText).toContain(SENTENCE);
    expect(read.notes.join(' ')).toContain('nests 20,002 levels deep');
    expect(read.notes.join(' ')).toContain(`up to ${MAX_HTML_DEPTH} levels`);
  });

  it('gives no notice for a page within the limit', () => {
    const read = readHtml(nested(50), 'shallow.html');
    expect(read.originalText).toContain(SENTENCE);
    expect(read.notes.join(' ')).not.toContain('levels deep');
  });

  it('costs about ten times as much for ten times the depth (not a hundred)', () => {
    readHtml(nested(500), 'warm.html');
    const small = Math.max(cpuMs(() => readHtml(nested(2_000), 'a.html')), 5);
    const large = cpuMs(() => readHtml(nested(20_000), 'b.html'));
    expect(large / small).toBeLessThan(30);
  });

  it('walks a tree far deeper than the call stack without overflowing', () => {
    const depth = 30_000;
    const { document } = parseHTML(`<html><body>${'<span>'.repeat(depth)}deep words${'</span>'.repeat(depth)}</body></html>`);
    expect(domToLines(document.body as unknown as Node)).toEqual(['deep words']);
  });

  it('keeps table rows as "cell | cell" lines, nested tables included', () => {
    const { document } = parseHTML(
      '<html><body><p>Before</p><table><tr><td>a</td><td>b <table><tr><td>x</td><td>y</td></tr></table></td></tr><tr><th>c</th><td></td><td>d</td></tr></table><p>After</p></body></html>',
    );
    expect(domToLines(document.body as unknown as Node)).toEqual(['Before', 'a | b x | y', 'c | d', 'After']);
  });

  it('an empty or comment-only page (no documentElement) fails with HTML_NO_TEXT, not a TypeError', () => {
    for (const html of ['', '<!-- nothing here -->', '<?xml version="1.0"?>']) {
      let caught: unknown;
      try {
        readHtml(new TextEncoder().encode(html), 'blank.html');
      } catch (err) {
        caught = err;
      }
      expect(caught).toMatchObject({ code: 'HTML_NO_TEXT' });
      expect((caught as Error).message).toMatch(/^blank\.html: the page has no readable text/);
    }
  });

  it('reads a page without <html> whose text is bare', () => {
    const read = readHtml(new TextEncoder().encode(`${SENTENCE} ${SENTENCE} ${SENTENCE}`), 'bare.html');
    expect(read.originalText).toContain(SENTENCE);
  });
});
