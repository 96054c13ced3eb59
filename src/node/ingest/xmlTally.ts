// Counts the elements and the paragraphs of XML as it streams past, chunk by chunk, holding only a
// few bytes between chunks: what a DOCX's parts will cost to read is known before a parser builds
// anything (mammoth's memory grows with the elements, about 3.5 KB each at its peak).

/** A tag cut by a chunk's end is carried to the next chunk; a tag name longer than this is not one a DOCX holds. */
const CARRY = 256;
const ELEMENT = /<[A-Za-z_]/g;
/** `<w:p>`, `<w:p w:rsidR=…>`, `<a:p/>`: a paragraph in any namespace, not `<w:pPr>`. */
const PARAGRAPH = /<(?:[A-Za-z_][\w.-]*:)?p[\s/>]/g;

export class XmlTally {
  elements = 0;
  paragraphs = 0;
  private carry = '';

  add(chunk: Buffer): void {
    // latin1: one character per byte, and every byte of a tag's markup is ASCII.
    const text = this.carry + chunk.toString('latin1');
    const open = text.lastIndexOf('<');
    // Up to the last '<' when a tag may still be cut there; else all of it.
    const cut = open >= 0 && text.length - open < CARRY ? open : text.length;
    this.count(text.slice(0, cut));
    this.carry = text.slice(cut);
  }

  /** Counts what was carried: the last chunk has been added. */
  finish(): void {
    this.count(this.carry);
    this.carry = '';
  }

  private count(text: string): void {
    this.elements += occurrences(ELEMENT, text);
    this.paragraphs += occurrences(PARAGRAPH, text);
  }
}

function occurrences(pattern: RegExp, text: string): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text)) n++;
  return n;
}
