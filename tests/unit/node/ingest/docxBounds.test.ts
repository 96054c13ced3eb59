// A Word file's cost is bounded by what it holds, not by what it pretends: an image referenced a
// thousand times is never inlined, and a part whose header lies about its size is caught even
// when it is a media part the document never shows. Files are made in the test.
import { afterEach, describe, expect, it, vi } from 'vitest';
import mammoth from 'mammoth';
import { AttacheError } from '../../../../src/core/errors';
import { readDocx } from '../../../../src/node/ingest/readDocx';
import { buildZip, docxParts } from './zipBuilder';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DRAWING = (id: number) =>
  `<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="${id}" name="p${id}"/>` +
  `<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
  `<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:embed="rImg"/></pic:blipFill></pic:pic>` +
  `</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;

/** A DOCX of one sentence and one image shown `times` times. */
function imageDocx(times: number): Buffer {
  const [types, rels] = docxParts([]);
  const body = `<w:p><w:r><w:t>The delegation toured the new port.</w:t></w:r></w:p><w:p>${Array.from({ length: times }, (_, i) => DRAWING(i + 1)).join('')}</w:p>`;
  return buildZip([
    { name: '[Content_Types].xml', data: Buffer.from(types!.data.toString().replace('<Default Extension="xml"', '<Default Extension="png" ContentType="image/png"/><Default Extension="xml"')) },
    rels!,
    { name: 'word/document.xml', data: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}</w:body></w:document>`) },
    {
      name: 'word/_rels/document.xml.rels',
      data: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rImg" Type="${R}/image" Target="media/image1.png"/></Relationships>`),
    },
    // Random bytes: they compress as little as a real picture does.
    { name: 'word/media/image1.png', data: Buffer.from(Array.from({ length: 40_000 }, (_, i) => (i * 2654435761) >>> 24)) },
  ]);
}

afterEach(() => vi.restoreAllMocks());

describe('Word files at bounded cost', () => {
  it('never inlines images: 2,000 references to one picture make no data URIs', async () => {
    const convert = vi.spyOn(mammoth, 'convertToHtml');
    const result = await readDocx(imageDocx(2_000), 'port.docx');
    expect(result.originalText).toContain('The delegation toured the new port.');
    const html = (convert.mock.settledResults[0]!.value as { value: string }).value;
    expect(html).not.toContain('data:');
    // 2,000 bare <img> tags, not 2,000 copies of 53 KB of base64.
    expect(html.length).toBeLessThan(200_000);
  });

  it('refuses a media part whose header says 200 bytes but which unpacks to megabytes', async () => {
    const docx = buildZip([...docxParts(['Hello from the talks.']), { name: 'word/media/lie.bin', data: Buffer.alloc(8 * 1024 * 1024, 7), declaredSize: 200 }]);
    const error = await readDocx(docx, 'lie.docx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AttacheError);
    expect((error as AttacheError).code).toBe('ZIP_BOMB');
    expect((error as AttacheError).message).toMatch(/^lie\.docx: /);
  });

  it('still reads an honest document with a picture in it', async () => {
    const result = await readDocx(imageDocx(1), 'one.docx');
    expect(result.originalText).toContain('The delegation toured the new port.');
  });
});
