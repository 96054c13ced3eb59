// Text files in the encodings analysts receive: read without garbling, line endings normalised.
// Readers are called directly (no worker) so each case is quick.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../src/node/ingest/readSource';

const SAMPLE = 'Hội nghị ở Hà Nội — “café”, naïve, 5 €\nSecond line';
const WESTERN = 'Le café de la Gare — « réunion » à 14 h, coût 5 €.\nDeuxième ligne naïve.';

async function text(bytes: Uint8Array, name = 'file.txt'): Promise<string> {
  return (await readDocument(bytes, name)).originalText;
}

describe('text encodings', () => {
  it('reads UTF-8 with and without a byte-order mark', async () => {
    expect(await text(Buffer.from(SAMPLE, 'utf8'))).toBe(SAMPLE);
    expect(await text(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE, 'utf8')]))).toBe(SAMPLE);
  });

  it('reads UTF-16 little- and big-endian with their byte-order marks', async () => {
    expect(await text(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(SAMPLE, 'utf16le')]))).toBe(SAMPLE);
    expect(await text(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(SAMPLE, 'utf16be')]))).toBe(SAMPLE);
  });

  it('recognises legacy Windows-1252 text and decodes it exactly', async () => {
    expect(await text(iconv.encode(WESTERN, 'windows-1252'))).toBe(WESTERN);
  });

  it('normalises CRLF and CR line endings to LF', async () => {
    expect(await text(Buffer.from('one\r\ntwo\rthree\n', 'utf8'))).toBe('one\ntwo\nthree\n');
  });

  it('refuses bytes that are neither UTF-8 nor plausible legacy text', async () => {
    const mixed = Buffer.concat([Buffer.from('Hà Nội ', 'utf8'), Buffer.from([0xe9, 0x20, 0xff, 0xfe, 0x41])]);
    await expect(readDocument(mixed, 'mixed.txt')).rejects.toMatchObject({ code: 'FILE_ENCODING', file: 'mixed.txt' });
    const symbols = Buffer.from([0x41, 0xa4, 0xa6, 0xa8, 0xac, 0xaf, 0xb1, 0xb4, 0xb8, 0xbc, 0x42]);
    await expect(readDocument(symbols, 'symbols.txt')).rejects.toMatchObject({ code: 'FILE_ENCODING' });
  });

  it('refuses binary data named .txt', async () => {
    const bytes = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0x03]);
    await expect(readDocument(bytes, 'report.txt')).rejects.toMatchObject({ code: 'FILE_BINARY', file: 'report.txt' });
  });

  it('reads an HTML page in the charset it declares', async () => {
    const html = `<html><head><meta charset="windows-1252"><title>Réunion</title></head><body><p>${'Les ministres se sont réunis à Genève. '.repeat(8)}</p></body></html>`;
    const result = await readDocument(iconv.encode(html, 'windows-1252'), 'page.htm');
    expect(result.originalText).toContain('réunis à Genève');
  });
});

describe('Markdown', () => {
  it('keeps headings and list items as lines and strips the markup', async () => {
    const md = [
      '---',
      'title: Visit notes',
      '---',
      '# Visit of the Prime Minister',
      '',
      'The visit ran from **27 to 29 April**, see [the statement](https://example.org/s) and `annex_2`.',
      '',
      '- Trade: *US$46.2 billion*',
      '1. Defence talks',
      '> A quoted remark.',
      '',
      '| Year | Trade |',
      '| --- | --- |',
      '| 2024 | 46.2 |',
      '![Delegation photo](photo.jpg)',
      'snake_case_name stays',
    ].join('\n');
    const result = await readDocument(Buffer.from(md), 'notes.md');
    expect(result.format).toBe('md');
    expect(result.hints.title).toBe('Visit notes');
    expect(result.originalText.split('\n')).toEqual([
      'Visit of the Prime Minister',
      '',
      'The visit ran from 27 to 29 April, see the statement and annex_2.',
      '',
      'Trade: US$46.2 billion',
      '',
      'Defence talks',
      '',
      'A quoted remark.',
      '',
      'Year | Trade',
      '2024 | 46.2',
      'Delegation photo',
      'snake_case_name stays',
    ]);
  });
});

describe('other legacy encodings chardet is sure of', () => {
  it('reads Shift_JIS Japanese and Windows-1251 Russian', async () => {
    const ja = '両国の首脳は東京で会談し、協力の強化で合意した。';
    expect(await text(iconv.encode(ja, 'Shift_JIS'))).toBe(ja);
    const ru = 'Министр иностранных дел заявил, что переговоры продолжатся.';
    expect(await text(iconv.encode(ru, 'windows-1251'))).toBe(ru);
  });
});
