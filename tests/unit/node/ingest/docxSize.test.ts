// A Word document too large for mammoth to build within the memory one file may take is refused
// before mammoth starts, by the elements of its XML counted while the zip check inflates it, with
// its own figures and what to do. The count is the same however the parts arrive in chunks.
import mammoth from 'mammoth';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_DOCX_ELEMENTS, readDocx } from '../../../../src/node/ingest/readDocx';
import { XmlTally } from '../../../../src/node/ingest/xmlTally';
import { checkZipSafety } from '../../../../src/node/ingest/zipSafety';
import { buildZip, docxParts } from './zipBuilder';

afterEach(() => vi.restoreAllMocks());

/** Paragraphs that differ (a number scrambled into each), so that they compress as text does, not as a zip bomb. */
const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => (i % 100 === 0 ? 'The ministers met in Hanoi on Monday.' : `Item ${((i * 2_654_435_761) % 4_294_967_296).toString(36)}`));

describe('the size of a DOCX', () => {
  it('is counted in elements and paragraphs (any namespace, not <w:pPr>), the same for any cut into chunks', () => {
    const xml = '<?xml version="1.0"?><w:document xmlns:w="x"><w:body><w:p w:rsidR="1"><w:pPr/><w:r><w:t>a &lt; b</w:t></w:r></w:p><a:p/><p>plain</p><w:tbl/></w:body></w:document>';
    const whole = new XmlTally();
    whole.add(Buffer.from(xml));
    whole.finish();
    expect({ elements: whole.elements, paragraphs: whole.paragraphs }).toEqual({ elements: 9, paragraphs: 3 });
    for (let size = 1; size <= 9; size++) {
      const cut = new XmlTally();
      for (let i = 0; i < xml.length; i += size) cut.add(Buffer.from(xml.slice(i, i + size)));
      cut.finish();
      expect({ elements: cut.elements, paragraphs: cut.paragraphs }, `chunks of ${size}`).toEqual({ elements: 9, paragraphs: 3 });
    }
  });

  it('is told by the zip check: the document part of 1,000 paragraphs has 3,002 elements', async () => {
    const summary = await checkZipSafety(buildZip(docxParts(paragraphs(1_000))), 'report.docx');
    expect(summary.xml).toEqual({ elements: 3_002, paragraphs: 1_000 });
  });

  it('past the limit, refused as FILE_TOO_COMPLEX with its figures and what to do, mammoth never started', async () => {
    const spy = vi.spyOn(mammoth, 'convertToHtml');
    const n = Math.ceil(MAX_DOCX_ELEMENTS / 3) + 1;
    const err = await readDocx(buildZip(docxParts(paragraphs(n))), 'many.docx').catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'FILE_TOO_COMPLEX', file: 'many.docx', detail: { reason: 'docx elements', paragraphs: n, limit: MAX_DOCX_ELEMENTS } });
    expect((err as Error).message).toBe(
      `many.docx: this document is too large to read within the memory Attaché allows one file: its text is made of ${(3 * n + 2).toLocaleString('en-US')} pieces of markup (${n.toLocaleString('en-US')} paragraphs), and Attaché reads Word documents of up to 200,000. Split it into smaller documents, or save it as PDF or plain text, and import that.`,
    );
    expect(spy).not.toHaveBeenCalled();
  });

  it('under the limit, read as ever', async () => {
    const read = await readDocx(buildZip(docxParts(paragraphs(2_000))), 'report.docx');
    expect(read.originalText.split('\n')).toHaveLength(2_000);
  });
});
