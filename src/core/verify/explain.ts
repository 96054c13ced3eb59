// Why two facts stand together, or why not: what `attache why` prints and the Facts view shows.
// It reads the groups the project holds (the verdict the analyst sees) and, for a pair no group
// joins, asks the rules again and names the test that kept them apart.
import { AttacheError } from '../errors';
import type { Fact, Group } from '../model';
import { valueWords } from '../valueWords';
import { featuresOf } from '../about';
import { eventCandidates, eventContext, judgeEvents } from './eventGroups';
import { evidenceItems, ruleOf, ruleSentence } from './groupReason';
import { RULES } from './rules';
import { groupFacts, subjectSimilarity } from './index';

export interface PairExplanation {
  /** Whether a group joins them, and as what. */
  relation: 'corroborated' | 'conflict' | 'none';
  /** The rule that joined them (or, for 'none', that came closest), where one applies. */
  rule?: string;
  /** The explanation, in sentences. */
  lines: string[];
  groupId?: string;
}

function describe(f: Fact): string {
  const v = f.values[0];
  return `${f.kind}${v ? ` ${valueWords(v)}` : ''}${f.event ? ` (action ${f.event.actionClass}${f.event.negated ? ', negated' : ''}, ${f.event.mood})` : ''}`;
}

export function explainPair(facts: readonly Fact[], groups: readonly Group[], aId: string, bId: string): PairExplanation {
  const a = facts.find((f) => f.id === aId);
  const b = facts.find((f) => f.id === bId);
  if (!a || !b) throw new AttacheError('NOT_FOUND', `There is no fact ${!a ? aId : bId} in the project.`);
  const lines = [`${a.id}: ${describe(a)}: “${a.text}”`, `${b.id}: ${describe(b)}: “${b.text}”`];
  const joined = groups.find((g) => g.factIds.includes(a.id) && g.factIds.includes(b.id));
  if (joined) {
    const rule = ruleOf(joined);
    lines.push(`${joined.relation === 'corroborated' ? 'Corroborated' : 'In conflict'} (group ${joined.id}, rule ${rule}): ${joined.reason}`);
    // Event groups' reasons quote their rule; the older figure groups' reasons do not.
    if (!joined.reason.includes(ruleSentence(rule))) lines.push(`  Rule: ${ruleSentence(rule)}`);
    for (const item of evidenceItems(joined.evidence)) lines.push(`  ${item.label}: ${item.text}`);
    return { relation: joined.relation, rule, lines, groupId: joined.id };
  }
  if (a.sourceId === b.sourceId) {
    lines.push('Not joined: both come from one source; a group joins reports of different sources.');
    return { relation: 'none', lines };
  }
  // The candidates grouping builds (each with the figures its words state, which can keep two
  // facts apart), so that "would join" is what grouping itself would say of the pair.
  const cands = eventCandidates(facts);
  const ca = cands.find((c) => c.fact.id === a.id);
  const cb = cands.find((c) => c.fact.id === b.id);
  if (ca && cb) {
    const verdict = judgeEvents(ca, cb, eventContext(cands));
    if ('refused' in verdict) lines.push(`Not joined by the event rules: ${verdict.refused}.`);
    else {
      lines.push(`The rule ${verdict.rule} would ${verdict.relation === 'corroborated' ? 'join' : 'set against each other'} them (${RULES[verdict.rule].says}), but a stronger grouping of one of them came first.`);
      return { relation: 'none', rule: verdict.rule, lines };
    }
    return { relation: 'none', lines };
  }
  if (!a.values.length || !b.values.length) {
    lines.push('Not joined: one states a figure and the other does not; figures are matched with figures, events with events.');
    return { relation: 'none', lines };
  }
  const alone = groupFacts([a, b]);
  const likeness = subjectSimilarity(featuresOf(a.about), featuresOf(b.about));
  lines.push(`Subjects: “${a.subject}” / “${b.subject}” (likeness ${likeness.toFixed(2)}).`);
  if (alone.length) lines.push(`On their own the figure rules would make them ${alone[0]!.relation}: ${alone[0]!.reason} In the project another grouping of one of them came first.`);
  else if (a.values[0]!.type !== b.values[0]!.type) lines.push(`Not joined: a ${a.values[0]!.type} and a ${b.values[0]!.type} are not compared.`);
  else lines.push(`Not joined by the figure rules: ${RULES['figure.same-value'].says} ${RULES['figure.different-value'].says} Their subjects or times are not alike enough for either.`);
  return { relation: 'none', lines };
}
