// The headless main job, run as a person runs it (`npm run demo` is this command, the command line
// built into out/cli): the PDF it writes is read back with poppler and qpdf, as a reviewer would.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfFonts, pdfInfo, pdfText, pdfWords, qpdfCheck } from '../node/pdf/pdfTools';

const root = resolve(__dirname, '../../..');
let dir: string;
let output: string;
let pdf: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attache-demo-'));
  output = execFileSync(process.execPath, [join(root, 'bin/attache.mjs'), 'demo', '--out', dir], { encoding: 'utf8', cwd: root, timeout: 110_000 });
  pdf = join(dir, 'brief.pdf');
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('attache demo', () => {
  it('says what it did, including what it verified on the analyst’s behalf', () => {
    expect(output).toMatch(/imported 5 sample articles/);
    expect(output).toMatch(/marked \d+ corroborated facts verified at their suggested credibility \(\d+ at [1-6]/);
    expect(output).toMatch(/Key messages: [1-5] points?;/);
    expect(output).toContain(pdf);
  });

  it('prints names and figures exactly, with every font embedded', () => {
    const text = pdfText(pdf);
    expect(text).toContain('Tô Lâm');
    expect(text).toContain('US$46.2 billion');
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => f.emb !== 'yes')).toEqual([]);
  });

  it('is a well-formed, tagged PDF with its title', () => {
    const check = qpdfCheck(pdf);
    expect(check.status, check.output).toBe(0);
    expect(check.output).toContain('No syntax or stream encoding errors found');
    expect(check.output).not.toMatch(/^(?:WARNING|ERROR)/m);
    const info = pdfInfo(pdf);
    expect(info['Tagged']).toBe('yes');
    expect(info['Title']).toBe('Demo: Japan–Vietnam visit brief');
  });

  it('has an endnote for every citation number in the body, and every endnote is cited', () => {
    const cited = new Set<number>();
    for (const w of pdfWords(pdf)) {
      // Superscripts are the short numeric words; page numbers and body figures are taller.
      if (/^\d+$/.test(w.text) && w.height < 10) cited.add(Number(w.text));
      const bracket = /^\[(\d+)\]$/.exec(w.text);
      if (bracket) cited.add(Number(bracket[1]));
    }
    const text = pdfText(pdf);
    const notes = [...text.slice(text.lastIndexOf('\nSources')).matchAll(/^\s*(\d+)\.\s{2,}/gm)].map((m) => Number(m[1]));
    expect(notes.length).toBeGreaterThan(3);
    expect(notes).toEqual(Array.from({ length: notes.length }, (_, i) => i + 1));
    expect([...cited].sort((a, b) => a - b)).toEqual(notes);
  });

  it('names outlets, not files, in the key figures, and says what to write under an empty Issues', () => {
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    const table = text.slice(text.indexOf('Indicator Value As of Sources'), text.indexOf('Areas of cooperation', text.indexOf('Indicator')));
    expect(table).toContain('US$46.2 billion');
    expect(table).not.toMatch(/\.txt\b/);
    expect(table).not.toMatch(/\b(?:US|previous)\s+\d{4}\b/);
    const issues = text.slice(text.lastIndexOf('Issues and sensitivities') + 24, text.lastIndexOf(' Sources Grades:'));
    expect(issues.trim().length).toBeGreaterThan(20);
  });

  it('quotes each source sentence once in the endnotes, later notes pointing back to it', () => {
    const text = pdfText(pdf);
    const notes = text.slice(text.lastIndexOf('\nSources')).replace(/\s+/g, ' ');
    const quotes = [...notes.matchAll(/graded [A-F][1-6]\. “([^”]+)”/g)].map((m) => m[1]);
    expect(quotes.length).toBeGreaterThan(5);
    expect(new Set(quotes).size).toBe(quotes.length);
  });

  it('never quotes the same sentence twice in the body, and keeps the project it built', async () => {
    const body = pdfText(pdf).split('\nSources')[0]!.replace(/\s+/g, ' ');
    const bullets = body.split('• ').slice(1).map((b) => b.replace(/\d+\s*$/, '').trim().slice(0, 60));
    expect(new Set(bullets).size).toBe(bullets.length);
    const project = JSON.parse(await readFile(join(dir, 'demo.attache'), 'utf8')) as { sources: unknown[]; brief: unknown };
    expect(project.sources).toHaveLength(5);
    expect(project.brief).not.toBeNull();
  });
});
