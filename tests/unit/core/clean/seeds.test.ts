// The five sample web captures against the gold: every furniture line goes, every fact's words stay.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../src/core/clean';

interface Gold {
  sources: Record<string, { outlet: string | null; author?: string }>;
  facts: Array<{ id: string; surface: Record<string, string> }>;
  boilerplate_lines: Record<string, string[]>;
}

const gold = JSON.parse(readFileSync(new URL('../../../../../shared/gold/seeds.json', import.meta.url), 'utf8')) as Gold;
const seedText = (file: string) => readFileSync(new URL(`../../../../../shared/corpus/seeds/${file}`, import.meta.url), 'utf8');
const files = Object.keys(gold.sources);

describe('cleaning the five sample captures', () => {
  it('drops all 27 page-furniture lines of the gold', () => {
    let dropped = 0;
    let total = 0;
    const left: string[] = [];
    for (const file of files) {
      const kept = new Set(cleanArticle(seedText(file)).text.split('\n').map((l) => l.trim()));
      for (const line of gold.boilerplate_lines[file] ?? []) {
        total++;
        if (kept.has(line.trim())) left.push(`${file}: ${line}`);
        else dropped++;
      }
    }
    expect(total).toBe(27);
    expect(left).toEqual([]);
    expect(dropped).toBe(27);
  });

  it('keeps every gold surface phrase in the cleaned text', () => {
    const lost: string[] = [];
    for (const file of files) {
      const text = cleanArticle(seedText(file)).text;
      for (const fact of gold.facts) {
        const surface = fact.surface[file];
        if (surface !== undefined && !text.includes(surface)) lost.push(`${fact.id} ${file}: ${surface}`);
      }
    }
    expect(lost).toEqual([]);
  });

  it('keeps headings and list items of the article', () => {
    const text = cleanArticle(seedText('001_4e6e06b261fcc8c0.txt')).text;
    expect(text).toContain('Strengthening Comprehensive Strategic Partnership\n');
    expect(text).toContain('\nReinforcing political trust\n');
    expect(text).toContain('\nA Vision for the Next 50 Years\n');
    const caption = cleanArticle(seedText('004_42533ce60c9ed3a3.txt')).text;
    expect(caption).toContain('Photo: Vietnam News Agency');
    expect(caption).toContain('Meeting with the Japan-Vietnam Parliamentary Friendship Alliance');
  });

  it('records each dropped line with its original index, words and a reason', () => {
    const raw = seedText('003_436ffd394aaf67b1.txt');
    const rawLines = raw.split('\n');
    const { removed } = cleanArticle(raw);
    expect(removed.length).toBeGreaterThan(10);
    for (const r of removed) expect(rawLines[r.line]).toBe(r.text);
    const reasons = new Map(removed.map((r) => [r.text, r.reason]));
    expect(reasons.get('Mời quý độc giả theo dõi VOV.VN trên')).toBe('follow');
    expect(reasons.get('Related')).toBe('related');
    expect(reasons.get('This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.')).toBe('notice');
  });

  it('keeps a line the analyst restored, and only that one', () => {
    const raw = seedText('004_42533ce60c9ed3a3.txt');
    const before = cleanArticle(raw);
    const shareLine = before.removed.find((r) => r.text === 'Share:')!;
    const after = cleanArticle(raw, { restoredLines: [shareLine.line] });
    expect(after.text.split('\n')).toContain('Share:');
    expect(after.removed.length).toBe(before.removed.length - 1);
  });

  it('guesses outlet, author, title and language the way the gold states them', () => {
    for (const file of files) {
      const { meta } = cleanArticle(seedText(file));
      expect(meta.outlet, file).toBe(gold.sources[file]!.outlet);
      expect(meta.language, file).toBe('en');
      if (gold.sources[file]!.author) expect(meta.author, file).toBe(gold.sources[file]!.author);
    }
    const byline = cleanArticle(seedText('002_21c97565a188d712.txt'));
    expect(byline.text).not.toMatch(/Tran Thuong\s*$/);
    expect(byline.removed).toContainEqual({ line: 14, text: 'Tran Thuong', reason: 'byline' });
    expect(cleanArticle(seedText('004_42533ce60c9ed3a3.txt')).meta.title).toBe(
      'Vietnam, Japan lift bilateral relations to comprehensive strategic partnership',
    );
  });
});
