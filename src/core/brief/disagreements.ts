// The brief's Issues section states the disagreements between sources, each in one sentence with
// every side cited: "Figures for “people confirmed dead” (9 September 2023) differ: 2,012[1][2],
// 2,100[3], 2,122[4]." A side is what one or more sources give (a value, a place, a day, a
// speaker); it is cited through its verified facts, one per source. The draft cites only verified
// facts, so a disagreement is stated once at least two of its sides have a verified fact; one the
// analyst resolved (one side verified, every other side rejected) is stated as resolved, the other
// values named without citing them; one still waiting for the analyst leaves a prompt (never
// printed; the export lists it) saying what to verify.
import type { Fact, Group, Inline } from '../model';
import { primaryValueText } from '../gradeWords';
import { dateWords } from '../valueWords';
import type { BriefIndex, BriefInput } from './input';

export interface Disagreement {
  groupId: string;
  state: 'open' | 'resolved' | 'pending';
  /** The sentence (with its citations), or for a pending one the prompt for the analyst. */
  content: Inline[];
}

interface Side {
  label: string;
  facts: Fact[];
}

export type SideKind = 'value' | 'place' | 'day' | 'speaker';

export function sideKind(group: Group): SideKind {
  if (group.rule === 'event.different-place') return 'place';
  if (group.rule === 'event.different-day') return 'day';
  if (group.rule === 'event.different-speaker') return 'speaker';
  return 'value';
}

/** What one fact says on the disputed point, and the key that makes two facts one side. */
export function sideOf(fact: Fact, kind: SideKind): { key: string; label: string } | null {
  if (kind === 'speaker') {
    const label = fact.speaker?.trim();
    return label ? { key: fact.speakerKey ?? label.toLowerCase(), label } : null;
  }
  if (kind === 'place') {
    const key = fact.event?.place;
    return key ? { key, label: fact.entities.find((e) => e.key === key)?.name ?? key } : null;
  }
  if (kind === 'day') {
    const key = fact.event?.time ?? fact.values.find((v) => v.type === 'date')?.canonical;
    return key ? { key: key.slice(0, 10), label: dateWords(key.slice(0, 10)) } : null;
  }
  const value = fact.values.find((v) => v.type !== 'date' && v.type !== 'daterange' && v.type !== 'duration') ?? fact.values[0];
  if (!value) return null;
  // "at least 2,059" and "2,059" are one side: the same stated figure, hedged or not.
  return { key: `${value.type}:${value.canonical}`, label: primaryValueText({ ...fact, values: [value] }) };
}

/** The engine's subject, with a trailing day written out: "people injured” (9 September 2023)". */
function topicWords(group: Group): { topic: string; day: string } {
  const m = /\s+(\d{4}-\d{2}-\d{2})$/.exec(group.subject);
  const topic = (m ? group.subject.slice(0, m.index) : group.subject).trim();
  return { topic, day: m ? dateWords(m[1]!) : '' };
}

function lead(kind: SideKind, topic: string, day: string, resolved: boolean): string {
  const about = `“${topic}”${day ? ` (${day})` : ''}`;
  const verb = resolved ? 'differed' : 'differ';
  if (kind === 'speaker') return `Sources ${verb} on who said ${about}`;
  if (kind === 'place') return `Sources ${verb} on where ${about} took place`;
  if (kind === 'day') return `Sources ${verb} on the day of ${about}`;
  return `Figures for ${about} ${verb}`;
}

function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** One verified fact per source of a side, in the project's source order. */
function citedFacts(side: Side, input: BriefInput, sourceOrder: Map<string, number>): Fact[] {
  const bySource = new Map<string, Fact>();
  for (const fact of side.facts) {
    if (input.decisions[fact.id]?.status !== 'verified') continue;
    if (!bySource.has(fact.sourceId)) bySource.set(fact.sourceId, fact);
  }
  return [...bySource.values()].sort((a, b) => (sourceOrder.get(a.sourceId) ?? 0) - (sourceOrder.get(b.sourceId) ?? 0));
}

export function disagreementsOf(input: BriefInput, index: BriefIndex): Disagreement[] {
  const sourceOrder = new Map(input.sources.map((s, i) => [s.id, i]));
  const out: Disagreement[] = [];
  for (const group of input.groups) {
    if (group.relation !== 'conflict') continue;
    const kind = sideKind(group);
    const sides = new Map<string, Side>();
    for (const id of group.factIds) {
      const fact = index.factById.get(id);
      if (!fact || !index.sourceById.has(fact.sourceId)) continue;
      const side = sideOf(fact, kind);
      if (!side) continue;
      const held = sides.get(side.key) ?? { label: side.label, facts: [] };
      held.facts.push(fact);
      sides.set(side.key, held);
    }
    if (sides.size < 2) continue;
    const status = (f: Fact) => input.decisions[f.id]?.status ?? 'unverified';
    const standing = [...sides.values()].filter((s) => s.facts.some((f) => status(f) !== 'rejected'));
    if (standing.length === 0) continue;
    const verifiedSides = standing.filter((s) => s.facts.some((f) => status(f) === 'verified'));
    const { topic, day } = topicWords(group);
    const cite = (facts: Fact[]): Inline[] => facts.map((f) => ({ type: 'cite', factId: f.id }) as Inline);

    if (standing.length === 1 && verifiedSides.length === 1) {
      const stands = verifiedSides[0]!;
      const facts = citedFacts(stands, input, sourceOrder);
      const others = [...sides.values()].filter((s) => s !== stands).map((s) => s.label);
      out.push({
        groupId: group.id,
        state: 'resolved',
        content: [
          { type: 'text', text: `${lead(kind, topic, day, true)}; resolved as ${stands.label}` },
          ...cite(facts),
          { type: 'text', text: ` (other reports gave ${listWords(others)}).` },
        ],
      });
      continue;
    }
    if (verifiedSides.length >= 2) {
      const content: Inline[] = [{ type: 'text', text: `${lead(kind, topic, day, false)}: ` }];
      // Sides the analyst has not verified are named too, so the sentence never hides a side.
      const unverified: string[] = [];
      verifiedSides.forEach((side, i) => {
        const facts = citedFacts(side, input, sourceOrder);
        content.push({ type: 'text', text: `${i > 0 ? ', ' : ''}${side.label}` }, ...cite(facts));
      });
      for (const side of standing) if (!verifiedSides.includes(side)) unverified.push(side.label);
      content.push({ type: 'text', text: unverified.length ? `; other reports give ${listWords(unverified)}.` : '.' });
      out.push({ groupId: group.id, state: 'open', content });
      continue;
    }
    const values = standing.map((s) => s.label);
    out.push({
      groupId: group.id,
      state: 'pending',
      content: [
        {
          type: 'text',
          text: `${lead(kind, topic, day, false)} (${listWords(values)}): verify each side in the Facts tab to state the disagreement here, or reject the ones that do not stand.`,
          prompt: true,
        },
      ],
    });
  }
  return out;
}
