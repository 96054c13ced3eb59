// What to tell the analyst about a PDF's pages whose words are not in the file: pictures with no
// text layer (a scan) and text drawn with fonts that carry no Unicode map (pdf.js can then only
// hand out glyph numbers, which come out as control characters). Such pages are left empty by
// the reader and, where OCR is on, read by OCR; this names the ones still unread, by page.
import { AttacheError } from '../../core/errors';

export interface UnreadPages {
  /** Pages that paint an image and hold (almost) no text. */
  imagePages: number[];
  /** Pages whose text is mostly control characters: fonts without a Unicode map. */
  undecodablePages: number[];
}

/** "page 4", "pages 2–23", "pages 2–5, 9 and 12" for a sorted list of page numbers. */
export function pageList(pages: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < pages.length; ) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j]! + 1) j++;
    runs.push(j === i ? `${pages[i]}` : `${pages[i]}–${pages[j]}`);
    i = j + 1;
  }
  const list = runs.length > 1 ? `${runs.slice(0, -1).join(', ')} and ${runs[runs.length - 1]}` : (runs[0] ?? '');
  return `${pages.length > 1 ? 'pages' : 'page'} ${list}`;
}

/**
 * Whether the pages that were read hold any text. An unread page may keep a few characters (a
 * scan's caption or watermark), which are not enough to import the file on.
 */
export function readPagesHaveText(originalText: string, unread: UnreadPages): boolean {
  const skip = new Set([...unread.imagePages, ...unread.undecodablePages]);
  // A PDF's text opens each page with a line holding only "\f".
  return originalText
    .split(/^\f$/m)
    .slice(1)
    .some((body, i) => !skip.has(i + 1) && body.trim() !== '');
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The notes for pages still unread, or the refusal when nothing of the file could be read.
 * `ocr` says what OCR did: 'tried' (it ran and found no words there), or why it did not run.
 */
export function unreadReport(
  fileName: string,
  unread: UnreadPages,
  hasText: boolean,
  ocr: { tried: true } | { tried: false; why: string },
): string[] {
  const { imagePages, undecodablePages } = unread;
  const many = (pages: readonly number[], one: string, more: string) => (pages.length > 1 ? more : one);
  const notes: string[] = [];
  if (undecodablePages.length > 0) {
    const which = pageList(undecodablePages);
    const it = many(undecodablePages, 'it', 'them');
    notes.push(
      ocr.tried
        ? `${capital(which)} ${many(undecodablePages, 'holds', 'hold')} text that cannot be decoded (fonts without a Unicode map), and OCR found no words on ${it}; ask for another copy.`
        : `${capital(which)} ${many(undecodablePages, 'holds', 'hold')} text that cannot be decoded (fonts without a Unicode map); OCR ${it} or ask for another copy${ocr.why ? ` (${ocr.why})` : ''}.`,
    );
  }
  if (imagePages.length > 0) {
    const which = pageList(imagePages);
    notes.push(
      ocr.tried
        ? `${capital(which)} ${many(imagePages, 'is a picture', 'are pictures')} with no text layer, and OCR found no words on ${many(imagePages, 'it', 'them')}.`
        : `${capital(which)} ${many(imagePages, 'is a picture', 'are pictures')} with no text layer (scanned); OCR ${many(imagePages, 'it', 'them')} or ask for a copy with a text layer${ocr.why ? ` (${ocr.why})` : ''}.`,
    );
  }
  if (!hasText && notes.length > 0) {
    // Nothing of the file was read: refuse it, naming the pages and what to do.
    const code = undecodablePages.length > 0 ? 'PDF_UNDECODABLE' : 'PDF_SCANNED';
    throw new AttacheError(code, `${fileName}: no words could be read. ${notes.join(' ')}`, { file: fileName });
  }
  return notes;
}
