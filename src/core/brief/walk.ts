// Every fact a brief cites, in reading order: inline citations, key-figure and timeline rows alike.
import type { Brief, Inline } from '../model';

export function citedFactIds(brief: Brief): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const add = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    order.push(id);
  };
  for (const section of brief.sections) {
    for (const block of section.blocks) {
      if (block.type === 'paragraph') {
        for (const inline of block.content) if (inline.type === 'cite') add(inline.factId);
      } else if (block.type === 'bullets') {
        for (const item of block.items) for (const inline of item) if (inline.type === 'cite') add(inline.factId);
      } else if (block.type === 'keyFigures') {
        for (const row of block.rows) add(row.factId);
      } else {
        for (const row of block.rows) for (const id of row.factIds) add(id);
      }
    }
  }
  return order;
}

/** The brief with its citations of renamed facts pointing at their new ids; the same brief when none is cited. */
export function renameCitations(brief: Brief, renamed: ReadonlyMap<string, string>): Brief {
  if (!citedFactIds(brief).some((id) => renamed.has(id))) return brief;
  const to = (id: string) => renamed.get(id) ?? id;
  const inlines = (content: Inline[]): Inline[] => content.map((inline) => (inline.type === 'cite' ? { ...inline, factId: to(inline.factId) } : inline));
  return {
    ...brief,
    sections: brief.sections.map((section) => ({
      ...section,
      blocks: section.blocks.map((block) => {
        if (block.type === 'paragraph') return { ...block, content: inlines(block.content) };
        if (block.type === 'bullets') return { ...block, items: block.items.map((item) => inlines(item)) };
        if (block.type === 'keyFigures') return { ...block, rows: block.rows.map((row) => ({ ...row, factId: to(row.factId) })) };
        return { ...block, rows: block.rows.map((row) => ({ ...row, factIds: row.factIds.map(to) })) };
      }),
    })),
  };
}

/** The prompts left in a brief for the analyst, with the section each is in, in reading order. */
export function promptsIn(brief: Brief): Array<{ section: string; text: string }> {
  const out: Array<{ section: string; text: string }> = [];
  const scan = (content: readonly Inline[], section: string) => {
    for (const inline of content) if (inline.type === 'text' && inline.prompt && inline.text.trim()) out.push({ section, text: inline.text.trim() });
  };
  for (const section of brief.sections) {
    for (const block of section.blocks) {
      if (block.type === 'paragraph') scan(block.content, section.title);
      else if (block.type === 'bullets') for (const item of block.items) scan(item, section.title);
    }
  }
  return out;
}
