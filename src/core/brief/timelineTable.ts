// The timeline as a table of the brief: a row per mark (date · what happened · the sources, cited).
// A row cites verified facts only, as every citation of the brief must: as few as cover every
// source behind it, since a cited fact's endnote already quotes the facts that corroborate it. A
// mark the analyst has verified nothing of is left out, and counted, so the analyst is told.
import type { Decision, TimelineRow } from '../model';
import type { FactIndex } from '../factIndex';
import type { TimelineMark } from '../timeline';
import { valueWords } from '../valueWords';

/** The longest "what" a row takes from its fact's sentence; the analyst may reword it. */
const WHAT_CHARS = 240;

export interface TimelineTable {
  rows: TimelineRow[];
  /** Marks left out: none of their facts is verified. */
  unverified: number;
}

export function timelineTable(marks: readonly TimelineMark[], index: FactIndex, decisions: Readonly<Record<string, Decision>>, locale = 'en-GB'): TimelineTable {
  const rows: TimelineRow[] = [];
  let unverified = 0;
  for (const mark of marks) {
    const verified = mark.positions.filter((p) => decisions[index.facts[p]!.id]?.status === 'verified');
    if (verified.length === 0) {
      unverified++;
      continue;
    }
    const covered = new Set<string>();
    const factIds: string[] = [];
    for (const p of verified) {
      const fact = index.facts[p]!;
      if (covered.has(fact.sourceId)) continue;
      factIds.push(fact.id);
      covered.add(fact.sourceId);
      for (const other of index.corroboratedWith(fact.id)) {
        const o = index.fact(other);
        if (o && decisions[other]?.status !== 'rejected') covered.add(o.sourceId);
      }
    }
    const lead = index.facts[verified[0]!]!;
    let what = clip(lead.text.replace(/\s+/g, ' ').trim(), WHAT_CHARS);
    if (mark.conflict && mark.differing.length > 1) what += ` Sources differ: ${mark.differing.join('; ')}.`;
    rows.push({ date: timeWords(mark.time.canonical, mark.time.type, locale), what, factIds });
  }
  return { rows, unverified };
}

/** A mark's time as people write it: "8 September 2023", "27–29 April 2025". */
export function timeWords(canonical: string, type: 'date' | 'daterange', locale = 'en-GB'): string {
  return valueWords({ type, canonical }, locale);
}

/** Cut at a word boundary with an ellipsis, so a long sentence stays a table cell. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}
