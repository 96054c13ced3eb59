// A group's reason in the analyst's words: the rule that made it, that rule's general sentence, and
// what the rule found, as labelled plain text. `attache why` prints it and the Facts view shows it
// behind "Why together?", so the two cannot tell the same group differently.
import type { Group } from '../model';
import { RULES, type RuleInfo } from './rules';

/** One thing a rule found: "Shared words" → "fishery, memorandum, port". */
export interface EvidenceItem {
  label: string;
  text: string;
}

/**
 * The rule a group names, or for groups the figure code made before groups named their rule,
 * the figure rule its relation implies.
 */
export function ruleOf(group: Pick<Group, 'rule' | 'relation'>): string {
  return group.rule ?? (group.relation === 'corroborated' ? 'figure.same-value' : 'figure.different-value');
}

/** The rule's general sentence; an id this build does not know (a newer project) is said so. */
export function ruleSentence(ruleId: string): string {
  const info: RuleInfo | undefined = (RULES as Record<string, RuleInfo>)[ruleId];
  return info?.says ?? 'A rule this version of Attaché does not describe.';
}

// Evidence keys in the order an analyst reads them (what happened, on what words, where, when,
// who), with their labels. Keys not listed follow in the order they came, under their own name.
const LABELS: ReadonlyArray<readonly [string, string]> = [
  ['action', 'Action'],
  ['shared', 'Shared words'],
  ['quoted', 'Quoted words'],
  ['wording', 'Same wording'],
  ['places', 'Places'],
  ['days', 'Days'],
  ['speakers', 'Speakers'],
  ['likeness', 'Likeness'],
  ['quoteLikeness', 'Likeness of the quotes'],
];
const LABEL_OF = new Map(LABELS);

// Shared words carry the kind of feature they are as a prefix (action, person, place, body,
// quoted word); the analyst wants the word.
const FEATURE_PREFIX = /^(?:act|[plqo]):/;

function valueText(key: string, value: string | number | boolean | string[], hasAction: boolean): string {
  if (Array.isArray(value)) {
    // The action has its own line where the rule recorded it; among shared words it would repeat.
    const words =
      key === 'shared' || key === 'quoted'
        ? value.filter((w) => !(hasAction && w.startsWith('act:'))).map((w) => w.replace(FEATURE_PREFIX, ''))
        : value;
    return [...new Set(words.filter((w) => w !== ''))].join(', ');
  }
  if (typeof value === 'number') return key.toLowerCase().includes('likeness') ? `${value.toFixed(2)} of 1` : String(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return value;
}

/** The evidence as labelled lines, in reading order; empty values are left out. */
export function evidenceItems(evidence: Group['evidence']): EvidenceItem[] {
  if (!evidence) return [];
  const keys = Object.keys(evidence).sort((a, b) => rank(a) - rank(b));
  const items: EvidenceItem[] = [];
  for (const key of keys) {
    const text = valueText(key, evidence[key]!, typeof evidence.action === 'string');
    if (text !== '') items.push({ label: LABEL_OF.get(key) ?? key, text });
  }
  return items;
}

function rank(key: string): number {
  const i = LABELS.findIndex(([k]) => k === key);
  return i < 0 ? LABELS.length : i;
}
