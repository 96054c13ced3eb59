// UTF-16 without a byte-order mark, as some Windows tools save it: detected in both byte orders
// and read, where its NUL bytes once made it "binary". Binary files are still refused.
import { randomBytes } from 'node:crypto';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../src/node/ingest/textDecoding';

const SAMPLES = {
  english: 'The delegation arrived in Hanoi on Monday.\nTalks on trade and energy follow.',
  vietnamese: 'Hội nghị ở Hà Nội — “café”, naïve, 5 €\nSecond line',
  russian: 'Делегация прибыла в Ханой в понедельник.\nПереговоры о торговле.',
  chinese: '代表团星期一抵达河内。\n双方讨论了贸易和能源问题，会谈持续两天。',
};

describe('UTF-16 without a byte-order mark', () => {
  for (const [name, sample] of Object.entries(SAMPLES)) {
    it(`reads ${name} text in little- and big-endian order`, () => {
      const le = decodeText(iconv.encode(sample, 'utf16le'), `${name}-le.txt`);
      expect(le).toEqual({ text: sample, encoding: 'UTF-16LE' });
      const be = decodeText(iconv.encode(sample, 'utf16be'), `${name}-be.txt`);
      expect(be).toEqual({ text: sample, encoding: 'UTF-16BE' });
    });
  }

  it('normalises its CRLF line endings', () => {
    expect(decodeText(iconv.encode('one\r\ntwo', 'utf16le'), 'crlf.txt').text).toBe('one\ntwo');
  });

  it('still refuses binary data, of even and odd length, as not a text file', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    for (const [file, bytes] of [
      ['png.txt', png],
      ['random.txt', randomBytes(4096)],
      ['random-odd.txt', randomBytes(4097)],
      ['zeros.txt', Buffer.alloc(1024)],
    ] as const) {
      expect(() => decodeText(bytes, file)).toThrow(expect.objectContaining({ code: 'FILE_BINARY', file }));
    }
  });
});
