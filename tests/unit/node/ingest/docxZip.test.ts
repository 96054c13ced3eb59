// DOCX pictures are never inlined, and the zip check inflates every part, media included, so a
// part whose header lies about its size cannot slip past it. Every input is generated here.
import { randomBytes } from 'node:crypto';
import mammoth from 'mammoth';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readDocx } from '../../../../src/node/ingest/readDocx';
import { checkZipSafety } from '../../../../src/node/ingest/zipSafety';
import { buildZip, docxParts, type ZipEntryInput } from './zipBuilder';

afterEach(() => vi.restoreAllMocks());

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WP = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const PIC = 'http://schemas.openxmlformats.org/drawingml/2006/picture';

/** A DOCX with one paragraph of text and one picture shown `uses` times. */
function docxWithPicture(uses: number, picture: Buffer): Buffer {
  const drawing = `<w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="p" descr="a chart"/><a:graphic><a:graphicData uri="${PIC}"><pic:pic><pic:blipFill><a:blip r:embed="rIdImg"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
  const document = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}" xmlns:r="${R}" xmlns:wp="${WP}" xmlns:a="${A}" xmlns:pic="${PIC}"><w:body><w:p><w:r><w:t>The ministers met in Hanoi on Monday.</w:t></w:r></w:p>${drawing.repeat(uses)}</w:body></w:document>`;
  const [types, rels] = docxParts([]);
  const contentTypes = types!.data.toString().replace('<Default Extension="xml"', '<Default Extension="png" ContentType="image/png"/><Default Extension="xml"');
  const docRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>`;
  return buildZip([
    { name: '[Content_Types].xml', data: Buffer.from(contentTypes) },
    rels!,
    { name: 'word/document.xml', data: Buffer.from(document) },
    { name: 'word/_rels/document.xml.rels', data: Buffer.from(docRels) },
    { name: 'word/media/image1.png', data: picture },
  ]);
}

async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (err) {
    return err as { code: string; message: string };
  }
  throw new Error('expected a failure');
}

describe('DOCX pictures', () => {
  it('a 6 KB picture shown 2,000 times is never inlined: mammoth’s HTML stays small', async () => {
    const spy = vi.spyOn(mammoth, 'convertToHtml');
    const bytes = docxWithPicture(2_000, randomBytes(6 * 1024));
    const read = await readDocx(bytes, 'pictures.docx');
    expect(read.originalText).toBe('The ministers met in Hanoi on Monday.');
    const html = (await spy.mock.results[0]!.value as { value: string }).value;
    expect(html).toContain('<img');
    expect(html).not.toContain('data:');
    // Inlined, the picture alone would be 2,000 × 8 KB = 16 MB of HTML.
    expect(html.length).toBeLessThan(200 * 1024);
  });
});

describe('zip-bomb check', () => {
  it('inflates media parts too: a picture whose header understates its size is refused', async () => {
    const parts: ZipEntryInput[] = [
      ...docxParts(['Hello']),
      { name: 'word/media/image1.png', data: Buffer.alloc(8 * 1024 * 1024), declaredSize: 200 },
    ];
    const err = await failure(readDocx(buildZip(parts), 'lying-picture.docx'));
    expect(err.code).toBe('ZIP_BOMB');
    expect(err.message).toMatch(/^lying-picture\.docx: the document unpacks to far more data than it holds \(a part is larger than its header says\)/);
  });

  it('reads a document under the unpacked-size budget and refuses one over it', async () => {
    const zip = buildZip([...docxParts(['Hello']), { name: 'word/media/a.bin', data: randomBytes(300 * 1024) }, { name: 'word/media/b.bin', data: randomBytes(300 * 1024) }]);
    await expect(checkZipSafety(zip, 'ok.docx', { maxTotalBytes: 1024 * 1024, maxRatio: 200, maxEntries: 100 })).resolves.toBeTruthy();
    const err = await failure(checkZipSafety(zip, 'big.docx', { maxTotalBytes: 500 * 1024, maxRatio: 200, maxEntries: 100 }));
    expect(err.code).toBe('ZIP_BOMB');
  });

  it('a well-formed document with a picture still reads', async () => {
    const read = await readDocx(docxWithPicture(1, randomBytes(2048)), 'one-picture.docx');
    expect(read.originalText).toBe('The ministers met in Hanoi on Monday.');
  });
});
