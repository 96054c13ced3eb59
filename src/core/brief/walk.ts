// Every fact a brief cites, in reading order: inline citations and key-figure rows alike.
import type { Brief } from '../model';

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
      } else {
        for (const row of block.rows) add(row.factId);
      }
    }
  }
  return order;
}
