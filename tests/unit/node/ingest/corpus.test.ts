// Every file of the shared corpora in one import: each is added or fails as its README says,
// and nothing crashes the batch.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Source } from '../../../../src/core/model';
import { importFiles } from '../../../../src/node/ingest/importFiles';
import { shutdownWorkers } from '../../../../src/node/workers/runTask';
import type { ImportOutcome } from '../../../../src/shared/api';

const corpus = fileURLToPath(new URL('../../../../../shared/corpus/', import.meta.url));
const folders = ['pdfs', 'docx', 'html', 'seeds'];
const paths = folders.flatMap((f) => readdirSync(join(corpus, f)).map((name) => join(corpus, f, name)));

let sources: Source[] = [];
let outcomes: ImportOutcome[] = [];
const asked: string[] = [];
const progress: Array<{ file: string; phase: string }> = [];

beforeAll(async () => {
  ({ sources, outcomes } = await importFiles(paths, {
    maxFileBytes: 100 * 1024 * 1024,
    existing: new Map(),
    now: () => '2025-05-01T00:00:00.000Z',
    passwordFor: async (file) => {
      asked.push(file);
      return file === 'issue6010_1.pdf' ? 'abc' : null;
    },
    onProgress: (p) => progress.push({ file: p.file, phase: p.phase }),
  }));
}, 120_000);
afterAll(() => shutdownWorkers());

const outcome = (file: string) => outcomes.find((o) => o.file === file)!;
const source = (file: string) => {
  const s = sources.find((x) => x.fileName === file);
  if (!s) throw new Error(`${file} was not added: ${JSON.stringify(outcome(file))}`);
  return s;
};
const failure = (file: string) => {
  const o = outcome(file);
  if (o.status !== 'failed') throw new Error(`${file} did not fail: ${o.status}`);
  return o.error;
};

describe('importing the shared corpora in one batch', () => {
  it('gives one outcome per file, in order, with progress for each', () => {
    expect(outcomes.map((o) => o.file)).toEqual(paths.map((p) => p.split(/[\\/]/).pop()));
    for (const o of outcomes) expect(['added', 'failed']).toContain(o.status);
    expect(progress.filter((p) => p.phase === 'done')).toHaveLength(paths.length);
  });

  it('PDFs: tracemonkey in reading order with its 14 page starts', () => {
    const s = source('tracemonkey.pdf');
    expect(s.format).toBe('pdf');
    expect(s.pages).toHaveLength(14);
    expect(s.pages[0]).toEqual({ page: 1, offset: 0 });
    for (let i = 1; i < s.pages.length; i++) expect(s.pages[i]!.offset).toBeGreaterThan(s.pages[i - 1]!.offset);
    const t = s.text;
    expect(t.startsWith('Trace-based Just-in-Time Type Specialization for Dynamic')).toBe(true);
    // Two columns: the left column (abstract, introduction) comes before the right one.
    expect(t.indexOf('Abstract')).toBeLessThan(t.indexOf('1. Introduction'));
    expect(t.indexOf('1. Introduction')).toBeLessThan(t.indexOf('and is used for the application logic'));
    // Lines of a paragraph are one line; hyphenated words are whole again.
    expect(t).toContain('more difficult to compile than statically typed ones');
    // Page 2 starts with page 2's words.
    const page2 = t.slice(s.pages[1]!.offset, s.pages[1]!.offset + 200);
    expect(page2.length).toBeGreaterThan(50);
    expect(t.slice(0, s.pages[1]!.offset)).not.toContain(page2.slice(0, 60));
  });

  it('PDFs: damaged ones are recovered or refused clearly', () => {
    expect(source('helloworld-bad.pdf').text).toContain('Hello, world!');
    const xref = outcome('xref_command_missing.pdf');
    if (xref.status === 'failed') expect(xref.error.code).toBe('PDF_DAMAGED');
    else expect(source('xref_command_missing.pdf').text.length).toBeGreaterThan(0);
  });

  it('PDFs: no text, scanned (read by OCR), encrypted', () => {
    const empty = failure('empty.pdf');
    expect(empty.code).toBe('FILE_EMPTY');
    expect(empty.message).toMatch(/^empty\.pdf: no text was found/);
    // The scan's one line, "pdf.js", read by OCR (pdfErrors.test.ts: the refusal with OCR off).
    const scan = source('scan-bad.pdf');
    expect(scan.text.trim()).toBe('pdf.js');
    expect(scan.ocrPages).toEqual([{ page: 1, confidence: expect.any(Number) }]);
    expect(outcome('scan-bad.pdf')).toMatchObject({ notes: [expect.stringMatching(/^Page 1 was read by OCR/)] });
    expect(asked).toEqual(['issue6010_1.pdf']);
    expect(source('issue6010_1.pdf').text.trim().length).toBeGreaterThan(0);
  });

  it('PDFs: Arabic in logical order, vertical Japanese as text', () => {
    const arabic = source('ArabicCIDTrueType.pdf');
    const first = arabic.text.split('\n')[0]!;
    expect(first).toMatch(/^انواع /);
    expect(first).toMatch(/ العربية$/);
    expect(arabic.text).not.toMatch(/[\ufb50-\ufdff\ufe70-\ufeff]/);
    expect(arabic.guessed.language).toBe('ar');
    const japanese = source('vertical.pdf');
    expect(japanese.text).toContain('あいうえお');
    expect(japanese.text).toContain('日本語');
    expect(japanese.guessed.language).toBe('ja');
  });

  it('DOCX: footnotes, tables, lists, strict format, BOM, text boxes', () => {
    const notes = source('footnotes.docx').text;
    expect(notes).toContain('Ouch[1].[2]');
    expect(notes).toMatch(/Notes\n\[1\] A tachyon walks into a bar\.\n\[2\] Fin\./);
    expect(notes).not.toContain('↑');
    expect(source('tables.docx').text).toBe('Above\nTop left | Top right\nBottom left | Bottom right\nBelow');
    expect(source('simple-list.docx').text).toBe('Apple\nBanana');
    expect(source('strict-format.docx').text).toBe('Test');
    expect(source('utf8-bom.docx').text).toBe('This XML has a byte order mark.');
    expect(source('text-box.docx').text).toContain('Datum plane');
  });

  it('DOCX: an empty document and a zip that holds none fail with their own reasons', () => {
    const empty = failure('empty.docx');
    expect(empty.code).toBe('FILE_EMPTY');
    expect(empty.message).toMatch(/^empty\.docx: no text was found/);
    const notDoc = failure('not-a-document.docx');
    expect(notDoc.code).toBe('DOCX_INVALID');
    expect(notDoc.message).toMatch(/^not-a-document\.docx: this is not a Word document/);
  });

  it('HTML: title, byline, site and language as the page states them', () => {
    for (const page of ['bbc-1', 'guardian-1', 'lemonde-1', 'nytimes-1']) {
      const expected = JSON.parse(readFileSync(join(corpus, 'html', `${page}.expected-metadata.json`), 'utf8')) as Record<string, string | null>;
      const s = source(`${page}.html`);
      expect(s.format).toBe('html');
      expect(s.guessed.title, page).toBe(expected.title);
      expect(s.guessed.author, page).toBe(expected.byline);
      expect(s.guessed.outlet, page).toBe(expected.siteName);
      expect(s.guessed.language, page).toBe(expected.lang);
      expect(s.guessed.publishedAt, page).toBe(expected.publishedTime ? expected.publishedTime.slice(0, 10) : null);
      // Script and style content never becomes text.
      expect(s.text, page).not.toMatch(/function\s*\(|window\.|document\.|\{\s*[a-z-]+\s*:/);
      expect(s.text.length, page).toBeGreaterThan(1000);
    }
    const guardian = failure('guardian-1.expected-metadata.json');
    expect(guardian.code).toBe('FORMAT_UNSUPPORTED');
  });

  it('web captures saved as text: cleaned, with their original kept', () => {
    const s = source('003_436ffd394aaf67b1.txt');
    expect(s.originalText).toContain('Related');
    expect(s.text).not.toContain('Viết bình luận');
    expect(s.removed.length).toBeGreaterThan(10);
    expect(s.guessed.outlet).toBe('VOV.VN');
    expect(s.reliability).toBe('F');
    expect(s.edited).toEqual({});
    expect(s.importedAt).toBe('2025-05-01T00:00:00.000Z');
    expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
