// The brief as the PDF will show it, as data: citation numbers resolved, key-figure rows with
// their sources, endnotes placed in the Sources section. The Node side only measures and draws.
import type { Brief, Inline } from '../model';
import { gradeKey, gradeText } from '../gradeWords';
import { numberCitations, type Endnote, type EndnoteSource } from './citations';
import type { BriefInput } from './input';

export const UNVERIFIED_MARK = '[unverified]';

export type LaidRun =
  | { kind: 'text'; text: string; bold?: boolean; italic?: boolean }
  /** A superscript number linked to its endnote; the first use is where the note links back to. */
  | { kind: 'cite'; number: number; target: string; anchor: string | null; unverified: boolean };

export interface KeyFigureLine {
  indicator: string;
  value: string;
  asOf: string;
  cite: Extract<LaidRun, { kind: 'cite' }>;
  /** The outlets that report the figure. */
  outlets: string;
}

export interface TimelineLine {
  date: string;
  what: string;
  cites: Array<Extract<LaidRun, { kind: 'cite' }>>;
  /** The outlets behind its citations. */
  outlets: string;
}

export interface LaidEndnote {
  number: number;
  anchor: string;
  backTarget: string;
  /**
   * One entry per source that reports the fact: who, when, the grade, then its own words, or
   * the earlier note that already quotes them (`quotedIn`, with an empty quote).
   */
  entries: Array<{ source: string; quote: string; quotedIn: number | null }>;
  unverified: boolean;
}

export type LaidBlock =
  | { kind: 'paragraph'; runs: LaidRun[] }
  | { kind: 'bullets'; items: LaidRun[][] }
  | { kind: 'keyFigures'; header: readonly [string, string, string, string]; rows: KeyFigureLine[] }
  | { kind: 'timeline'; header: readonly [string, string, string]; rows: TimelineLine[] }
  | { kind: 'endnotes'; notes: LaidEndnote[] };

export interface LaidSection {
  title: string;
  anchor: string;
  blocks: LaidBlock[];
}

export interface BriefLayout {
  /** A cover page and a contents page before the sections; otherwise a title block on page 1. */
  frontMatter: boolean;
  cover: { title: string; subtitle: string; preparedFor: string; preparedBy: string; date: string; marking: string };
  metadata: { title: string; author: string; subject: string; keywords: string[] };
  sections: LaidSection[];
  citations: number;
}

/** The cover's labelled lines a reader looks for (who it is for, by whom, when), those given. */
export function coverLines(cover: BriefLayout['cover']): Array<[label: string, value: string]> {
  const lines: Array<[string, string]> = [
    ['Prepared for', cover.preparedFor],
    ['Prepared by', cover.preparedBy],
    ['Date', cover.date],
  ];
  return lines.filter(([, value]) => value);
}

export interface LayoutOptions {
  /** Overrides the brief's own marking. */
  marking?: string | undefined;
  allowUnverified?: boolean | undefined;
  /** Cover and contents: `auto` (the default) only for a brief long enough to need them. */
  frontMatter?: FrontMatter | undefined;
}

export type FrontMatter = 'auto' | 'always' | 'never';

// A page of body text holds about 3,600 characters (10.5 pt on A4 or Letter, with the margins);
// a list item, a table row or an endnote entry takes a line of its own besides.
const CHARS_PER_PAGE = 3_600;
const CHARS_PER_LINE = 90;
// Past three pages a reader wants a contents page to find a section; a shorter brief is read
// straight through, and a cover and contents would double its length.
const FRONT_MATTER_PAGES = 3;

/** About how many pages the sections will fill: enough to tell a short brief from a long one. */
function estimatedPages(sections: readonly LaidSection[]): number {
  let chars = 0;
  const runChars = (runs: readonly LaidRun[]) => runs.reduce((n, r) => n + (r.kind === 'text' ? r.text.length : 3), 0);
  for (const section of sections) {
    chars += CHARS_PER_LINE * 2;
    for (const block of section.blocks) {
      if (block.kind === 'paragraph') chars += runChars(block.runs) + CHARS_PER_LINE / 2;
      else if (block.kind === 'bullets') for (const item of block.items) chars += runChars(item) + CHARS_PER_LINE / 2;
      else if (block.kind === 'keyFigures') chars += CHARS_PER_LINE * 2 * (block.rows.length + 1);
      else if (block.kind === 'timeline') for (const row of block.rows) chars += Math.max(CHARS_PER_LINE * 2, row.what.length * 2);
      else for (const note of block.notes) for (const e of note.entries) chars += e.source.length + e.quote.length + CHARS_PER_LINE / 2;
    }
  }
  return chars / CHARS_PER_PAGE;
}

// The grades are written the analysts' short way (B2); the key is for readers who do not grade.
const GRADE_KEY: LaidBlock = {
  kind: 'paragraph',
  runs: [
    {
      kind: 'text',
      italic: true,
      text: gradeKey(),
    },
  ],
};

export const KEY_FIGURES_HEADER = ['Indicator', 'Value', 'As of', 'Sources'] as const;
export const TIMELINE_HEADER = ['Date', 'What', 'Sources'] as const;

export function briefLayout(brief: Brief, input: BriefInput, options: LayoutOptions = {}): BriefLayout {
  const { endnotes, numberOf } = numberCitations(brief, input);
  const noteOf = new Map(endnotes.map((n) => [n.number, n]));
  const anchored = new Set<number>();
  const marking = (options.marking?.trim() || brief.marking).trim();

  const cite = (factId: string): Extract<LaidRun, { kind: 'cite' }> => {
    const number = numberOf.get(factId) ?? 0;
    const first = !anchored.has(number);
    anchored.add(number);
    const note = noteOf.get(number);
    return {
      kind: 'cite',
      number,
      target: `note-${number}`,
      anchor: first ? `cite-${number}` : null,
      unverified: note !== undefined && note.status !== 'verified',
    };
  };
  const runs = (content: Inline[]): LaidRun[] =>
    content.flatMap((inline): LaidRun[] => {
      if (inline.type === 'cite') return [cite(inline.factId)];
      // A prompt is for the analyst, not the reader.
      if (!inline.text || inline.prompt) return [];
      const run: LaidRun = { kind: 'text', text: inline.text };
      if (inline.bold) run.bold = true;
      if (inline.italic) run.italic = true;
      return [run];
    });

  const notes = endnotes.map(laidEndnote);
  let notesPlaced = false;
  const sections: LaidSection[] = brief.sections.map((section) => {
    const blocks: LaidBlock[] = [];
    for (const block of section.blocks) {
      if (block.type === 'paragraph') {
        const laid = runs(block.content);
        if (laid.length) blocks.push({ kind: 'paragraph', runs: laid });
      } else if (block.type === 'bullets') {
        const items = block.items.map(runs).filter((item) => item.length > 0);
        if (items.length) blocks.push({ kind: 'bullets', items });
      } else if (block.type === 'timeline') {
        if (block.rows.length === 0) continue;
        blocks.push({
          kind: 'timeline',
          header: TIMELINE_HEADER,
          rows: block.rows.map((row) => {
            const cites = row.factIds.map(cite);
            const outlets = outletList(cites.flatMap((c) => noteOf.get(c.number)?.sources ?? []));
            return { date: row.date, what: row.what, cites, outlets };
          }),
        });
      } else if (block.rows.length) {
        blocks.push({
          kind: 'keyFigures',
          header: KEY_FIGURES_HEADER,
          rows: block.rows.map((row) => {
            const c = cite(row.factId);
            const outlets = outletList(noteOf.get(c.number)?.sources ?? []);
            return { indicator: row.indicator, value: row.value, asOf: row.asOf, cite: c, outlets };
          }),
        });
      }
    }
    if (section.role === 'sources' && !notesPlaced && notes.length) {
      blocks.push(GRADE_KEY, { kind: 'endnotes', notes });
      notesPlaced = true;
    }
    return { title: section.title.trim() || 'Untitled section', anchor: '', blocks };
  });
  if (!notesPlaced && notes.length) sections.push({ title: 'Sources', anchor: '', blocks: [GRADE_KEY, { kind: 'endnotes', notes }] });
  // A section with nothing to print (left empty, or holding only a prompt) prints no heading either.
  const printed = sections.filter((section) => section.blocks.length > 0);
  printed.forEach((section, i) => (section.anchor = `section-${i + 1}`));

  const front = options.frontMatter ?? 'auto';
  return {
    frontMatter: front === 'always' || (front === 'auto' && estimatedPages(printed) > FRONT_MATTER_PAGES),
    cover: {
      title: brief.title.trim() || 'Untitled brief',
      subtitle: brief.subtitle.trim(),
      preparedFor: brief.preparedFor.trim(),
      preparedBy: brief.preparedBy.trim(),
      date: brief.date.trim(),
      marking,
    },
    metadata: {
      title: brief.title.trim() || 'Untitled brief',
      author: brief.preparedBy.trim(),
      subject: brief.subtitle.trim() || `${brief.template === 'visit' ? 'Visit brief' : 'Brief'} (${marking})`,
      keywords: [marking, ...printed.map((s) => s.title)],
    },
    sections: printed,
    citations: endnotes.length,
  };
}

function laidEndnote(note: Endnote): LaidEndnote {
  return {
    number: note.number,
    anchor: `note-${note.number}`,
    backTarget: `cite-${note.number}`,
    entries:
      note.sources.length === 0
        ? [
            {
              source: note.status === 'missing' ? 'The cited fact is no longer in the project.' : 'The source is no longer in the project.',
              quote: note.quote.replace(/\s+/g, ' ').trim(),
              quotedIn: null,
            },
          ]
        : note.sources.map((s) => ({
            source: `${s.label}, ${s.date}, ${gradeText(s.reliability, s.credibility, s.suggestedBecause ?? undefined)}.`,
            quote: s.quotedIn === null ? s.quote : '',
            quotedIn: s.quotedIn,
          })),
    unverified: note.status !== 'verified',
  };
}

/** Outlets (or short titles) for the table; sources with neither are counted, not named by file. */
function outletList(sources: readonly EndnoteSource[]): string {
  // Alphabetical, so rows read alike whichever source's fact the row cites.
  const named = [...new Set(sources.map((s) => s.shortName).filter(Boolean))].sort((a, b) => a.localeCompare(b));
  const unnamed = new Set(sources.filter((s) => !s.shortName).map((s) => s.sourceId)).size;
  if (unnamed > 0) named.push(`${unnamed} unnamed source${unnamed === 1 ? '' : 's'}`);
  return named.join('; ');
}
