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
import { pageList } from './unreadPages';

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
    const blankPages: number[] = [];
    const imagePages: number[] = [];
    const undecodable: number[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const pageText = await readPage(lib, doc, n, fileName);
      lines.push('\f');
      if (pageText.kind === 'undecodable') {
        // Glyph numbers are not the document's words: the page is left empty (for OCR).
        undecodable.push(n);
        continue;
      }
      lines.push(...pageText.lines);
      chars += pageText.chars;
      if (pageText.kind === 'image') imagePages.push(n);
      else if (pageText.kind === 'blank') blankPages.push(n);
    }
    const unread = imagePages.length + undecodable.length > 0;
    if (chars === 0 && !unread) {
      throw new AttacheError('FILE_EMPTY', `${fileName}: no text was found in this PDF. Check that it is the document you meant.`, { file: fileName });
    }
    if (blankPages.length > 0 && blankPages.length < doc.numPages) {
      notes.push(`No text on ${pageList(blankPages)} (blank).`);
    }
    return {
      format: 'pdf',
      originalText: lines.join('\n'),
      hints: await infoHints(doc),
      notes,
      ...(unread ? { unread: { imagePages, undecodablePages: undecodable } } : {}),
    };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

type PdfDoc = { getPage(n: number): Promise<PdfPage> };
type PdfPage = Awaited<ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>>;

interface PageText {
  kind: 'text' | 'blank' | 'image' | 'undecodable';
  lines: string[];
  chars: number;
}

/** One page's lines in reading order, and what kind of page it is. */
async function readPage(lib: PdfJs, doc: PdfDoc, n: number, fileName: string): Promise<PageText> {
  let page: PdfPage;
  try {
    page = await doc.getPage(n);
  } catch (err) {
    throw pageError(err, n, fileName);
  }
  try {
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
    const lines = pageLines(pieces, page.view[2] ?? 612);
    const visible = lines.join('').replace(/\s/g, '');
    if (undecodableShare(visible) > UNDECODABLE_SHARE && visible.length >= MIN_CHARS_PER_PAGE / 2) return { kind: 'undecodable', lines: [], chars: 0 };
    const chars = visible.length;
    if (chars >= MIN_CHARS_PER_PAGE) return { kind: 'text', lines, chars };
    return { kind: (await paintsImage(lib, page)) ? 'image' : 'blank', lines, chars };
  } catch (err) {
    throw pageError(err, n, fileName);
  } finally {
    page.cleanup();
  }
}

/**
 * A page whose "text" is mostly control characters, U+FFFD or private-use code points was drawn
 * with fonts that carry no Unicode map (pdf.js then hands out glyph numbers): its words cannot be
 * read from the file. Real text has none of these (a few private-use bullets at most).
 */
const UNDECODABLE_SHARE = 0.3;
// C0 and C1 controls (page breaks and tabs never reach here: whitespace is taken out), U+FFFD
// and the private use area.
// eslint-disable-next-line no-control-regex
const UNDECODABLE_CHAR = /[\u0000-\u001f\u007f-\u009f\ufffd\ue000-\uf8ff]/g;

export function undecodableShare(visible: string): number {
  if (!visible) return 0;
  return (visible.match(UNDECODABLE_CHAR)?.length ?? 0) / visible.length;
}

/** A known failure while reading one page, in words; anything else names the page as damaged. */
function pageError(err: unknown, n: number, fileName: string): AttacheError {
  if (err instanceof AttacheError) return err;
  const message = (err as { message?: string })?.message ?? String(err);
  if (/pages tree contains circular reference/i.test(message)) {
    return new AttacheError(
      'PDF_PAGE_LOOP',
      `${fileName}: this PDF's list of pages loops back on itself, so page ${n} cannot be found. Open it in a PDF viewer and save or print it to a new PDF, then import that.`,
      { file: fileName, cause: err },
    );
  }
  return new AttacheError(
    'PDF_DAMAGED',
    `${fileName}: page ${n} of this PDF is damaged and cannot be read (${message}). Open it in a PDF viewer and save or print it to a new PDF, then import that.`,
    { file: fileName, cause: err },
  );
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
