// One file's bytes to a cleaned source body: the reader for its format, then cleaning. This is
// what the worker runs, one file per task.
import { AttacheError } from '../../core/errors';
import { cleanArticle, type CleanResult } from '../../core/clean';
import type { SourceFormat } from '../../core/model';
import { readDocx } from './readDocx';
import { readHtml } from './readHtml';
import { readMarkdown } from './readMarkdown';
import { readPdf } from './readPdf';
import type { ReadResult } from './readResult';
import { decodeText } from './textDecoding';

const EXTENSIONS: Readonly<Record<string, SourceFormat>> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  pdf: 'pdf',
  docx: 'docx',
};

export function formatOf(fileName: string): SourceFormat | null {
  const ext = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return (ext && EXTENSIONS[ext]) || null;
}

export function unsupportedFormat(fileName: string): AttacheError {
  return new AttacheError(
    'FORMAT_UNSUPPORTED',
    `${fileName}: Attaché cannot import this kind of file. Save it as PDF, Word (.docx), web page (.html), Markdown or plain text (.txt) and import that.`,
    { file: fileName },
  );
}

export async function readDocument(bytes: Uint8Array, fileName: string, password?: string): Promise<ReadResult> {
  switch (formatOf(fileName)) {
    case 'txt':
      return { format: 'txt', originalText: decodeText(bytes, fileName).text, hints: {}, notes: [] };
    case 'md':
      return readMarkdown(bytes, fileName);
    case 'html':
      return coded(fileName, 'web page', () => readHtml(bytes, fileName));
    case 'pdf':
      return readPdf(bytes, fileName, password);
    case 'docx':
      return coded(fileName, 'Word document', () => readDocx(bytes, fileName));
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
}

export async function readSource(
  payload: ReadSourcePayload,
  progress: (phase: 'reading' | 'cleaning') => void = () => undefined,
): Promise<ReadSourceResult> {
  progress('reading');
  const read = await readDocument(payload.bytes, payload.fileName, payload.password);
  if (!read.originalText.replace(/\f/g, '').trim()) {
    throw new AttacheError('FILE_EMPTY', `${payload.fileName}: the file holds no text. Check that it is the document you meant.`, { file: payload.fileName });
  }
  progress('cleaning');
  const cleaned = cleanArticle(read.originalText, { hints: read.hints });
  return { ...read, cleaned };
}
