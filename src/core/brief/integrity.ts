// The check before export: a brief may only cite facts that are still verified and whose source
// is still in the project, and holds no prompt meant for the analyst. Every problem is listed,
// not just the first.
import type { Brief } from '../model';
import { indexInput, type BriefInput } from './input';
import { citedFactIds, promptsIn } from './walk';

export type IntegrityReason = 'missing-fact' | 'missing-source' | 'not-verified' | 'rejected' | 'prompt';

export interface IntegrityProblem {
  /** The cited fact the problem is about; empty for a prompt left in the text. */
  factId: string;
  reason: IntegrityReason;
  message: string;
}

export function checkBriefIntegrity(brief: Brief, input: BriefInput): IntegrityProblem[] {
  const index = indexInput(input);
  const problems: IntegrityProblem[] = [];
  for (const factId of citedFactIds(brief)) {
    const fact = index.factById.get(factId);
    if (!fact) {
      problems.push({ factId, reason: 'missing-fact', message: `Fact ${factId} is cited but no longer exists; remove the citation.` });
      continue;
    }
    const quoted = shorten(fact.text);
    if (!index.sourceById.has(fact.sourceId)) {
      problems.push({
        factId,
        reason: 'missing-source',
        message: `“${quoted}” cites source ${fact.sourceId}, which was removed from the project; re-import it or remove the citation.`,
      });
    }
    const status = input.decisions[factId]?.status ?? 'unverified';
    if (status === 'rejected') {
      problems.push({ factId, reason: 'rejected', message: `“${quoted}” was rejected; remove the citation.` });
    } else if (status !== 'verified') {
      problems.push({ factId, reason: 'not-verified', message: `“${quoted}” is not verified; verify it or remove the citation.` });
    }
  }
  // A prompt is never printed, so leaving one exports a brief with a gap where its text should be.
  for (const prompt of promptsIn(brief)) {
    problems.push({
      factId: '',
      reason: 'prompt',
      message: `“${prompt.section || 'Untitled section'}” still holds a prompt for you (“${shorten(prompt.text)}”); write the text or delete the prompt.`,
    });
  }
  return problems;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 77)}…` : flat;
}
