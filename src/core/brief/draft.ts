// A first draft of a visit brief from the verified facts, for the analyst to edit. Deterministic:
// facts are taken in source order, then text order, and every placement carries its reason.
import type { Block, Brief, Fact, Inline, KeyFigureRow } from '../model';
import { disagreementsOf } from './disagreements';
import { indexInput, isVerified, type BriefDefaults, type BriefIndex, type BriefInput } from './input';
import { keyFigureRow } from './keyFigures';
import { briefTemplate } from './templates';
import { classifyTopic, sensitivityWords, TOPIC_TITLE, type Topic } from './topics';

export interface Placement {
  factId: string;
  /** Role of the section the fact went to. */
  role: 'key-messages' | 'background' | 'cooperation' | 'issues';
  topic: Topic;
  reason: string;
}

const COOPERATION_TOPICS: readonly Topic[] = ['economy-trade', 'investment-aid', 'people-to-people', 'defence-security'];
const MAX_KEY_MESSAGES = 5;
// NOTE: a table, not a data dump; the analyst adds rows from the Facts tab if more are needed.
const MAX_KEY_FIGURES = 12;

/** Verified facts in reading order, one per corroborated group (the others are cited through it). */
export function draftFacts(input: BriefInput, index: BriefIndex = indexInput(input)): Fact[] {
  const sourceOrder = new Map(input.sources.map((s, i) => [s.id, i]));
  const verified = input.facts
    .filter((f) => isVerified(input, f.id) && index.sourceById.has(f.sourceId))
    .sort(
      (a, b) =>
        (sourceOrder.get(a.sourceId) ?? 0) - (sourceOrder.get(b.sourceId) ?? 0) ||
        a.start - b.start ||
        // Facts of one sentence in the order their figures are written.
        (a.values[0]?.start ?? a.start) - (b.values[0]?.start ?? b.start) ||
        a.id.localeCompare(b.id),
    );
  const taken = new Set<string>();
  const chosen: Fact[] = [];
  for (const fact of verified) {
    if (taken.has(fact.id)) continue;
    taken.add(fact.id);
    for (const other of index.facts.corroboratedWith(fact.id)) taken.add(other);
    chosen.push(fact);
  }
  return chosen;
}

/** How many sources report a fact (itself and the facts corroborated with it). */
function sourceCount(fact: Fact, index: BriefIndex): number {
  return index.facts.supportCount(fact.id);
}

/**
 * One fact per sentence: a sentence carrying three figures is three facts, but the brief quotes
 * it once, citing the fact the most sources stand behind; on a tie, one the key-figures table
 * also shows (so the table and the text share a note), then the first figure in the sentence.
 */
export function draftSentences(input: BriefInput, index: BriefIndex = indexInput(input)): Fact[] {
  const bySentence = new Map<string, Fact>();
  const rank = (f: Fact): [number, number, number] => [
    sourceCount(f, index),
    keyFigureRow(f, index.sourceById.get(f.sourceId), verifiedPartners(f, input, index)) ? 1 : 0,
    -(f.values[0]?.start ?? Number.MAX_SAFE_INTEGER),
  ];
  const better = (a: Fact, b: Fact): boolean => {
    const [x, y] = [rank(a), rank(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! > y[i]!;
    return false;
  };
  for (const fact of draftFacts(input, index)) {
    const key = `${fact.sourceId}\u241f${fact.start}\u241f${fact.end}`;
    const held = bySentence.get(key);
    if (!held || better(fact, held)) bySentence.set(key, fact);
  }
  return [...bySentence.values()];
}

export function placeFacts(input: BriefInput, index: BriefIndex = indexInput(input)): Placement[] {
  const placements: Placement[] = [];
  const sentences = draftSentences(input, index);
  // The most widely reported facts make the key messages.
  const keyMessageIds = new Set(
    sentences
      // A lead-in ("… also said:") introduces words the bullet would not carry: not a message.
      .filter((f) => sourceCount(f, index) >= 2 && !index.facts.inConflict(f.id) && sensitivityWords(f).length === 0 && !/:\s*$/.test(f.text))
      .map((f, order) => ({ f, order, n: sourceCount(f, index) }))
      .sort((a, b) => b.n - a.n || a.order - b.order)
      .slice(0, MAX_KEY_MESSAGES)
      .map(({ f }) => f.id),
  );
  for (const fact of sentences) {
    const choice = classifyTopic(fact);
    const sensitive = sensitivityWords(fact);
    if (index.facts.inConflict(fact.id) || sensitive.length > 0) {
      const why = index.facts.inConflict(fact.id)
        ? 'other sources give a different figure for the same thing'
        : `it mentions ${sensitive.join(', ')}`;
      placements.push({ factId: fact.id, role: 'issues', topic: choice.topic, reason: `Issues and sensitivities: ${why}.` });
    } else if (keyMessageIds.has(fact.id)) {
      placements.push({
        factId: fact.id,
        role: 'key-messages',
        topic: choice.topic,
        reason: `Key messages: ${sourceCount(fact, index)} sources report it.`,
      });
    } else if (choice.topic === 'diplomacy-history') {
      placements.push({ factId: fact.id, role: 'background', topic: choice.topic, reason: choice.reason });
    } else {
      placements.push({ factId: fact.id, role: 'cooperation', topic: choice.topic, reason: choice.reason });
    }
  }
  return placements;
}

// "HCMC – ", "VOV.VN - ", "TOKYO, April 27 (Reuters) — ": the dateline names where the story
// was filed, not what happened. NOTE: an all-capitals word of three or more letters before a
// spaced dash at the very start is taken for one ("ASEAN – the bloc …" would lose "ASEAN").
const DATELINE = /^\p{Lu}[\p{Lu}.&'’]{2,}(?:[ ,]+\p{Lu}[\p{Lu}.&'’]+)*(?:,?\s+\p{L}+\.?\s+\d{1,2})?(?:\s*\([^)]{1,40}\))?\s+[-–—]\s+(?=[\p{Lu}“"‘'])/u;

/** The sentence as the bullet quotes it: one line, without the dateline it was filed under. */
export function bulletText(sentence: string): string {
  const flat = sentence.replace(/\s+/g, ' ').trim();
  const stripped = flat.replace(DATELINE, '');
  return stripped.length >= 20 ? stripped : flat;
}

/** The verified facts other sources give for the same thing, in id order (for determinism). */
function verifiedPartners(fact: Fact, input: BriefInput, index: BriefIndex): Fact[] {
  return index.facts
    .corroboratedWith(fact.id)
    .filter((id) => isVerified(input, id))
    .map((id) => index.factById.get(id))
    .filter((f): f is Fact => f !== undefined)
    .sort((a, b) => a.id.localeCompare(b.id));
}

function factItem(fact: Fact): Inline[] {
  return [{ type: 'text', text: bulletText(fact.text) }, { type: 'cite', factId: fact.id }];
}

/**
 * The Issues section: each disagreement between sources in one sentence citing every side (or,
 * resolved, as resolved), prompts where the analyst has sides to verify first, then the verified
 * facts that touch a sensitivity (or sit in a disagreement not stated yet) as bullets.
 */
function issuesBlocks(input: BriefInput, index: BriefIndex, facts: Fact[]): Block[] {
  const disagreements = disagreementsOf(input, index);
  const stated = disagreements.filter((d) => d.state !== 'pending');
  const pending = disagreements.filter((d) => d.state === 'pending');
  const statedGroups = new Set(stated.map((d) => d.groupId));
  // A fact the sentences already cite, or one of a disagreement they state, is not quoted again.
  const covered = (fact: Fact) => index.facts.groupsOf(fact.id).some((g) => statedGroups.has(g.id));
  const rest = facts.filter((f) => !covered(f));
  const blocks: Block[] = [];
  if (stated.length) blocks.push({ type: 'bullets', items: stated.map((d) => d.content) });
  for (const d of pending) blocks.push({ type: 'paragraph', content: d.content });
  if (rest.length) blocks.push({ type: 'bullets', items: rest.map(factItem) });
  if (blocks.length) return blocks;
  return [{ type: 'paragraph', content: [{ type: 'text', text: 'Note any sensitivities the principal should be aware of.', prompt: true }] }];
}

export function draftBrief(input: BriefInput, defaults: BriefDefaults): Brief {
  const brief = briefTemplate('visit', defaults);
  const index = indexInput(input);
  const placements = placeFacts(input, index);
  const factsFor = (role: Placement['role'], topic?: Topic) =>
    placements
      .filter((p) => p.role === role && (topic === undefined || p.topic === topic))
      .map((p) => index.factById.get(p.factId))
      .filter((f): f is Fact => f !== undefined);
  const bullets = (facts: Fact[]): Block[] => (facts.length ? [{ type: 'bullets', items: facts.map(factItem) }] : []);

  // The most widely reported figures, shown in reading order.
  const candidates = draftFacts(input, index).flatMap((f, order) => {
    const row = keyFigureRow(f, index.sourceById.get(f.sourceId), verifiedPartners(f, input, index));
    return row ? [{ row, order, n: sourceCount(f, index) }] : [];
  });
  const rows: KeyFigureRow[] = candidates
    .sort((a, b) => b.n - a.n || a.order - b.order)
    .slice(0, MAX_KEY_FIGURES)
    .sort((a, b) => a.order - b.order)
    .map((c) => c.row);

  const cooperation: Block[] = COOPERATION_TOPICS.flatMap((topic) => {
    const facts = factsFor('cooperation', topic);
    if (facts.length === 0) return [];
    return [{ type: 'paragraph', content: [{ type: 'text', text: TOPIC_TITLE[topic], bold: true }] } as Block, ...bullets(facts)];
  });

  const blocksFor: Record<string, Block[]> = {
    purpose: [
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'State the purpose of the visit and what the principal should achieve.', prompt: true }],
      },
    ],
    'key-messages': bullets(
      factsFor('key-messages').sort(
        (a, b) => sourceCount(b, index) - sourceCount(a, index),
      ),
    ),
    background: bullets(factsFor('background')),
    'key-figures': rows.length ? [{ type: 'keyFigures', rows }] : [],
    cooperation,
    issues: issuesBlocks(input, index, factsFor('issues')),
    sources: [],
  };
  return {
    ...brief,
    subtitle: brief.subtitle || 'Visit brief',
    sections: brief.sections.map((s) => ({ ...s, blocks: blocksFor[s.role ?? ''] ?? s.blocks })),
  };
}
