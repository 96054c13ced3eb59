// PDFs through pdf.js (legacy build for Node, eval off: CVE-2024-4367). Text is put into reading
// order per page; each page opens with a "\f" line so cleaning can say where pages start.
// Runs inside a worker: parsing is synchronous CPU work and the pool bounds its time.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { AttacheError } from '../../core/errors';
import type { SourceMeta } from '../../core/model';
import { pageLines, type TextPiece } from './pdfLayout';
import type { ReadResult } from './readResult';

type PdfJs = typeof PdfJsModule;
let pdfjs: Promise<PdfJs> | null = null;
const loadPdfJs = () => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

function assetFolder(name: string): string {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return join(root, name) + '/';
}

/** Pages with fewer visible characters than this, on average, have no usable text layer. */
const MIN_CHARS_PER_PAGE = 20;

export async function readPdf(bytes: Uint8Array, fileName: string, password?: string): Promise<ReadResult> {
  const lib = await loadPdfJs();
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    password,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    cMapUrl: assetFolder('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: assetFolder('standard_fonts'),
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    throw openError(err, fileName, password !== undefined);
  }
  try {
    const lines: string[] = [];
    const notes: string[] = [];
    let chars = 0;
    let imagePages = 0;
    const blankPages: number[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const pieces: TextPiece[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const t = item.transform as number[];
        pieces.push({
          text: item.str,
          x: t[4] ?? 0,
          y: t[5] ?? 0,
          width: item.width,
          size: Math.hypot(t[2] ?? 0, t[3] ?? 0) || Math.abs(t[0] ?? 0) || 10,
          dir: item.dir === 'rtl' ? 'rtl' : item.dir === 'ttb' ? 'ttb' : 'ltr',
        });
      }
      const pageText = pageLines(pieces, page.view[2] ?? 612);
      const pageChars = pageText.join('').replace(/\s/g, '').length;
      chars += pageChars;
      if (pageChars < MIN_CHARS_PER_PAGE) {
        blankPages.push(n);
        if (await paintsImage(lib, page)) imagePages++;
      }
      lines.push('\f', ...pageText);
      page.cleanup();
    }
    if (chars < MIN_CHARS_PER_PAGE * doc.numPages) {
      if (imagePages > 0) {
        throw new AttacheError('PDF_SCANNED', `${fileName}: this PDF looks scanned (its pages are pictures with no text layer). Run it through OCR software to add a text layer, then import it again; Attaché does no OCR.`, { file: fileName });
      }
      if (chars === 0) {
        throw new AttacheError('FILE_EMPTY', `${fileName}: no text was found in this PDF. Check that it is the document you meant.`, { file: fileName });
      }
    }
    if (blankPages.length > 0 && blankPages.length < doc.numPages) {
      notes.push(`No text on page${blankPages.length > 1 ? 's' : ''} ${blankPages.join(', ')} (pictures or blank).`);
    }
    return { format: 'pdf', originalText: lines.join('\n'), hints: await infoHints(doc), notes };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

async function paintsImage(lib: PdfJs, page: { getOperatorList(): Promise<{ fnArray: number[] }> }): Promise<boolean> {
  const ops = await page.getOperatorList();
  const images = new Set<number>([lib.OPS.paintImageXObject, lib.OPS.paintInlineImageXObject, lib.OPS.paintImageMaskXObject]);
  return ops.fnArray.some((fn) => images.has(fn));
}

function openError(err: unknown, fileName: string, gavePassword: boolean): AttacheError {
  const e = err as { name?: string; code?: number; message?: string };
  if (e?.name === 'PasswordException') {
    if (e.code === 2 || gavePassword) {
      return new AttacheError('PDF_PASSWORD_WRONG', `${fileName}: that password does not open this PDF. Try again with the right password, or ask the sender for an unprotected copy.`, { file: fileName });
    }
    return new AttacheError('PDF_ENCRYPTED', `${fileName}: this PDF is password-protected. Import it again and give its password when asked, or ask the sender for an unprotected copy.`, { file: fileName });
  }
  return new AttacheError('PDF_DAMAGED', `${fileName}: the PDF is damaged and cannot be read (${e?.message ?? 'unknown error'}). Open it in a PDF viewer and save or print it to a new PDF, then import that.`, { file: fileName, cause: err });
}

async function infoHints(doc: { getMetadata(): Promise<{ info: unknown }> }): Promise<Partial<SourceMeta>> {
  try {
    const info = (await doc.getMetadata()).info as Record<string, unknown>;
    const str = (k: string) => (typeof info[k] === 'string' && (info[k] as string).trim() ? (info[k] as string).trim() : null);
    const title = str('Title');
    // Titles like "Microsoft Word - draft3.docx" or "untitled" name a file, not the document.
    const usefulTitle = title && !/\.(docx?|pdf|indd|tex|dvi)$|^untitled$|^microsoft word/i.test(title) ? title : null;
    const date = /^D:(\d{4})(\d{2})(\d{2})/.exec(str('CreationDate') ?? '');
    return {
      title: usefulTitle,
      author: str('Author'),
      publishedAt: date ? `${date[1]}-${date[2]}-${date[3]}` : null,
    };
  } catch {
    return {};
  }
}
