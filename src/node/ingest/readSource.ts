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
      return readHtml(bytes, fileName);
    case 'pdf':
      return readPdf(bytes, fileName, password);
    case 'docx':
      return readDocx(bytes, fileName);
    default:
      throw unsupportedFormat(fileName);
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
