// Markdown read by a CommonMark parser (micromark, with GFM and front matter), not by regexes:
// entities decoded, autolinks and footnotes kept, the front matter's date read as the
// publication date, raw HTML parsed as text only.
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../../../src/node/ingest/readMarkdown';
import { readSource } from '../../../../src/node/ingest/readSource';

const read = (md: string) => readMarkdown(Buffer.from(md), 'notes.md');
const lines = (md: string) => read(md).originalText.split('\n');

describe('Markdown through micromark', () => {
  it('decodes entities and keeps backslash escapes as the characters', () => {
    expect(lines('AT&amp;T paid &euro;5&nbsp;million &#8212; &copy; 2024, \\*not emphasis\\*.')).toEqual([
      'AT&T paid €5 million — © 2024, *not emphasis*.',
    ]);
  });

  it('keeps autolinks and bare web addresses as text', () => {
    expect(lines('See <https://example.org/report> or www.example.org/data, and mail <press@example.org>.')).toEqual([
      'See https://example.org/report or www.example.org/data, and mail press@example.org.',
    ]);
  });

  it('keeps footnotes: "[1]" where the reference is, the note with its mark at the end', () => {
    const md = ['The minister said exports rose 12 percent.[^src] Talks resume in May.[^2]', '', '[^src]: Reported by Reuters on 2 April.', '[^2]: Ministry statement.'].join('\n');
    const out = lines(md);
    expect(out[0]).toBe('The minister said exports rose 12 percent.[1] Talks resume in May.[2]');
    expect(out).toContain('[1] Reported by Reuters on 2 April.');
    expect(out).toContain('[2] Ministry statement.');
    expect(out.join('\n')).not.toMatch(/↩/);
  });

  it('reads the front matter: title, author, and date as the publication date; none of it is text', async () => {
    const md = ['---', 'title: "Visit notes"', 'author: Jan de Vries', 'date: 2024-05-01T10:00:00Z', 'tags: [trade]', '---', '', 'The delegation arrived on Monday.'].join('\n');
    const result = read(md);
    expect(result.hints).toEqual({ title: 'Visit notes', author: 'Jan de Vries', publishedAt: '2024-05-01' });
    expect(result.originalText).toBe('The delegation arrived on Monday.');
    const source = await readSource({ fileName: 'notes.md', bytes: Buffer.from(md) });
    expect(source.cleaned.meta.publishedAt).toBe('2024-05-01');
    expect(read(['---', 'date: 2024-02-30', '---', 'Text.'].join('\n')).hints.publishedAt).toBeUndefined();
    expect(read(['---', "date: '2023-09-08'", '---', 'Text.'].join('\n')).hints.publishedAt).toBe('2023-09-08');
  });

  it('joins a hard-wrapped paragraph into one line and takes the first heading as the title', () => {
    const result = read(['Visit of the Prime Minister', '===========', '', 'The visit ran from 27 to', '29 April in *Hanoi*.'].join('\n'));
    expect(result.hints.title).toBe('Visit of the Prime Minister');
    expect(result.originalText.split('\n')).toEqual(['Visit of the Prime Minister', '', 'The visit ran from 27 to 29 April in Hanoi.']);
  });

  it('parses raw HTML as text only: scripts and styles never become words', () => {
    const out = read('Trade rose <b>sharply</b>.<script>alert("x")</script><style>p{}</style>\n\n<div>A block of <i>HTML</i>.</div>').originalText;
    expect(out).toBe('Trade rose sharply.\n\nA block of HTML.');
  });

  it('reads code blocks line by line and tables row by row', () => {
    const md = ['```', 'line one', '  line two', '```', '', '| Year | Trade |', '| --- | ---: |', '| 2024 | 46.2 |'].join('\n');
    expect(lines(md)).toEqual(['line one', 'line two', '', 'Year | Trade', '2024 | 46.2']);
  });
});
