// One run of text at a point, as pdfkit's text(…, { lineBreak: false, baseline: 'alphabetic' })
// draws it, without what text() adds around its drawing: option merging, a split on newlines and
// two more passes of the font's layout over the run to measure a width we already have. Those
// cost more than the drawing in a brief of a thousand citations. The content written is the
// same, byte for byte.
import type { PdfDoc } from './fontChain';

interface FragmentWriter {
  // NOTE: pdfkit's private method behind text(); pdfkit is pinned in package.json.
  _fragment(text: string, x: number, y: number, options: { baseline: 'alphabetic'; textWidth: number; wordCount: number }): void;
}

export function drawText(doc: PdfDoc, text: string, font: string, size: number, color: string, x: number, baseline: number, width: number): void {
  if (!text) return;
  doc.font(font).fontSize(size).fillColor(color);
  // textWidth and wordCount only size links and underlines, which these runs never have.
  (doc as unknown as FragmentWriter)._fragment(text, x, baseline, { baseline: 'alphabetic', textWidth: width, wordCount: 1 });
}
