// One run of text at a point, as pdfkit's text(…, { lineBreak: false, baseline: 'alphabetic' })
// draws it, without what text() adds around its drawing: option merging, a split on newlines and
// two more passes of the font's layout over the run to measure a width we already have. Those
// cost more than the drawing in a brief of a thousand citations.
import type { PdfDoc } from './fontChain';

interface FragmentWriter {
  // NOTE: pdfkit's private method behind text(), and the page it writes to; pdfkit is pinned in package.json.
  _fragment(
    text: string,
    x: number,
    y: number,
    options: { baseline: 'alphabetic'; textWidth: number; wordCount: number },
  ): void;
  page: object;
}

/**
 * The fill colour each page's content last set. A run sets its colour only when it differs: the
 * colour is set outside the save/restore pair each fragment is drawn in, so it holds until the
 * next run's, and every other fill in the brief (table shading) sits inside a save/restore.
 */
const fillOfPage = new WeakMap<object, string>();

export function drawText(
  doc: PdfDoc,
  text: string,
  font: string,
  size: number,
  color: string,
  x: number,
  baseline: number,
  width: number,
): void {
  if (!text) return;
  const writer = doc as unknown as FragmentWriter;
  doc.font(font).fontSize(size);
  if (fillOfPage.get(writer.page) !== color) {
    doc.fillColor(color);
    fillOfPage.set(writer.page, color);
  }
  // textWidth and wordCount only size links and underlines, which these runs never have.
  writer._fragment(text, x, baseline, { baseline: 'alphabetic', textWidth: width, wordCount: 1 });
}
