// A reader worker stopped at its time limit or killed by its memory cap is retold for the analyst:
// the file, the phase it was in, a code to act on (never INTERNAL) and no stack trace. The pool's
// errors come from real workers (the pool's test worker), so their shape is the real one.
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { AttacheError } from '../../../../src/core/errors';
import { readFailure } from '../../../../src/node/ingest/readFailure';
import { readDocument } from '../../../../src/node/ingest/readSource';
import { WorkerPool } from '../../../../src/node/workers/workerPool';
import { resolveWorkerStart } from '../../../../src/node/workers/workerEntry';
import { buildZip, docxParts } from './zipBuilder';

const testWorker = fileURLToPath(new URL('../workers/poolTestWorker.ts', import.meta.url));
const pool = new WorkerPool({ size: 1, start: () => resolveWorkerStart(testWorker) });
afterAll(() => pool.close());

const timedOut = (label: string) => pool.run('hang', {}, { timeoutMs: 1000, label }).catch((e: unknown) => e);
const crashed = (label: string) => pool.run('crash', {}, { label }).catch((e: unknown) => e);

function words(err: unknown): { code: string; message: string } {
  expect(err).toBeInstanceOf(AttacheError);
  const { code, message } = err as AttacheError;
  expect(code).not.toBe('INTERNAL');
  expect(message).not.toMatch(/\n\s+at /);
  return { code, message };
}

describe('reader time-outs and crashes', () => {
  it('a page that times out while being read: FILE_TOO_COMPLEX, naming the reading phase', async () => {
    const err = readFailure(await timedOut('deep.html'), 'deep.html', 'html', 'reading', 62_000);
    const { code, message } = words(err);
    expect(code).toBe('FILE_TOO_COMPLEX');
    expect(message).toMatch(/^deep\.html: reading the file took longer than 62 s and was stopped\. The file may be too large or too intricate/);
    expect((err as AttacheError).detail).toMatchObject({ reason: 'timeout', phase: 'reading' });
  });

  it('a time-out after reading names the cleaning phase, not "reading"', async () => {
    const { code, message } = words(readFailure(await timedOut('long.txt'), 'long.txt', 'txt', 'cleaning', 64_000));
    expect(code).toBe('FILE_TOO_COMPLEX');
    expect(message).toMatch(/^long\.txt: cleaning its text took longer than 64 s/);
    expect(message).not.toMatch(/reading/);
  });

  it('a PDF that stalls its reader is reported as damaged, with what to do', async () => {
    const { code, message } = words(readFailure(await timedOut('loop.pdf'), 'loop.pdf', 'pdf', 'reading', 60_000));
    expect(code).toBe('PDF_DAMAGED');
    expect(message).toMatch(/save or print it to a new PDF/);
  });

  it('a crashed reader is retold with the phase; running out of memory says so', async () => {
    const { code, message } = words(readFailure(await crashed('odd.docx'), 'odd.docx', 'docx', 'reading', 60_000));
    expect(code).toBe('FILE_TOO_COMPLEX');
    expect(message).toMatch(/^odd\.docx: the reader stopped unexpectedly while reading the file/);
    const oom = new AttacheError('INTERNAL', 'big.docx: the reader stopped unexpectedly (Worker terminated due to reaching memory limit: JS heap out of memory).', {
      file: 'big.docx',
      detail: { reason: 'crash' },
    });
    expect(words(readFailure(oom, 'big.docx', 'docx', 'reading', 60_000)).message).toMatch(/^big\.docx: reading the file needed more memory than Attaché allows one file/);
  });

  it('gives any other error back unchanged', () => {
    const own = new AttacheError('ZIP_BOMB', 'x.docx: a bomb', { file: 'x.docx' });
    expect(readFailure(own, 'x.docx', 'docx', 'reading', 60_000)).toBe(own);
  });
});

describe('a reader library failing on a malformed file', () => {
  it('gives FILE_UNREADABLE naming the file and the reason, not INTERNAL', async () => {
    // mammoth handing back something that is not HTML stands for any library fault on a file.
    const broken = { toString: () => { throw new TypeError("Cannot read properties of null (reading 'children')"); } };
    const spy = vi.spyOn(mammoth, 'convertToHtml').mockResolvedValue({ value: broken as unknown as string, messages: [] });
    try {
      const err = await readDocument(buildZip(docxParts(['Hello'])), 'odd.docx').catch((e: unknown) => e);
      const { code, message } = words(err);
      expect(code).toBe('FILE_UNREADABLE');
      expect(message).toMatch(/^odd\.docx: Attaché could not read this Word document \(.+\)\. Open it and save it again/);
    } finally {
      spy.mockRestore();
    }
  });
});
