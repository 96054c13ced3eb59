import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../src/core/clean';
import { unwrapLines, wrapWidth } from '../../../../src/core/clean/unwrap';

function wrap(text: string, width: number): string {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out.join('\n');
}

const P1 =
  'OSLO, 3 February 2026 — Ministers from the four Nordic states agreed on Tuesday to pool 1.4 billion euros for a shared grid, the Norwegian energy ministry said in a statement released after the talks.';
const P2 =
  'The fund, the largest of its kind in the region, will pay for 620 kilometres of new lines by 2030, officials said. Finland will contribute about 30 percent of the total.';

describe('hard-wrapped text', () => {
  it('puts each wrapped paragraph back on one line, so sentences are whole', () => {
    const raw = `Nordic grid fund agreed\n\n${wrap(P1, 72)}\n\n${wrap(P2, 72)}\n`;
    expect(wrapWidth(raw.split('\n'))).not.toBeNull();
    const { text, meta } = cleanArticle(raw);
    expect(text.split('\n\n')).toEqual(['Nordic grid fund agreed', P1, P2]);
    expect(meta.publishedAt).toBe('2026-02-03');
  });

  it('leaves long-line web captures, list items and short ragged lines alone', () => {
    const capture = [P1, '', P2, ''].join('\n');
    expect(unwrapLines(capture.split('\n')).map((l) => l.text)).toEqual(capture.split('\n'));
    const list = ['The agreement covers the following areas of cooperation between them:', '- energy and grid links across the borders', '- research on storage and hydrogen projects', '- training for engineers'];
    expect(unwrapLines(list).map((l) => l.text)).toEqual(list);
    const menu = ['Home', 'World', 'Business', 'Opinion', 'Sport'];
    expect(unwrapLines(menu)).toHaveLength(5);
  });

  it('joins a line that stops mid-sentence with one that goes on in lower case, even in short texts', () => {
    const lines = ['Donors pledged $2.3 billion in humanitarian aid at a conference on Saturday,', 'the European Commission said.'];
    expect(unwrapLines(lines)).toEqual([{ text: `${lines[0]} ${lines[1]}`, raw: [0, 1] }]);
  });

  it('names dropped lines by their first line in the file, and restores them by it', () => {
    const related = wrap('Related: Nordic ministers to meet again in Helsinki next spring to review the fund and its first projects, officials said on Tuesday evening', 72);
    const raw = `${wrap(P1, 72)}\n\n${wrap(P2, 72)}\n\nRelated news\n${related}\n`;
    const cleaned = cleanArticle(raw);
    const dropped = cleaned.removed.find((r) => r.text.startsWith('Related news'));
    expect(dropped).toBeDefined();
    expect(raw.split('\n')[dropped!.line]).toBe('Related news');
    const back = cleanArticle(raw, { restoredLines: [dropped!.line] });
    expect(back.text).toContain('Related news');
  });
});
