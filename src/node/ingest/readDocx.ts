// Word documents through mammoth (after the zip has been checked): headings, list items and
// paragraphs as lines, table rows as "cell | cell", footnotes and endnotes as numbered notes at the
// end. mammoth's HTML is only parsed for its text, never rendered.
import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import { AttacheError } from '../../core/errors';
import { domToLines } from './domText';
import type { ReadResult } from './readResult';
import { checkZipSafety } from './zipSafety';

// NOTE: by default mammoth inlines each picture as a data URI at every place it is used, so a 6 KB
// document showing one picture 2,000 times grew past 2 GB. Pictures carry no text for Attaché:
// this converter never reads the picture's bytes and leaves an empty <img> that domToLines skips.
const NO_IMAGE = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/**
 * The most XML elements (in word/*.xml) a document may have to be read. mammoth builds the whole
 * document in memory, about 3.5 KB of resident memory per element at its peak: 100,000 paragraphs
 * (300,000 elements) took the process past 1 GB. 200,000 keeps one file near 700 MB, inside what
 * Attaché allows one file with the app's own memory beside it; an ordinary document has 10–20
 * elements per paragraph, so this is some 10,000–20,000 paragraphs (about 1,000 pages).
 */
export const MAX_DOCX_ELEMENTS = 200_000;

export async function readDocx(bytes: Uint8Array, fileName: string): Promise<ReadResult> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { names, xml } = await checkZipSafety(buffer, fileName);
  if (!names.some((n) => /^word\/[^/]+\.xml$/i.test(n)) || !names.includes('[Content_Types].xml')) {
    throw notADocument(fileName);
  }
  if (xml.elements > MAX_DOCX_ELEMENTS) throw tooLarge(fileName, xml);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer }, { convertImage: NO_IMAGE })).value;
  } catch (err) {
    throw unreadableDocument(fileName, err);
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const notes = Array.from(document.querySelectorAll('li[id^="footnote-"], li[id^="endnote-"]'));
  for (const note of notes) {
    // The "↑" link back to the reference is navigation, not the note's words.
    for (const back of Array.from(note.querySelectorAll('a[href^="#footnote-ref-"], a[href^="#endnote-ref-"]'))) back.remove();
    const n = /-(\d+)$/.exec(note.getAttribute('id') ?? '')?.[1] ?? '';
    const marker = document.createElement('span');
    marker.textContent = `[${n}] `;
    const first = note.querySelector('p') ?? note;
    first.insertBefore(marker, first.firstChild);
  }
  const noteList = notes[0]?.parentElement;
  if (noteList) {
    const heading = document.createElement('p');
    heading.textContent = 'Notes';
    noteList.parentElement?.insertBefore(heading, noteList);
  }
  const lines = domToLines(document.body as unknown as Node).map((l) => l.replace(/^\[(\d+)\]\s+/, '[$1] '));
  if (lines.length === 0) {
    throw new AttacheError('FILE_EMPTY', `${fileName}: no text was found in this document. If it holds only pictures or scans, export it as a PDF with text and import that.`, { file: fileName });
  }
  return { format: 'docx', originalText: lines.join('\n'), hints: {}, notes: [] };
}

/**
 * mammoth failing on a zip that holds a document: its XML is broken (mammoth's parser refuses it,
 * and refuses entities it does not know, so an entity bomb is never expanded) or nests deeper than
 * the parser's recursion can follow. Said as such, not as "the zip holds no document".
 */
function unreadableDocument(fileName: string, err: unknown): AttacheError {
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof RangeError || /call stack/i.test(message)) {
    return new AttacheError(
      'FILE_TOO_COMPLEX',
      `${fileName}: the document nests too deeply to be read (tables or lists inside one another thousands of levels deep). Open it in Word and save it as PDF or plain text, then import that.`,
      { file: fileName, cause: err },
    );
  }
  // xmldom's reasons read "[xmldom error]\telement parse error: Error: invalid tagName: …@#[line…]".
  const reason = message
    .replace(/^(?:error: )?\[xmldom error\]\s*/i, '')
    .replace(/@#\[line:.*$/s, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 160);
  return new AttacheError(
    'DOCX_INVALID',
    `${fileName}: the document's text is damaged and cannot be read${reason ? ` (${reason})` : ''}. Open it in Word and save it again, then import it.`,
    { file: fileName, cause: err },
  );
}

/** Refused before mammoth builds it: the limit, the document's own figures, and what to do. */
function tooLarge(fileName: string, xml: { elements: number; paragraphs: number }): AttacheError {
  const n = (v: number) => v.toLocaleString('en-US');
  return new AttacheError(
    'FILE_TOO_COMPLEX',
    `${fileName}: this document is too large to read within the memory Attaché allows one file: its text is made of ${n(xml.elements)} pieces of markup (${n(xml.paragraphs)} paragraphs), and Attaché reads Word documents of up to ${n(MAX_DOCX_ELEMENTS)}. Split it into smaller documents, or save it as PDF or plain text, and import that.`,
    { file: fileName, detail: { reason: 'docx elements', elements: xml.elements, paragraphs: xml.paragraphs, limit: MAX_DOCX_ELEMENTS } },
  );
}

function notADocument(fileName: string): AttacheError {
  return new AttacheError(
    'DOCX_INVALID',
    `${fileName}: this is not a Word document (the zip holds no document). Open it in Word and save it as .docx, then import it again.`,
    { file: fileName },
  );
}
