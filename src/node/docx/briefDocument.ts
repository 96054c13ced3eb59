// Builds a Word document from a BriefLayout (src/core/brief/layout), the same laid-out brief the
// PDF draws: nothing is re-derived here, only mapped onto the `docx` package's objects. Citations
// become real Word endnotes, each quoting its sources' words with their grades as the PDF prints
// them; the marking stands in the header and footer of every page, as in the PDF.
import {
  AlignmentType,
  BorderStyle,
  Document,
  EndnotePosition,
  EndnoteReferenceRun,
  Footer,
  Header,
  HeadingLevel,
  LineRuleType,
  NumberFormat,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { BriefLayout, KeyFigureLine, LaidBlock, LaidEndnote, LaidRun, TimelineLine } from '../../core/brief';
import { coverLines, UNVERIFIED_MARK } from '../../core/brief';
import type { Paper } from '../pdf/pageFrame';

// The PDF's inks (src/node/pdf/pageFrame INK), without the '#' Word colours take.
const INK = { text: '1a1a1a', muted: '555555', marking: '8b0000', rule: '9a9a9a', warn: 'b00020', shade: 'ECECEC' } as const;

// A serif Word and LibreOffice both have or substitute well; the PDF embeds Noto Serif, which an
// analyst's Word may not have, and a document for editing should not carry fonts of its own.
// East Asian text is left to Word's own East Asian font (a Latin font has no 石破茂).
const FONT = { ascii: 'Georgia', hAnsi: 'Georgia', cs: 'Georgia' } as const;

/** Sizes in half-points, as Word counts them: the PDF's 10.5 pt body is 21. */
const SIZE = { body: 21, heading: 30, title: 52, subtitle: 30, cover: 23, note: 18, table: 19, frame: 18, page: 16 } as const;

/** Page sizes in twentieths of a point (twips), and the PDF's margins (78 pt top and bottom, 66 pt sides). */
const PAGE_TWIPS: Record<Paper, { width: number; height: number }> = {
  A4: { width: 11906, height: 16838 },
  Letter: { width: 12240, height: 15840 },
};
const MARGIN_TWIPS = { top: 1560, bottom: 1560, left: 1320, right: 1320, header: 680, footer: 520 } as const;

/** The endnotes' hanging indent (the PDF's 24 pt). */
const NOTE_INDENT = 480;

/** The key-figures columns' shares of the text width, as in the PDF. */
const COLUMN_SHARES = [36, 20, 14, 30] as const;
/** The timeline's columns (date, what, sources), as in the PDF. */
const TIMELINE_SHARES = [18, 56, 26] as const;

export interface BriefDocumentOptions {
  paper: Paper;
}

export function briefDocument(layout: BriefLayout, options: BriefDocumentOptions): Document {
  const page = PAGE_TWIPS[options.paper] ?? PAGE_TWIPS.A4;
  const textWidth = page.width - MARGIN_TWIPS.left - MARGIN_TWIPS.right;
  const notes = layout.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'endnotes' ? b.notes : [])));
  const noteByNumber = new Map(notes.map((n) => [n.number, n]));

  const body: Array<Paragraph | Table> = [...coverBlock(layout)];
  for (const [i, section] of layout.sections.entries()) {
    // A brief long enough for front matter (the layout decides, as for the PDF) has its cover on a
    // page of its own; Word's navigation pane stands in for the PDF's contents page.
    const pageBreakBefore = i === 0 && layout.frontMatter;
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore, children: [new TextRun(section.title)] }));
    for (const block of section.blocks) body.push(...laidBlock(block, textWidth, noteByNumber));
  }

  return new Document({
    title: layout.metadata.title,
    subject: layout.metadata.subject,
    creator: layout.metadata.author || 'Attaché',
    lastModifiedBy: layout.metadata.author || 'Attaché',
    keywords: layout.metadata.keywords.join(', '),
    description: `Exported by Attaché. Marking: ${layout.cover.marking}.`,
    styles: {
      default: {
        document: { run: { font: FONT, size: SIZE.body, color: INK.text }, paragraph: { spacing: { after: 140, line: 300, lineRule: LineRuleType.AUTO } } },
        title: { run: { font: FONT, size: SIZE.title, bold: true, color: INK.text }, paragraph: { spacing: { after: 200, line: 240, lineRule: LineRuleType.AUTO } } },
        heading1: {
          run: { font: FONT, size: SIZE.heading, bold: true, color: INK.text },
          paragraph: { spacing: { before: 320, after: 120, line: 260, lineRule: LineRuleType.AUTO }, keepNext: true, keepLines: true },
        },
        endnoteText: { run: { font: FONT, size: SIZE.note, color: INK.text }, paragraph: { spacing: { after: 60, line: 260, lineRule: LineRuleType.AUTO } } },
      },
    },
    endnotes: Object.fromEntries(notes.map((note) => [String(note.number), { children: endnoteParagraphs(note) }])),
    sections: [
      {
        properties: {
          page: { size: page, margin: MARGIN_TWIPS },
          // Word numbers endnotes i, ii, iii unless told; the brief's are 1, 2, 3, all at the end.
          endnoteProperties: { numberFormat: { type: NumberFormat.DECIMAL }, position: EndnotePosition.DOCUMENT_END },
        },
        headers: { default: new Header({ children: [markingLine(layout.cover.marking, 'below')] }) },
        footers: {
          default: new Footer({
            children: [
              markingLine(layout.cover.marking, 'above'),
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                spacing: { after: 0 },
                children: [
                  new TextRun({ size: SIZE.page, color: INK.muted, children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
}

/** The cover's facts at the head of the first page: title, subtitle, who for and by, the date, the marking boxed. */
function coverBlock(layout: BriefLayout): Paragraph[] {
  const { cover } = layout;
  // On a cover page of its own the title stands a quarter down the page, as in the PDF.
  const out = [new Paragraph({ heading: HeadingLevel.TITLE, ...(layout.frontMatter ? { spacing: { before: 3600 } } : {}), children: [new TextRun(cover.title)] })];
  if (cover.subtitle) {
    out.push(new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: cover.subtitle, italics: true, size: SIZE.subtitle, color: INK.muted })] }));
  }
  for (const [label, value] of coverLines(cover)) {
    out.push(
      new Paragraph({
        spacing: { after: 60 },
        children: [new TextRun({ text: `${label}: `, bold: true, size: SIZE.cover }), new TextRun({ text: value, size: SIZE.cover })],
      }),
    );
  }
  const box = { style: BorderStyle.SINGLE, size: 10, color: INK.marking, space: 6 } as const;
  out.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 360, after: 360 },
      // The box's border stands outside the text; the indent keeps it inside the margins.
      indent: { left: 160, right: 160 },
      border: { top: box, bottom: box, left: box, right: box },
      children: [new TextRun({ text: cover.marking, bold: true, size: SIZE.heading, color: INK.marking })],
    }),
  );
  return out;
}

function markingLine(marking: string, rule: 'above' | 'below'): Paragraph {
  const line = { style: BorderStyle.SINGLE, size: 4, color: INK.rule, space: 4 } as const;
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 0 },
    border: rule === 'below' ? { bottom: line } : { top: line },
    children: [new TextRun({ text: marking, bold: true, size: SIZE.frame, color: INK.marking })],
  });
}

function laidBlock(block: LaidBlock, textWidth: number, notes: ReadonlyMap<number, LaidEndnote>): Array<Paragraph | Table> {
  if (block.kind === 'paragraph') return [new Paragraph({ children: runs(block.runs, notes) })];
  if (block.kind === 'bullets') return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, spacing: { after: 80 }, children: runs(item, notes) }));
  if (block.kind === 'keyFigures') return [keyFigures(block.header, block.rows, textWidth, notes), new Paragraph({ spacing: { after: 120 }, children: [] })];
  if (block.kind === 'timeline') return [timeline(block.header, block.rows, textWidth, notes), new Paragraph({ spacing: { after: 120 }, children: [] })];
  // The notes themselves are Word's endnotes, at the end of the document: nothing is drawn here.
  return [];
}

function runs(laid: readonly LaidRun[], notes: ReadonlyMap<number, LaidEndnote>, size?: number): ParagraphChild[] {
  return laid.flatMap((run): ParagraphChild[] => {
    // Only what the analyst set is written: an explicit "not bold" would fight a style put on later in Word.
    if (run.kind === 'text') return [new TextRun({ text: run.text, ...(run.bold ? { bold: true } : {}), ...(run.italic ? { italics: true } : {}), ...(size ? { size } : {}) })];
    const out: ParagraphChild[] = [citation(run, notes, size)];
    if (run.unverified) out.push(new TextRun({ text: ` ${UNVERIFIED_MARK}`, bold: true, color: INK.warn, size: Math.round((size ?? SIZE.body) * 0.8) }));
    return out;
  });
}

/**
 * A citation's first use is the endnote's reference mark; Word numbers the marks in reading order,
 * which is the order the layout numbered them in. A later use of the same note (Word allows one
 * mark per note) prints the same number raised, as the PDF does.
 */
function citation(run: Extract<LaidRun, { kind: 'cite' }>, notes: ReadonlyMap<number, LaidEndnote>, size: number | undefined): ParagraphChild {
  if (run.anchor && notes.has(run.number)) return new EndnoteReferenceRun(run.number);
  return new TextRun({ text: String(run.number), superScript: true, ...(size ? { size } : {}) });
}

function keyFigures(header: readonly string[], rows: readonly KeyFigureLine[], textWidth: number, notes: ReadonlyMap<number, LaidEndnote>): Table {
  return table(
    header,
    COLUMN_SHARES,
    rows.map((row) => [
      [new TextRun({ text: row.indicator, size: SIZE.table })],
      [new TextRun({ text: row.value, bold: true, size: SIZE.table })],
      [new TextRun({ text: row.asOf || '—', size: SIZE.table })],
      [...runs([row.cite], notes, SIZE.table), new TextRun({ text: row.outlets ? ` ${row.outlets}` : '', color: INK.muted, size: SIZE.table })],
    ]),
    textWidth,
  );
}

function timeline(header: readonly string[], rows: readonly TimelineLine[], textWidth: number, notes: ReadonlyMap<number, LaidEndnote>): Table {
  return table(
    header,
    TIMELINE_SHARES,
    rows.map((row) => [
      [new TextRun({ text: row.date, bold: true, size: SIZE.table })],
      [new TextRun({ text: row.what, size: SIZE.table })],
      [...citeList(row.cites, notes), new TextRun({ text: row.outlets ? ` ${row.outlets}` : '', color: INK.muted, size: SIZE.table })],
    ]),
    textWidth,
  );
}

/** Several citations side by side, told apart by a comma as the PDF prints them. */
function citeList(cites: ReadonlyArray<Extract<LaidRun, { kind: 'cite' }>>, notes: ReadonlyMap<number, LaidEndnote>): ParagraphChild[] {
  return cites.flatMap((c, i) => [...(i > 0 ? [new TextRun({ text: ',', superScript: true, size: SIZE.table })] : []), ...runs([c], notes, SIZE.table)]);
}

function table(header: readonly string[], shares: readonly number[], body: ReadonlyArray<ReadonlyArray<ParagraphChild[]>>, textWidth: number): Table {
  const widths = shares.map((share) => Math.round((textWidth * share) / 100));
  const thin = { style: BorderStyle.SINGLE, size: 4, color: INK.rule } as const;
  const strong = { style: BorderStyle.SINGLE, size: 8, color: INK.text } as const;
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
  const cell = (children: ParagraphChild[], i: number, shaded = false) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      margins: { top: 60, bottom: 60, left: 80, right: 80 },
      ...(shaded ? { shading: { type: ShadingType.CLEAR, fill: INK.shade, color: 'auto' } } : {}),
      children: [new Paragraph({ spacing: { after: 0, line: 260, lineRule: LineRuleType.AUTO }, children })],
    });
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: header.map((text, i) => cell([new TextRun({ text, bold: true, size: SIZE.table })], i, true)),
  });
  const bodyRows = body.map((cells) => new TableRow({ cantSplit: true, children: cells.map((children, i) => cell(children, i)) }));
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: strong, bottom: thin, left: none, right: none, insideHorizontal: thin, insideVertical: none },
    rows: [headerRow, ...bodyRows],
  });
}

/** Each source of a note in its own paragraph: who, when, the grade, then its words, as the PDF prints them. */
function endnoteParagraphs(note: LaidEndnote): Paragraph[] {
  return note.entries.map((entry, i) => {
    // Word writes the note's own number before the first paragraph; a tab takes the text to the indent.
    const children: ParagraphChild[] = i === 0 ? [new TextRun({ children: [new Tab()] })] : [];
    if (i === 0 && note.unverified) children.push(new TextRun({ text: `${UNVERIFIED_MARK} `, bold: true, color: INK.warn }));
    children.push(new TextRun({ text: `${entry.source} ` }));
    if (entry.quote) children.push(new TextRun({ text: `“${entry.quote}”`, italics: true, color: INK.muted }));
    else if (entry.quotedIn !== null) children.push(new TextRun({ text: `The same sentence as note ${entry.quotedIn}.`, italics: true, color: INK.muted }));
    // Hung from the note's number, as the PDF sets them, so a second source reads as the same note's.
    const last = i === note.entries.length - 1;
    return new Paragraph({
      style: 'EndnoteText',
      indent: i === 0 ? { left: NOTE_INDENT, hanging: NOTE_INDENT } : { left: NOTE_INDENT },
      spacing: { after: last ? 100 : 20 },
      children,
    });
  });
}
