// Per-run font fallback: each character is drawn with the first font of its style's chain that
// has a glyph for it, so "Tô Lâm" prints in Noto Serif and "石破茂" in Noto Sans JP.
import { readFileSync } from 'node:fs';
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

// The font files are read once per process (a worker exports many briefs); pdfkit parses them
// per document, which it must, since each document embeds its own subset.
const bytesByPath = new Map<string, Buffer>();
function fontBytes(path: string): Buffer {
  let bytes = bytesByPath.get(path);
  if (!bytes) bytesByPath.set(path, (bytes = readFileSync(path)));
  return bytes;
}

interface GlyphLookup {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

export interface FontSegment {
  text: string;
  font: FontName;
}

export interface MeasuredSegment extends FontSegment {
  width: number;
}

export class FontChain {
  private readonly lookups = new Map<FontName, GlyphLookup>();
  private readonly choice = new Map<FontStyle, Map<number, FontName>>();
  private readonly measurers = new Map<string, (text: string) => MeasuredSegment[]>();

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    folder: string,
  ) {
    for (const [name, file] of Object.entries(FONT_FILES) as Array<[FontName, string]>) doc.registerFont(name, fontBytes(join(folder, file)));
  }

  /** Parses a font on first use: a brief with no Japanese never loads the 5 MB Japanese fonts. */
  private lookup(name: FontName): GlyphLookup {
    let loaded = this.lookups.get(name);
    if (!loaded) {
      this.doc.font(name);
      // NOTE: pdfkit keeps its fontkit font on the private `_font`; reading the glyph table from it
      // avoids parsing the fonts a second time.
      loaded = (this.doc as unknown as { _font: { font: GlyphLookup } })._font.font;
      this.lookups.set(name, loaded);
    }
    return loaded;
  }

  /** Splits text into runs that each one font can draw. */
  split(text: string, style: FontStyle): FontSegment[] {
    const segments: FontSegment[] = [];
    for (const ch of text) {
      const font = this.fontFor(ch, style);
      const last = segments[segments.length - 1];
      if (last && last.font === font) last.text += ch;
      else segments.push({ text: ch, font });
    }
    return segments;
  }

  /** split() with each run's width; remembered, since a brief repeats most of its words. */
  measure(text: string, style: FontStyle, size: number): MeasuredSegment[] {
    return this.measurer(style, size)(text);
  }

  /** measure() for one style and size, for a caller measuring many words alike. */
  measurer(style: FontStyle, size: number): (text: string) => MeasuredSegment[] {
    const key = `${style}\u0000${size}`;
    let measure = this.measurers.get(key);
    if (!measure) {
      const known = new Map<string, MeasuredSegment[]>();
      measure = (text) => {
        let segments = known.get(text);
        if (!segments) {
          segments = this.split(text, style).map((s) => ({ ...s, width: this.width(s.text, s.font, size) }));
          known.set(text, segments);
        }
        return segments;
      };
      this.measurers.set(key, measure);
    }
    return measure;
  }

  private fontFor(ch: string, style: FontStyle): FontName {
    let chosenFor = this.choice.get(style);
    if (!chosenFor) this.choice.set(style, (chosenFor = new Map()));
    const codePoint = ch.codePointAt(0) ?? 0;
    const cached = chosenFor.get(codePoint);
    if (cached) return cached;
    const chain = CHAINS[style];
    // Spaces take the first font, so they never split a word's run.
    const chosen = /\s/.test(ch) ? chain[0]! : (chain.find((f) => this.lookup(f).hasGlyphForCodePoint(codePoint)) ?? chain[0]!);
    chosenFor.set(codePoint, chosen);
    return chosen;
  }

  width(text: string, font: FontName, size: number): number {
    return this.doc.font(font).fontSize(size).widthOfString(text);
  }
}

export type PdfDoc = InstanceType<typeof PDFDocument>;
