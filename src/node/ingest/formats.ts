// Which kinds of file Attaché imports, by name: what the import needs before any reader runs.
// Kept apart from readSource.ts so that code which only asks "can this be imported?" (the import's
// first pass in the main process, the command line) does not load every reader and its libraries
// (mammoth, linkedom, pdf.js, the OCR canvas): they load in the worker that reads the file.
import { AttacheError } from '../../core/errors';
import type { SourceFormat } from '../../core/model';

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
