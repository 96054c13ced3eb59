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

export async function readDocx(bytes: Uint8Array, fileName: string): Promise<ReadResult> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { names } = await checkZipSafety(buffer, fileName);
  if (!names.some((n) => /^word\/[^/]+\.xml$/i.test(n)) || !names.includes('[Content_Types].xml')) {
    throw notADocument(fileName);
  }
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer }, { convertImage: NO_IMAGE })).value;
  } catch (err) {
    throw notADocument(fileName, err);
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

function notADocument(fileName: string, cause?: unknown): AttacheError {
  return new AttacheError(
    'DOCX_INVALID',
    `${fileName}: this is not a Word document (the zip holds no document). Open it in Word and save it as .docx, then import it again.`,
    { file: fileName, cause },
  );
}
