// The brief's blocks as an editor document and back. A section's paragraphs and bullet lists are
// edited in one TipTap editor per run (the stretch between two tables: key figures, a timeline); citations are
// atom nodes that carry a fact id and show a number computed from the brief's order.
import type { JSONContent } from '@tiptap/react';
import type { Block, Inline } from '../../../core/model';

/** A table of the brief: key figures, or a timeline inserted from the Timeline tab. */
export type TableBlock = Extract<Block, { type: 'keyFigures' | 'timeline' }>;
export type TextBlock = Extract<Block, { type: 'paragraph' | 'bullets' }>;

// ---------------------------------------------------------------------------------------------
// Runs: a section's blocks as text runs around its key-figures tables

export interface SectionRuns {
  /** Always one more than `figures`: the text before, between and after the tables (maybe empty). */
  runs: TextBlock[][];
  figures: TableBlock[];
}

export function splitRuns(blocks: readonly Block[]): SectionRuns {
  const runs: TextBlock[][] = [[]];
  const figures: TableBlock[] = [];
  for (const block of blocks) {
    if (block.type === 'keyFigures' || block.type === 'timeline') {
      figures.push(block);
      runs.push([]);
    } else {
      runs[runs.length - 1]!.push(block);
    }
  }
  return { runs, figures };
}

export function joinRuns({ runs, figures }: SectionRuns): Block[] {
  const blocks: Block[] = [];
  runs.forEach((run, i) => {
    blocks.push(...run);
    const figure = figures[i];
    if (figure) blocks.push(figure);
  });
  return blocks;
}

export function replaceRun(blocks: readonly Block[], index: number, run: TextBlock[]): Block[] {
  const split = splitRuns(blocks);
  if (index < 0 || index >= split.runs.length) return [...blocks];
  split.runs[index] = run;
  return joinRuns(split);
}

export function replaceFigures(blocks: readonly Block[], index: number, figure: TableBlock): Block[] {
  const split = splitRuns(blocks);
  if (index < 0 || index >= split.figures.length) return [...blocks];
  split.figures[index] = figure;
  return joinRuns(split);
}

// ---------------------------------------------------------------------------------------------
// Blocks to an editor document

export function inlinesToDoc(content: readonly Inline[]): JSONContent[] {
  const out: JSONContent[] = [];
  for (const inline of content) {
    if (inline.type === 'cite') {
      out.push({ type: 'citation', attrs: { factId: inline.factId } });
      continue;
    }
    // ProseMirror has no empty text nodes.
    if (inline.text.length === 0) continue;
    const marks: Array<{ type: string }> = [];
    if (inline.bold) marks.push({ type: 'bold' });
    if (inline.italic) marks.push({ type: 'italic' });
    if (inline.prompt) marks.push({ type: 'prompt' });
    out.push(marks.length ? { type: 'text', text: inline.text, marks } : { type: 'text', text: inline.text });
  }
  return out;
}

function paragraph(content: readonly Inline[]): JSONContent {
  const inner = inlinesToDoc(content);
  return inner.length ? { type: 'paragraph', content: inner } : { type: 'paragraph' };
}

export function blocksToDoc(blocks: readonly TextBlock[]): JSONContent {
  const content: JSONContent[] = blocks.map((block) =>
    block.type === 'paragraph'
      ? paragraph(block.content)
      : {
          type: 'bulletList',
          content: (block.items.length ? block.items : [[]]).map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
        },
  );
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}

// ---------------------------------------------------------------------------------------------
// An editor document back to blocks

function docInlines(node: JSONContent | undefined): Inline[] {
  const out: Inline[] = [];
  for (const child of node?.content ?? []) {
    if (child.type === 'citation') {
      const factId = child.attrs?.['factId'];
      if (typeof factId === 'string' && factId) out.push({ type: 'cite', factId });
    } else if (child.type === 'text' && child.text) {
      const has = (type: string) => child.marks?.some((m) => m.type === type) ?? false;
      const [bold, italic, prompt] = [has('bold'), has('italic'), has('prompt')];
      const last = out.at(-1);
      // Neighbouring text with the same marks is one inline (the editor may split it).
      if (last?.type === 'text' && (last.bold ?? false) === bold && (last.italic ?? false) === italic && (last.prompt ?? false) === prompt) {
        last.text += child.text;
        continue;
      }
      const inline: Inline = { type: 'text', text: child.text };
      if (bold) inline.bold = true;
      if (italic) inline.italic = true;
      if (prompt) inline.prompt = true;
      out.push(inline);
    } else if (child.type === 'hardBreak') {
      out.push({ type: 'text', text: ' ' });
    } else if (child.content) {
      out.push(...docInlines(child));
    }
  }
  return out;
}

/** A list item's paragraphs (and nested lists) flattened into one line. */
function itemInlines(item: JSONContent): Inline[] {
  const parts: Inline[][] = [];
  const walk = (node: JSONContent) => {
    for (const child of node.content ?? []) {
      if (child.type === 'paragraph') parts.push(docInlines(child));
      else walk(child);
    }
  };
  walk(item);
  const out: Inline[] = [];
  parts
    .filter((p) => p.length > 0)
    .forEach((p, i) => {
      if (i > 0) out.push({ type: 'text', text: ' ' });
      out.push(...p);
    });
  return out;
}

function isEmpty(content: readonly Inline[]): boolean {
  return content.every((i) => i.type === 'text' && i.text.trim() === '');
}

/** Empty paragraphs and list items are dropped: they would print as blank space. */
export function docToBlocks(doc: JSONContent): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const node of doc.content ?? []) {
    if (node.type === 'bulletList' || node.type === 'orderedList') {
      const items = (node.content ?? []).map(itemInlines).filter((item) => !isEmpty(item));
      if (items.length) blocks.push({ type: 'bullets', items });
    } else {
      const content = docInlines(node);
      if (!isEmpty(content)) blocks.push({ type: 'paragraph', content });
    }
  }
  return blocks;
}
