// Draws a BriefLayout (src/core/brief/layout) onto pdfkit pages: cover, contents, sections with
// cited text, the key-figures table and the endnotes, each tagged for the structure tree.
import type { BriefLayout, KeyFigureLine, LaidBlock, LaidEndnote, LaidRun, LaidSection, TimelineLine } from '../../core/brief';
import { coverLines, UNVERIFIED_MARK } from '../../core/brief';
import type { FontChain, FontStyle, PdfDoc } from './fontChain';
import { drawText } from './drawText';
import { INK, MARGIN } from './pageFrame';
import { drawRuns, flowText, type Line, type Styled } from './textFlow';

type StructElement = ReturnType<PdfDoc['struct']>;

const BODY = 10.5;
const LEADING = 1.38;
const CITE_SIZE = 6.5;
const CITE_RISE = 3.6;
const NOTE_SIZE = 9;
const TABLE_SIZE = 9.5;
const NOTE_INDENT = 24;

export class BriefWriter {
  private y: number = MARGIN.top;
  private readonly root: StructElement;
  private readonly sectionPages = new Map<string, number>();

  constructor(
    private readonly doc: PdfDoc,
    private readonly fonts: FontChain,
  ) {
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
  }

  private get bottom(): number {
    return this.doc.page.height - MARGIN.bottom;
  }

  private get width(): number {
    return this.doc.page.width - MARGIN.left - MARGIN.right;
  }

  private newPage(): void {
    this.doc.addPage();
    this.y = MARGIN.top;
  }

  private ensure(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
  }

  private pageIndex(): number {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count - 1;
  }

  write(layout: BriefLayout): void {
    this.newPage();
    if (!layout.frontMatter) {
      // A short brief: its title and who it is for head page 1, and the sections follow.
      this.titleBlock(layout);
      for (const section of layout.sections) this.section(section);
      this.root.end();
      return;
    }
    this.cover(layout);
    const contents = this.doc.struct('TOC');
    this.root.add(contents);
    const tocPages = this.reserveContents(layout.sections.length);
    this.newPage();
    for (const section of layout.sections) this.section(section);
    this.fillContents(contents, layout.sections, tocPages);
    this.root.end();
  }

  // -------------------------------------------------------------------------------------------
  // Cover and contents

  private cover(layout: BriefLayout): void {
    const { cover } = layout;
    this.y = this.doc.page.height * 0.26;
    this.block('Title', [{ text: cover.title, style: 'bold', size: 26, color: INK.text }], { leading: 1.2, after: 10 });
    if (cover.subtitle) this.block('P', [{ text: cover.subtitle, style: 'italic', size: 15, color: INK.muted }], { after: 18 });
    this.rule(this.y, 1.2);
    this.y += 20;
    for (const [label, value] of coverLines(cover)) {
      this.block('P', [
        { text: `${label}: `, style: 'bold', size: 11.5, color: INK.text },
        { text: value, style: 'regular', size: 11.5, color: INK.text },
      ], { after: 4 });
    }
    // The marking, boxed, where a reader of the cover cannot miss it.
    const size = 15;
    const line = flowText(this.fonts, [{ text: cover.marking, style: 'bold', size, color: INK.marking }], this.width - 40)[0];
    if (line) {
      const boxW = line.width + 36;
      const boxX = (this.doc.page.width - boxW) / 2;
      const boxY = this.doc.page.height * 0.72;
      this.artifact(() => this.doc.save().lineWidth(1.2).strokeColor(INK.marking).rect(boxX, boxY, boxW, size + 18).stroke().restore());
      const p = this.doc.struct('P');
      this.root.add(p);
      p.add(() => this.drawLine(line, boxX + 18, boxY + 9 + size * 0.8));
      p.end();
    }
  }

  /** The cover's words at the top of page 1, for a brief without a cover page. */
  private titleBlock(layout: BriefLayout): void {
    const { cover } = layout;
    this.block('Title', [{ text: cover.title, style: 'bold', size: 20, color: INK.text }], { leading: 1.2, after: 4 });
    if (cover.subtitle) this.block('P', [{ text: cover.subtitle, style: 'italic', size: 12.5, color: INK.muted }], { after: 6 });
    const parts = coverLines(cover);
    if (parts.length) {
      const runs: Styled[] = parts.flatMap(([label, value], i) => [
        { text: `${i > 0 ? '   ·   ' : ''}${label}:\u00a0`, style: 'bold', size: 9.5, color: INK.muted },
        { text: value, style: 'regular', size: 9.5, color: INK.muted },
      ]);
      this.block('P', runs, { after: 8 });
    }
    this.rule(this.y, 1);
    this.y += 8;
  }

  private readonly tocLine = 19;

  private reserveContents(entries: number): number[] {
    const first = this.pageIndex() + 1;
    this.newPage();
    const perFirst = Math.floor((this.bottom - MARGIN.top - 44) / this.tocLine);
    const perPage = Math.floor((this.bottom - MARGIN.top) / this.tocLine);
    const pages = [first];
    for (let left = entries - perFirst; left > 0; left -= perPage) {
      this.newPage();
      pages.push(this.pageIndex());
    }
    return pages;
  }

  private fillContents(contents: StructElement, sections: LaidSection[], pages: number[]): void {
    let pageAt = 0;
    this.doc.switchToPage(pages[0]!);
    this.y = MARGIN.top;
    const heading = this.doc.struct('H1');
    contents.add(heading);
    this.lines(heading, flowText(this.fonts, [{ text: 'Contents', style: 'bold', size: 16, color: INK.text }], this.width), 16 * 1.3, MARGIN.left);
    heading.end();
    this.y += 14;
    for (const section of sections) {
      if (this.y + this.tocLine > this.bottom) {
        pageAt++;
        this.doc.switchToPage(pages[pageAt]!);
        this.y = MARGIN.top;
      }
      const number = String((this.sectionPages.get(section.anchor) ?? 0) + 1);
      const item = this.doc.struct('TOCI');
      contents.add(item);
      const numberWidth = this.fonts.width(number, 'serif', 11);
      const titleLine = flowText(this.fonts, [{ text: section.title, style: 'regular', size: 11, color: INK.link, link: section.anchor }], this.width - numberWidth - 30)[0];
      const baseline = this.y + 11 * 0.9;
      item.add(() => {
        if (titleLine) this.drawLine(titleLine, MARGIN.left, baseline);
        drawText(this.doc, number, 'serif', 11, INK.text, MARGIN.left + this.width - numberWidth, baseline, numberWidth);
      });
      this.doc.goTo(MARGIN.left, this.y, this.width, this.tocLine - 4, section.anchor);
      const leaderFrom = MARGIN.left + (titleLine?.width ?? 0) + 6;
      const leaderTo = MARGIN.left + this.width - numberWidth - 6;
      if (leaderTo > leaderFrom) {
        this.artifact(() =>
          this.doc.save().lineWidth(0.6).dash(0.6, { space: 2.4 }).strokeColor(INK.rule).moveTo(leaderFrom, baseline).lineTo(leaderTo, baseline).stroke().undash().restore(),
        );
      }
      item.end();
      this.y += this.tocLine;
    }
    contents.end();
  }

  // -------------------------------------------------------------------------------------------
  // Sections and blocks

  private section(section: LaidSection): void {
    const sect = this.doc.struct('Sect');
    this.root.add(sect);
    // The heading stays with the start of what follows it.
    const first = section.blocks[0];
    this.ensure(15 * 1.3 + 16 + (first ? this.leadHeight(first) : 0));
    if (this.y > MARGIN.top) this.y += 10;
    this.sectionPages.set(section.anchor, this.pageIndex());
    this.doc.addNamedDestination(section.anchor, 'XYZ', MARGIN.left, this.y, null);
    this.doc.outline.addItem(section.title);
    const heading = this.doc.struct('H1');
    sect.add(heading);
    this.lines(heading, flowText(this.fonts, [{ text: section.title, style: 'bold', size: 15, color: INK.text }], this.width), 15 * 1.3, MARGIN.left);
    heading.end();
    this.y += 6;
    for (const block of section.blocks) this.laidBlock(sect, block);
    sect.end();
  }

  /** Height of a block's first unbreakable piece: what must fit under its section heading. */
  private leadHeight(block: LaidBlock): number {
    const bodyLines = (pieces: Styled[], indent: number) => Math.min(3, flowText(this.fonts, pieces, this.width - indent).length) * BODY * LEADING;
    if (block.kind === 'paragraph') return bodyLines(this.styled(block.runs, 'regular'), 0);
    if (block.kind === 'bullets') return block.items[0] ? bodyLines(this.styled(block.items[0], 'regular'), 16) : 0;
    if (block.kind === 'keyFigures' || block.kind === 'timeline') return 70;
    const note = block.notes[0];
    if (!note) return 0;
    const lines = this.noteLines(note, this.width - NOTE_INDENT).length;
    return (lines <= 6 ? lines : 2) * NOTE_SIZE * 1.35;
  }

  private laidBlock(parent: StructElement, block: LaidBlock): void {
    if (block.kind === 'paragraph') {
      this.block('P', this.styled(block.runs, 'regular'), { parent, after: 7 });
    } else if (block.kind === 'bullets') {
      this.bullets(parent, block.items);
    } else if (block.kind === 'keyFigures') {
      this.keyFigures(parent, block.header, block.rows);
    } else if (block.kind === 'timeline') {
      this.timeline(parent, block.header, block.rows);
    } else {
      this.endnotes(parent, block.notes);
    }
  }

  private styled(runs: LaidRun[], base: FontStyle, size = BODY): Styled[] {
    return runs.flatMap((run, i): Styled[] => {
      if (run.kind === 'text') {
        const style: FontStyle = run.bold ? 'bold' : run.italic ? 'italic' : base;
        return [{ text: run.text, style, size, color: INK.text }];
      }
      const cite: Styled = { text: String(run.number), style: 'regular', size: CITE_SIZE, color: INK.link, rise: CITE_RISE, link: run.target };
      if (run.anchor) cite.anchor = run.anchor;
      // Notes side by side are told apart by a comma (43,44 and not 4344), raised with them.
      const comma: Styled[] = runs[i - 1]?.kind === 'cite' ? [{ text: ',', style: 'regular', size: CITE_SIZE, color: INK.text, rise: CITE_RISE }] : [];
      return run.unverified ? [...comma, cite, { text: ` ${UNVERIFIED_MARK}`, style: 'bold', size: size * 0.8, color: INK.warn }] : [...comma, cite];
    });
  }

  private bullets(parent: StructElement, items: LaidRun[][]): void {
    const list = this.doc.struct('L');
    parent.add(list);
    const indent = 16;
    for (const item of items) {
      const li = this.doc.struct('LI');
      list.add(li);
      const lines = flowText(this.fonts, this.styled(item, 'regular'), this.width - indent);
      const lineHeight = BODY * LEADING;
      this.ensure(lineHeight);
      const label = this.doc.struct('Lbl');
      li.add(label);
      const baseline = this.y + BODY * 0.95;
      label.add(() => drawText(this.doc, '•', 'serif', BODY, INK.text, MARGIN.left + 4, baseline, 0));
      label.end();
      const body = this.doc.struct('LBody');
      li.add(body);
      this.lines(body, lines, lineHeight, MARGIN.left + indent);
      body.end();
      li.end();
      this.y += 4;
    }
    list.end();
    this.y += 4;
  }

  private block(type: string, pieces: Styled[], options: { parent?: StructElement; after?: number; leading?: number; indent?: number } = {}): void {
    const element = this.doc.struct(type);
    (options.parent ?? this.root).add(element);
    const indent = options.indent ?? 0;
    const lines = flowText(this.fonts, pieces, this.width - indent);
    const size = Math.max(...pieces.map((p) => p.size));
    this.lines(element, lines, size * (options.leading ?? LEADING), MARGIN.left + indent);
    element.end();
    this.y += options.after ?? 0;
  }

  /** Draws lines one marked-content sequence each, breaking pages between lines. */
  private lines(element: StructElement, lines: Line[], lineHeight: number, x: number, bottomGuard = 0): void {
    for (const line of lines) {
      const height = Math.max(lineHeight, line.size * LEADING);
      if (this.y + height > this.bottom - bottomGuard) this.newPage();
      const baseline = this.y + height * 0.78;
      element.add(() => this.drawLine(line, x, baseline, element));
      this.y += height;
    }
  }

  private drawLine(line: Line, x: number, baseline: number, element?: StructElement): void {
    for (const run of drawRuns(line, x)) {
      const y = baseline - run.rise;
      drawText(this.doc, run.text, run.font, run.size, run.color, run.x, y, run.width);
      if (run.anchor) this.doc.addNamedDestination(run.anchor, 'XYZ', run.x, y - run.size * 2, null);
      if (run.link) {
        const top = y - run.size * 0.9;
        this.doc.goTo(run.x - 1, top, run.width + 2, run.size * 1.2, run.link, (element ? { structParent: element } : {}) as PDFKit.Mixins.AnnotationOption);
      }
    }
  }

  private artifact(draw: () => void): void {
    this.doc.markContent('Artifact');
    draw();
    this.doc.endMarkedContent();
  }

  private rule(y: number, width = 0.5, color: string = INK.rule): void {
    this.artifact(() => this.doc.save().lineWidth(width).strokeColor(color).moveTo(MARGIN.left, y).lineTo(MARGIN.left + this.width, y).stroke().restore());
  }

  // -------------------------------------------------------------------------------------------
  // Key figures

  /** A citation in a table cell: "[3]" on the line, linked to its note, no superscript. */
  private tableCite(cite: Extract<LaidRun, { kind: 'cite' }>, size: number): Styled[] {
    return this.styled([cite], 'regular', size).map((p) => (p.link ? { ...p, text: `[${p.text}]`, size, rise: 0 } : p));
  }

  private keyFigures(parent: StructElement, header: readonly string[], rows: KeyFigureLine[]): void {
    const size = TABLE_SIZE;
    this.table(parent, header, [0.36, 0.2, 0.14, 0.3], rows.map((row) => [
      [{ text: row.indicator, style: 'regular', size, color: INK.text }],
      [{ text: row.value, style: 'bold', size, color: INK.text }],
      [{ text: row.asOf || '—', style: 'regular', size, color: INK.text }],
      [...this.tableCite(row.cite, size), { text: row.outlets ? ` ${row.outlets}` : '', style: 'regular', size, color: INK.muted }],
    ]));
  }

  private timeline(parent: StructElement, header: readonly string[], rows: TimelineLine[]): void {
    const size = TABLE_SIZE;
    this.table(parent, header, [0.18, 0.56, 0.26], rows.map((row) => [
      [{ text: row.date, style: 'bold', size, color: INK.text }],
      [{ text: row.what, style: 'regular', size, color: INK.text }],
      [...row.cites.flatMap((c) => this.tableCite(c, size)), { text: row.outlets ? ` ${row.outlets}` : '', style: 'regular', size, color: INK.muted }],
    ]));
  }

  private table(parent: StructElement, header: readonly string[], fractions: readonly number[], body: Styled[][][]): void {
    const size = TABLE_SIZE;
    const pad = 4;
    const widths = fractions.map((f) => f * this.width);
    const xs = widths.map((_, i) => MARGIN.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const lineHeight = size * 1.3;
    const table = this.doc.struct('Table');
    parent.add(table);

    const layoutRow = (cells: Styled[][]) => {
      const laid = cells.map((pieces, i) => flowText(this.fonts, pieces, widths[i]! - pad * 2));
      const height = Math.max(...laid.map((lines) => lines.length)) * lineHeight + pad * 2;
      return { laid, height };
    };
    const drawRow = (cellType: 'TH' | 'TD', row: ReturnType<typeof layoutRow>, shaded: boolean) => {
      const tr = this.doc.struct('TR');
      table.add(tr);
      const top = this.y;
      if (shaded) this.artifact(() => this.doc.save().rect(MARGIN.left, top, this.width, row.height).fill('#ececec').restore());
      row.laid.forEach((lines, i) => {
        const cell = this.doc.struct(cellType);
        tr.add(cell);
        lines.forEach((line, n) => {
          const baseline = top + pad + n * lineHeight + size * 0.95;
          cell.add(() => this.drawLine(line, xs[i]! + pad, baseline, cell));
        });
        cell.end();
      });
      tr.end();
      this.y += row.height;
      this.rule(this.y, cellType === 'TH' ? 0.9 : 0.4, cellType === 'TH' ? INK.text : INK.rule);
    };

    const headerRow = layoutRow(header.map((text) => [{ text, style: 'bold' as const, size, color: INK.text }]));
    const drawHeader = () => {
      this.rule(this.y, 0.9, INK.text);
      drawRow('TH', headerRow, true);
    };
    const bodyRows = body.map(layoutRow);
    this.ensure(headerRow.height + (bodyRows[0]?.height ?? 0) + 2);
    drawHeader();
    for (const row of bodyRows) {
      // A row never splits: it moves whole to the next page, under a repeated header.
      if (this.y + row.height > this.bottom) {
        this.newPage();
        drawHeader();
      }
      drawRow('TD', row, false);
    }
    table.end();
    this.y += 10;
  }

  // -------------------------------------------------------------------------------------------
  // Endnotes

  /** Each source of a note on its own line: who, when, the grade, then its words. */
  private noteLines(note: LaidEndnote, width: number): Line[] {
    const size = NOTE_SIZE;
    return note.entries.flatMap((entry, i) => {
      const pieces: Styled[] = [];
      if (i === 0 && note.unverified) pieces.push({ text: `${UNVERIFIED_MARK} `, style: 'bold', size, color: INK.warn });
      pieces.push({ text: `${entry.source} `, style: 'regular', size, color: INK.text });
      if (entry.quote) pieces.push({ text: `“${entry.quote}”`, style: 'italic', size, color: INK.muted });
      else if (entry.quotedIn !== null) pieces.push({ text: `The same sentence as note ${entry.quotedIn}.`, style: 'italic', size, color: INK.muted });
      return flowText(this.fonts, pieces, width);
    });
  }

  private endnotes(parent: StructElement, notes: LaidEndnote[]): void {
    const size = NOTE_SIZE;
    const lineHeight = size * 1.35;
    const indent = NOTE_INDENT;
    const list = this.doc.struct('L');
    parent.add(list);
    for (const note of notes) {
      const item = this.doc.struct('LI');
      list.add(item);
      const lines = this.noteLines(note, this.width - indent);
      // A short note stays on one page; a long one may break, but never after its first line.
      this.ensure(lineHeight * (lines.length <= 6 ? lines.length : 2));
      this.doc.addNamedDestination(note.anchor, 'XYZ', MARGIN.left, this.y, null);
      const label = this.doc.struct('Lbl');
      item.add(label);
      const labelLine = flowText(this.fonts, [{ text: `${note.number}.`, style: 'bold', size, color: INK.link, link: note.backTarget }], indent)[0];
      const baseline = this.y + lineHeight * 0.78;
      if (labelLine) label.add(() => this.drawLine(labelLine, MARGIN.left, baseline, label));
      label.end();
      const body = this.doc.struct('LBody');
      item.add(body);
      this.lines(body, lines, lineHeight, MARGIN.left + indent);
      body.end();
      item.end();
      this.y += 5;
    }
    list.end();
  }
}
