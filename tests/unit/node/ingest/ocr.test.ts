// OCR, offline: a scan made here (known text drawn onto a bitmap, put alone on a PDF page) is read
// back with at least 95 % of its words right, and so are pages whose text has no Unicode map;
// the pages are marked as OCR'd with their confidence, progress is reported per page, and the
// import can be cancelled while OCR runs. One page per case: OCR takes seconds a page.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, sep } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { importFiles, type ImportOptions, type ImportProgress } from '../../../../src/node/ingest/importFiles';
import { ocrPaths } from '../../../../src/node/ingest/ocrPdf';
import { shutdownWorkers } from '../../../../src/node/workers/runTask';
import type { ImportOutcome } from '../../../../src/shared/api';
import { fixturePdf } from './pdfFixtures';

const TEXT =
  'The Minister of Foreign Affairs, Anna Lindqvist, said on Tuesday that the delegation from Warsaw would arrive ' +
  'in Geneva on 14 March for three days of talks on grain exports, energy prices and the border crossings that ' +
  'were closed in January. Officials expect an agreement on at least two of the five points, according to a ' +
  'statement published by the ministry after the meeting with the ambassador.';
const HEADLINE = 'The central bank raised its main interest rate by half a point on Thursday, citing inflation of six percent.';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((f) => rm(f, { recursive: true, force: true })));
});
afterAll(() => shutdownWorkers());

async function importOne(name: string, bytes: Uint8Array, extra: Partial<ImportOptions> = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'attache-ocr-'));
  folders.push(dir);
  await writeFile(join(dir, name), bytes);
  const { sources, outcomes } = await importFiles([join(dir, name)], { maxFileBytes: 1 << 26, existing: new Map(), ...extra });
  return { source: sources[0], outcome: outcomes[0]! };
}

function added(o: ImportOutcome): { notes: string[] } {
  if (o.status !== 'added') throw new Error(`expected the file added, got ${JSON.stringify(o)}`);
  return o;
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Share of the expected words that OCR gave, in order (longest common subsequence of words). */
function wordsRight(expected: string, got: string): number {
  const a = words(expected);
  const b = words(got);
  let row = new Array<number>(b.length + 1).fill(0);
  for (const wa of a) {
    const next = [0];
    for (let j = 0; j < b.length; j++) next.push(wa === b[j] ? row[j]! + 1 : Math.max(row[j + 1]!, next[j]!));
    row = next;
  }
  return row[b.length]! / a.length;
}

describe('OCR of scanned and undecodable PDF pages', () => {
  it('reads a scanned page with at least 95 % of its words right, marks it OCR\'d, reports progress', async () => {
    const events: ImportProgress[] = [];
    const { source, outcome } = await importOne('scan.pdf', await fixturePdf([{ scan: TEXT }]), { onProgress: (p) => events.push(p) });
    const notes = added(outcome).notes;
    expect(wordsRight(TEXT, source!.originalText)).toBeGreaterThanOrEqual(0.95);
    expect(source!.ocrPages).toHaveLength(1);
    expect(source!.ocrPages![0]!.page).toBe(1);
    expect(source!.ocrPages![0]!.confidence).toBeGreaterThan(70);
    expect(notes.join(' ')).toMatch(/^Page 1 was read by OCR \(mean confidence \d+ %\): check names and figures against the original\./);
    const ocr = events.filter((e) => e.phase === 'ocr').map((e) => e.ocr);
    expect(ocr).toEqual([
      { done: 0, pages: 1 },
      { done: 1, pages: 1 },
    ]);
    // The check itself can fail: other words are not "right".
    expect(wordsRight(HEADLINE, source!.originalText)).toBeLessThan(0.5);
  });

  it('reads an undecodable page by OCR and keeps the decodable one as it was', async () => {
    const bytes = await fixturePdf([{ text: HEADLINE, font: 'Helvetica' }, { text: TEXT }], { unicodeMap: false });
    const { source, outcome } = await importOne('glyphs.pdf', bytes);
    added(outcome);
    expect(source!.originalText).toContain(HEADLINE);
    const page2 = source!.originalText.slice(source!.originalText.lastIndexOf('\f'));
    expect(wordsRight(TEXT, page2)).toBeGreaterThanOrEqual(0.95);
    expect(source!.ocrPages?.map((p) => p.page)).toEqual([2]);
    expect(source!.pages.map((p) => p.page)).toEqual([1, 2]);
  });

  it('a blank picture page has no words: the file is refused as PDF_SCANNED, naming the page', async () => {
    const { source, outcome } = await importOne('blank.pdf', await fixturePdf([{ scan: '' }]));
    expect(source).toBeUndefined();
    expect(outcome).toMatchObject({
      status: 'failed',
      error: { code: 'PDF_SCANNED', message: 'blank.pdf: no words could be read. Page 1 is a picture with no text layer, and OCR found no words on it.' },
    });
  });

  it('stops when the import is cancelled during OCR, adding nothing', async () => {
    const abort = new AbortController();
    const { source, outcome } = await importOne('scan.pdf', await fixturePdf([{ scan: TEXT }]), {
      signal: abort.signal,
      onProgress: (p) => {
        if (p.phase === 'ocr') abort.abort();
      },
    });
    expect(source).toBeUndefined();
    expect(outcome).toMatchObject({ status: 'failed', error: { code: 'CANCELLED' } });
  });

  it('loads every file of the engine from node_modules, none from the network', () => {
    const paths = ocrPaths();
    for (const path of Object.values(paths)) {
      expect(isAbsolute(path)).toBe(true);
      expect(path.split(sep)).toContain('node_modules');
      expect(existsSync(path)).toBe(true);
    }
    expect(existsSync(join(paths.langPath, 'eng.traineddata.gz'))).toBe(true);
  });
});
