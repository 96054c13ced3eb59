// Per-run font fallback: each character is drawn with the first font of its style's chain that
// has a glyph for it, so "Tô Lâm" prints in Noto Serif and "石破茂" in Noto Sans JP.
import { join } from 'node:path';
import type PDFDocument from 'pdfkit';
import { FONT_FILES } from './fontsFolder';

export type FontStyle = 'regular' | 'bold' | 'italic';
export type FontName = 'serif' | 'serifBold' | 'serifItalic' | 'jp' | 'jpBold';

const CHAINS: Record<FontStyle, readonly FontName[]> = {
  regular: ['serif', 'jp'],
  bold: ['serifBold', 'jpBold'],
  // NOTE: Noto Sans JP has no italic; Japanese inside italics prints upright.
  italic: ['serifItalic', 'jp'],
};

interface GlyphLookup {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

export interface FontSegment {
  text: string;
  font: FontName;
}

export class FontChain {
  private readonly lookups = new Map<FontName, GlyphLookup>();
  private readonly cache = new Map<string, FontName>();

  constructor(private readonly doc: PDFKit.PDFDocument, folder: string) {
    for (const [name, file] of Object.entries(FONT_FILES) as Array<[FontName, string]>) {
      doc.registerFont(name, join(folder, file));
      doc.font(name);
      // NOTE: pdfkit keeps its fontkit font on the private `_font`; reading the glyph table from it
      // avoids parsing the 5 MB Japanese fonts a second time.
      const loaded = (doc as unknown as { _font: { font: GlyphLookup } })._font.font;
      this.lookups.set(name, loaded);
    }
  }

  /** Splits text into runs that each one font can draw. */
  split(text: string, style: FontStyle): FontSegment[] {
    const chain = CHAINS[style];
    const segments: FontSegment[] = [];
    for (const ch of text) {
      const font = this.fontFor(ch, chain);
      const last = segments[segments.length - 1];
      if (last && last.font === font) last.text += ch;
      else segments.push({ text: ch, font });
    }
    return segments;
  }

  private fontFor(ch: string, chain: readonly FontName[]): FontName {
    const key = `${chain[0]}|${ch}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const codePoint = ch.codePointAt(0) ?? 0;
    // Spaces and marks take the first font, so they never split a word's run.
    const chosen = /\s/.test(ch) ? chain[0]! : (chain.find((f) => this.lookups.get(f)?.hasGlyphForCodePoint(codePoint)) ?? chain[0]!);
    this.cache.set(key, chosen);
    return chosen;
  }

  width(text: string, font: FontName, size: number): number {
    return this.doc.font(font).fontSize(size).widthOfString(text);
  }
}

export type PdfDoc = InstanceType<typeof PDFDocument>;
