// PDFs made for the tests, in memory (no binary fixtures): text pages in an embedded font
// subset, the same with the font's Unicode map taken out (what a PDF whose text "cannot be
// decoded" is: pdf.js can then only hand out glyph numbers, which are control characters), and
// image-only pages (a scan: known text drawn onto a bitmap, the bitmap put on the page).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
const FONT = join(dirname(require.resolve('@expo-google-fonts/noto-serif/package.json')), '400Regular', 'NotoSerif_400Regular.ttf');

/** A page of text (in the embedded Noto Serif subset, or a standard font), or a scan of the text. */
export type FixturePage = { text: string; font?: 'Helvetica' } | { scan: string };

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  return new Promise((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
}

/** A PDF with one page per entry: text set in an embedded font subset, or a scan of the text. */
export async function fixturePdf(pages: readonly FixturePage[], options: { unicodeMap?: boolean } = {}): Promise<Uint8Array> {
  // Uncompressed, so the font's /ToUnicode entry can be found and blanked in the bytes.
  const doc = new PDFDocument({ autoFirstPage: false, compress: false, size: 'A4', margin: 56 });
  const done = collect(doc);
  doc.registerFont('Serif', FONT);
  for (const page of pages) {
    doc.addPage();
    if ('text' in page) {
      doc.font(page.font ?? 'Serif').fontSize(12).text(page.text, { align: 'left' });
    } else {
      const png = scanOf(page.scan, doc.page.width - 112);
      doc.image(png, 56, 56, { width: doc.page.width - 112 });
    }
  }
  doc.end();
  const bytes = await done;
  if (options.unicodeMap !== false) return new Uint8Array(bytes);
  // Same length, so the cross-reference offsets stay right: "/ToUnicode 12 0 R" becomes spaces.
  const text = bytes.toString('latin1').replace(/\/ToUnicode \d+ 0 R/g, (m) => ' '.repeat(m.length));
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

/** Text drawn black on white at about 300 dpi over `widthPt` points, wrapped to that width: a clean scan. */
export function scanOf(text: string, widthPt: number): Buffer {
  if (!GlobalFonts.has('FixtureSerif')) GlobalFonts.registerFromPath(FONT, 'FixtureSerif');
  const scale = 300 / 72;
  const width = Math.round(widthPt * scale);
  const fontPx = Math.round(12 * scale);
  const lineHeight = Math.round(fontPx * 1.5);
  const measure = createCanvas(width, 10).getContext('2d');
  measure.font = `${fontPx}px FixtureSerif`;
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (line && measure.measureText(next).width > width) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(line);
  }
  const canvas = createCanvas(width, lineHeight * (lines.length + 1));
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#000000';
  ctx.font = `${fontPx}px FixtureSerif`;
  ctx.textBaseline = 'top';
  lines.forEach((l, i) => ctx.fillText(l, 0, Math.round(lineHeight * (i + 0.5))));
  return canvas.toBuffer('image/png');
}
