// One file's bytes to a cleaned source body: the reader for its format, then cleaning. This is
// what the worker runs, one file per task. Each reader (and OCR) is imported when a file of its
// kind first comes: together with their libraries (pdf.js, mammoth, linkedom, Readability,
// micromark, the canvas) they cost a process about a second of CPU and hundreds of MB to load,
// which a one-file `attache add` of plain text, and the main thread's use of formatOf, never need.
import { AttacheError } from '../../core/errors';
import { cleanArticle, type CleanResult } from '../../core/clean';
import type { OcrPage } from '../../core/model';
import type { OcrProgress } from './ocrPdf';
import type { ReadResult } from './readResult';
import { pageList, readPagesHaveText, unreadReport } from './unreadPages';
import { decodeText } from './textDecoding';
import { formatOf, unsupportedFormat } from './formats';

export { formatOf, unsupportedFormat };

export async function readDocument(bytes: Uint8Array, fileName: string, password?: string): Promise<ReadResult> {
  switch (formatOf(fileName)) {
    case 'txt':
      return { format: 'txt', originalText: decodeText(bytes, fileName).text, hints: {}, notes: [] };
    case 'md': {
      const { readMarkdown } = await import('./readMarkdown');
      return readMarkdown(bytes, fileName);
    }
    case 'html': {
      const { readHtml } = await import('./readHtml');
      return coded(fileName, 'web page', () => readHtml(bytes, fileName));
    }
    case 'pdf': {
      const { readPdf } = await import('./readPdf');
      return readPdf(bytes, fileName, password);
    }
    case 'docx': {
      const { readDocx } = await import('./readDocx');
      return coded(fileName, 'Word document', () => readDocx(bytes, fileName));
    }
    default:
      throw unsupportedFormat(fileName);
  }
}

/**
 * A library failing on a malformed file (linkedom, Readability, mammoth throw plain errors) is a
 * file Attaché cannot read, not an internal fault: it gets FILE_UNREADABLE with the library's
 * reason and what to do, instead of INTERNAL and a stack.
 */
async function coded(fileName: string, kind: string, read: () => ReadResult | Promise<ReadResult>): Promise<ReadResult> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof AttacheError) throw err;
    const reason = (err instanceof Error ? err.message : String(err)).split('\n')[0]!.slice(0, 200);
    throw new AttacheError(
      'FILE_UNREADABLE',
      `${fileName}: Attaché could not read this ${kind} (${reason}). Open it and save it again (or save it as PDF or plain text), then import that.`,
      { file: fileName, cause: err },
    );
  }
}

export interface ReadSourcePayload {
  fileName: string;
  bytes: Uint8Array;
  password?: string;
}

export interface ReadSourceResult extends ReadResult {
  cleaned: CleanResult;
  /** Pages whose words were read by OCR (ocrSource), with the engine's confidence. */
  ocrPages?: OcrPage[];
}

/** OCR takes seconds a page: past this many pages of one file, the rest are named instead (bounded cost). */
export const MAX_OCR_PAGES = 100;

export interface OcrSourcePayload extends ReadSourcePayload {
  /** What readSource gave back for the file; its `unread` names the pages to OCR. */
  read: ReadResult;
}

/**
 * A PDF's unread pages (scans, text without a Unicode map) read by OCR, put in place, and the
 * whole cleaned again. Pages OCR found no words on are named in a note; when nothing of the file
 * was read at all, it is refused in words that name its pages.
 */
export async function ocrSource(payload: OcrSourcePayload, progress: (p: OcrProgress) => void = () => undefined): Promise<ReadSourceResult> {
  const { read, fileName } = payload;
  const unread = read.unread ?? { imagePages: [], undecodablePages: [] };
  const all = [...unread.imagePages, ...unread.undecodablePages].sort((a, b) => a - b);
  const wanted = all.slice(0, MAX_OCR_PAGES);
  const { ocrPdfPages, withOcrText } = await import('./ocrPdf');
  const ocr = await ocrPdfPages(payload.bytes, fileName, wanted, { ...(payload.password === undefined ? {} : { password: payload.password }), onProgress: progress });
  // A page where OCR saw no word of two letters holds none (a photograph, a blank scan).
  const readPages = ocr.filter((p) => p.lines.some((l) => /\p{L}{2}/u.test(l)));
  const done = new Set(readPages.map((p) => p.page));
  const still = { imagePages: unread.imagePages.filter((n) => !done.has(n)), undecodablePages: unread.undecodablePages.filter((n) => !done.has(n)) };
  const originalText = withOcrText(read.originalText, readPages);
  const notes = [...read.notes];
  if (readPages.length > 0) {
    const mean = readPages.reduce((sum, p) => sum + p.confidence, 0) / readPages.length;
    const which = pageList(readPages.map((p) => p.page));
    notes.push(
      `${which.charAt(0).toUpperCase()}${which.slice(1)} ${readPages.length > 1 ? 'were' : 'was'} read by OCR (mean confidence ${Math.round(mean)} %): check names and figures against the original.`,
    );
  }
  const skipped = all.slice(MAX_OCR_PAGES);
  if (skipped.length > 0) {
    notes.push(`${pageList(skipped).replace(/^p/, 'P')} ${skipped.length > 1 ? 'were' : 'was'} not read: Attaché reads up to ${MAX_OCR_PAGES} pages of a file by OCR. Split the PDF to import the rest.`);
  }
  const tried = { imagePages: still.imagePages.filter((n) => n <= wanted.at(-1)!), undecodablePages: still.undecodablePages.filter((n) => n <= wanted.at(-1)!) };
  notes.push(...unreadReport(fileName, tried, readPagesHaveText(originalText, still), { tried: true }));
  const cleaned = cleanArticle(originalText, { hints: read.hints });
  const { unread: _read, ...rest } = read;
  return { ...rest, originalText, notes, cleaned, ocrPages: readPages.map(({ page, confidence }) => ({ page, confidence })) };
}

export async function readSource(
  payload: ReadSourcePayload,
  progress: (phase: 'reading' | 'cleaning') => void = () => undefined,
): Promise<ReadSourceResult> {
  progress('reading');
  const read = await readDocument(payload.bytes, payload.fileName, payload.password);
  // A scanned PDF may hold no text at all: its unread pages are reported (importFiles).
  if (!read.unread && !hasText(read.originalText)) {
    throw new AttacheError('FILE_EMPTY', `${payload.fileName}: the file holds no text. Check that it is the document you meant.`, { file: payload.fileName });
  }
  progress('cleaning');
  const cleaned = cleanArticle(read.originalText, { hints: read.hints });
  return { ...read, cleaned };
}

/** Whether a reader's text holds anything but page breaks and white space. */
export function hasText(originalText: string): boolean {
  return originalText.replace(/\f/g, '').trim() !== '';
}
