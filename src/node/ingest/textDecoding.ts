// Bytes to text without garbling: byte-order marks first, then UTF-16 without a mark (its NUL
// bytes made it look binary), then strict UTF-8, then a legacy
// encoding only where chardet names one and the result reads like text. Binary and broken files
// are refused with a reason instead of being imported as mojibake.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { AttacheError } from '../../core/errors';

export interface DecodedText {
  text: string;
  encoding: string;
}

// Characters a legacy-encoded document plausibly holds beyond ASCII.
const PLAUSIBLE_NON_ASCII = /[\p{L}\p{M}’‘“”„–—…«»€£¥°·•§¶×÷\u00a0]/u;

export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  const bom = byteOrderMark(bytes);
  if (bom) {
    const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(bom.length), bom.encoding);
    return { text: normaliseLineEndings(text), encoding: bom.encoding };
  }
  if (looksBinary(bytes)) {
    const utf16 = unmarkedUtf16(bytes);
    if (utf16) return { text: normaliseLineEndings(utf16.text), encoding: utf16.encoding };
    throw new AttacheError(
      'FILE_BINARY',
      `${fileName}: this is not a text file (it holds binary data). Check that it is the file you meant, or save it as plain text and import it again.`,
      { file: fileName },
    );
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: normaliseLineEndings(text), encoding: 'UTF-8' };
  } catch {
    // Not UTF-8: fall through to legacy encodings.
  }
  if (mostlyUtf8(bytes)) {
    throw encodingError(fileName, 'it mixes UTF-8 with bytes that are not UTF-8');
  }
  // NOTE: weak guesses are ignored: multi-byte encodings (Shift_JIS, GB18030) turn almost any
  // bytes into "letters", so only a confident guess may decode them.
  const candidates = chardet
    .analyse(bytes)
    .filter((m) => m.confidence >= 30)
    .map((m) => m.name)
    .filter((name) => !/^UTF-|^ISO-2022|^ASCII$/i.test(name) && iconv.encodingExists(name));
  // Windows-1252 is what a Western European legacy file nearly always is; try it last if chardet missed it.
  if (!candidates.includes('windows-1252')) candidates.push('windows-1252');
  for (const name of candidates) {
    const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name);
    if (readsAsText(text)) return { text: normaliseLineEndings(text), encoding: name };
  }
  // UTF-16 of a script whose high bytes are neither NUL nor controls (Chinese, say) looks like
  // neither binary nor legacy text.
  const utf16 = unmarkedUtf16(bytes);
  if (utf16) return { text: normaliseLineEndings(utf16.text), encoding: utf16.encoding };
  throw encodingError(fileName, 'its bytes are neither UTF-8 nor a legacy encoding Attaché recognises');
}

function encodingError(fileName: string, why: string): AttacheError {
  return new AttacheError(
    'FILE_ENCODING',
    `${fileName}: the text cannot be read without garbling it (${why}). Open it in a text editor and save it as UTF-8, then import it again.`,
    { file: fileName },
  );
}

function byteOrderMark(b: Uint8Array): { encoding: string; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf16be', length: 2 };
  return null;
}

// Code units that are no text a person wrote: C0 controls other than tab, LF, FF, CR; lone
// surrogates; private-use and unassigned code points. Random bytes read as UTF-16 hit these within
// a few hundred units, so text with none of them is UTF-16 indeed.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for.
const NOT_TEXT_UTF16 = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd\p{Co}\p{Cn}]|\p{Cs}/u;
// Spaces, line breaks and the commonest punctuation (Western and CJK): tells the right byte order
// from the swapped one, which turns them into rare symbols.
const SEPARATORS = /[ \n\r\t.,;:\u3000\u3001\u3002\uff0c\uff0e]/gu;

/** Decodes UTF-16 that has no byte-order mark, trying both byte orders; null when neither reads as text. */
function unmarkedUtf16(bytes: Uint8Array): { text: string; encoding: string } | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let best: { text: string; encoding: string; score: number } | null = null;
  for (const encoding of ['utf16le', 'utf16be'] as const) {
    const text = iconv.decode(buffer, encoding);
    if (NOT_TEXT_UTF16.test(text)) continue;
    const score = text.match(SEPARATORS)?.length ?? 0;
    if (score > 0 && (!best || score > best.score)) best = { text, encoding: encoding === 'utf16le' ? 'UTF-16LE' : 'UTF-16BE', score };
  }
  return best && { text: best.text, encoding: best.encoding };
}

/** NUL bytes, or many control characters, in the first 64 KB. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65_536);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  return n > 0 && controls / n > 0.02;
}

/**
 * True when the bytes are mostly well-formed UTF-8 with some broken sequences: a damaged UTF-8
 * file, not a legacy one (whose high bytes form valid UTF-8 pairs only by chance, and rarely).
 */
function mostlyUtf8(b: Uint8Array): boolean {
  const cont = (i: number) => i < b.length && (b[i]! & 0xc0) === 0x80;
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < b.length; i++) {
    const x = b[i]!;
    if (x < 0x80) continue;
    const len = x >= 0xc2 && x <= 0xdf ? 2 : x >= 0xe0 && x <= 0xef ? 3 : x >= 0xf0 && x <= 0xf4 ? 4 : 0;
    let ok = len > 0;
    for (let k = 1; ok && k < len; k++) ok = cont(i + k);
    if (ok) {
      valid++;
      i += len - 1;
    } else invalid++;
  }
  return valid > 0 && valid >= invalid;
}

/** Decoded text that a person wrote: no C1 controls, no replacement characters, and its
 *  non-ASCII characters are letters or typographic punctuation, not symbol soup. */
function readsAsText(text: string): boolean {
  if (/[\u0080-\u009f\ufffd]/u.test(text)) return false;
  let nonAscii = 0;
  let plausible = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    nonAscii++;
    if (PLAUSIBLE_NON_ASCII.test(ch)) plausible++;
  }
  return nonAscii === 0 || plausible / nonAscii >= 0.9;
}

export function normaliseLineEndings(text: string): string {
  return text.replace(/^\ufeff/u, '').replace(/\r\n?/g, '\n');
}
