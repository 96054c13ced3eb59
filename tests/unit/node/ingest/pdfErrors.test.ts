// PDFs that cannot be read as they are get a code and a sentence a person can act on: a page tree
// that loops, and text drawn with fonts that carry no Unicode map (reported by its pages, not as
// "lines of page furniture"). The PDFs are made here: crafted bytes, or pdfkit with the font's
// Unicode map taken out.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { importFiles, type ImportOptions } from '../../../../src/node/ingest/importFiles';
import { pageList } from '../../../../src/node/ingest/unreadPages';
import { shutdownWorkers } from '../../../../src/node/workers/runTask';
import type { ImportOutcome } from '../../../../src/shared/api';
import { craftPdf, textContent } from './craftPdf';
import { fixturePdf } from './pdfFixtures';

const SENTENCE = 'The foreign minister said on Tuesday that talks with the delegation would resume in Geneva next month.';
// Different words on each page: the same line on every page reads as a running header.
const PAGES = [
  SENTENCE,
  'Officials from both countries met at the border crossing on Wednesday to discuss the reopening of trade routes.',
  'The central bank raised its main interest rate by half a point, citing inflation that reached six percent in March.',
  'Parliament approved the budget on Thursday evening by a majority of twelve votes after a debate that lasted two days.',
];
const HELVETICA = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((f) => rm(f, { recursive: true, force: true })));
});
afterAll(() => shutdownWorkers());

async function importOne(name: string, bytes: Uint8Array, extra: Partial<ImportOptions> = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'attache-pdf-'));
  folders.push(dir);
  await writeFile(join(dir, name), bytes);
  const { sources, outcomes } = await importFiles([join(dir, name)], { maxFileBytes: 1 << 26, existing: new Map(), ...extra });
  return { source: sources[0], outcome: outcomes[0]! };
}

function failed(o: ImportOutcome): { code: string; message: string; file?: string } {
  if (o.status !== 'failed') throw new Error(`expected a failure, got ${JSON.stringify(o)}`);
  return o.error;
}
function added(o: ImportOutcome): { notes: string[] } {
  if (o.status !== 'added') throw new Error(`expected the file added, got ${JSON.stringify(o)}`);
  return o;
}

describe('a PDF page tree that loops', () => {
  const page = (parent: number) =>
    `<< /Type /Page /Parent ${parent} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 6 0 R >> >> /Contents 5 0 R >>`;
  const shapes: Record<string, Uint8Array> = {
    // The root's second kid is a Pages node whose only kid is the root again.
    'kid-is-root.pdf': craftPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>',
      page(2),
      '<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>',
      textContent(SENTENCE),
      HELVETICA,
    ]),
    // Two Pages nodes that hold each other, after one real page.
    'two-nodes.pdf': craftPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 3 >>',
      page(2),
      '<< /Type /Pages /Parent 2 0 R /Kids [7 0 R] /Count 2 >>',
      textContent(SENTENCE),
      HELVETICA,
      '<< /Type /Pages /Parent 4 0 R /Kids [4 0 R] /Count 2 >>',
    ]),
  };
  for (const [name, bytes] of Object.entries(shapes)) {
    it(`${name}: PDF_PAGE_LOOP, naming the file and what to do`, async () => {
      const error = failed((await importOne(name, bytes)).outcome);
      expect(error.code).toBe('PDF_PAGE_LOOP');
      expect(error.file).toBe(name);
      expect(error.message).toMatch(new RegExp(`^${name.replace('.', '\\.')}: this PDF's list of pages loops back on itself`));
      expect(error.message).toMatch(/save or print it to a new PDF/);
      expect(error.message).not.toMatch(/\n\s+at /);
    });
  }

  it('the same page in a tree that does not loop is read', async () => {
    const bytes = craftPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', page(2), '', textContent(SENTENCE), HELVETICA]);
    const { source, outcome } = await importOne('fine.pdf', bytes);
    added(outcome);
    expect(source?.text).toContain('talks with the delegation');
  });
});

// OCR off: what the analyst is told when the pages are not read by OCR (ocr.test.ts reads them).
describe('a PDF whose text cannot be decoded (fonts without a Unicode map), OCR off', () => {
  it('is refused by its pages when no page can be read', async () => {
    const bytes = await fixturePdf(PAGES.slice(1).map((text) => ({ text })), { unicodeMap: false });
    const error = failed((await importOne('glyphs.pdf', bytes, { ocr: false })).outcome);
    expect(error.code).toBe('PDF_UNDECODABLE');
    expect(error.file).toBe('glyphs.pdf');
    expect(error.message).toContain('glyphs.pdf: no words could be read.');
    expect(error.message).toContain('Pages 1–3 hold text that cannot be decoded (fonts without a Unicode map); OCR them or ask for another copy');
  });

  it('names the undecodable pages and keeps the others, with no control characters and no "page furniture"', async () => {
    const { source, outcome } = await importOne('mixed.pdf', await mixedPdf(false), { ocr: false });
    const notes = added(outcome).notes;
    expect(notes).toContain('Pages 2–4 hold text that cannot be decoded (fonts without a Unicode map); OCR them or ask for another copy.');
    expect(notes.join(' ')).not.toMatch(/furniture/);
    expect(source?.text).toContain('talks with the delegation');
    // eslint-disable-next-line no-control-regex
    expect(source?.originalText).not.toMatch(/[\u0000-\u0008\u000e-\u001f]/);
  });

  it('a scan is refused as PDF_SCANNED, naming its page', async () => {
    const error = failed((await importOne('scan.pdf', await fixturePdf([{ scan: SENTENCE }]), { ocr: false })).outcome);
    expect(error.code).toBe('PDF_SCANNED');
    expect(error.message).toBe('scan.pdf: no words could be read. Page 1 is a picture with no text layer (scanned); OCR it or ask for a copy with a text layer.');
  });

  it('the same file with its Unicode map is read whole, without a note', async () => {
    const { source, outcome } = await importOne('mapped.pdf', await mixedPdf(true));
    expect(added(outcome).notes).toEqual([]);
    for (const words of PAGES) expect(source?.originalText).toContain(words);
  });
});

/** Page 1 in Helvetica (a standard font: always decodable), pages 2–4 in an embedded font subset, with or without its map. */
function mixedPdf(unicodeMap: boolean): Promise<Uint8Array> {
  return fixturePdf(PAGES.map((text, i) => (i === 0 ? { text, font: 'Helvetica' as const } : { text })), { unicodeMap });
}

describe('pageList', () => {
  it('names pages in runs', () => {
    expect(pageList([4])).toBe('page 4');
    expect(pageList([2, 3, 4])).toBe('pages 2–4');
    expect(pageList([2, 3, 4, 5, 9, 12])).toBe('pages 2–5, 9 and 12');
    expect(pageList([1, 3])).toBe('pages 1 and 3');
  });
});
