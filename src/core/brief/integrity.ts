// The check before export: a brief may only cite facts that are still verified and whose source
// is still in the project, may only quote words its sources say, and holds no prompt meant for
// the analyst. Every problem is listed, not just the first. The analyst may export past the ones
// about their own work (an unverified citation, a prompt); never past a quote its source does not
// hold, which only a damaged or hand-edited project has.
import type { Brief } from '../model';
import { factWordsProblem, shortQuote, wordsAt } from '../sourceWords';
import { citedEvidence, sourceLabel } from './citations';
import { indexInput, type BriefIndex, type BriefInput } from './input';
import { citedFactIds, promptsIn } from './walk';

export type IntegrityReason = 'missing-fact' | 'missing-source' | 'not-verified' | 'rejected' | 'prompt' | 'not-source-words';

export interface IntegrityProblem {
  /** The cited fact the problem is about; empty for a prompt left in the text. */
  factId: string;
  reason: IntegrityReason;
  message: string;
  /** False where no override lets the export print it (a quote that is not its source's words). */
  overridable: boolean;
}

export function checkBriefIntegrity(brief: Brief, input: BriefInput): IntegrityProblem[] {
  const index = indexInput(input);
  const problems: IntegrityProblem[] = [];
  const problem = (factId: string, reason: Exclude<IntegrityReason, 'not-source-words'>, message: string) =>
    problems.push({ factId, reason, message, overridable: true });
  citedFactIds(brief).forEach((factId, i) => {
    const fact = index.factById.get(factId);
    if (!fact) {
      problem(factId, 'missing-fact', `Fact ${factId} is cited but no longer exists; remove the citation.`);
      return;
    }
    const quoted = shorten(fact.text);
    if (!index.sourceById.has(fact.sourceId)) {
      problem(factId, 'missing-source', `“${quoted}” cites source ${fact.sourceId}, which was removed from the project; re-import it or remove the citation.`);
    }
    // Citation numbers follow the order of first citation, as the endnotes number them.
    problems.push(...quotesNotInSources(i + 1, factId, input, index));
    const status = input.decisions[factId]?.status ?? 'unverified';
    if (status === 'rejected') {
      problem(factId, 'rejected', `“${quoted}” was rejected; remove the citation.`);
    } else if (status !== 'verified') {
      problem(factId, 'not-verified', `“${quoted}” is not verified; verify it or remove the citation.`);
    }
  });
  // A prompt is never printed, so leaving one exports a brief with a gap where its text should be.
  for (const prompt of promptsIn(brief)) {
    problem('', 'prompt', `“${prompt.section || 'Untitled section'}” still holds a prompt for you (“${shorten(prompt.text)}”); write the text or delete the prompt.`);
  }
  return problems;
}

/**
 * The words a citation's endnote quotes (the cited fact's, and each corroborating source's) that
 * are not what their source says at the fact's offsets.
 */
function quotesNotInSources(number: number, citedId: string, input: BriefInput, index: BriefIndex): IntegrityProblem[] {
  const out: IntegrityProblem[] = [];
  for (const evidence of citedEvidence(citedId, input, index)) {
    const fact = index.factById.get(evidence.factId);
    const source = index.sourceById.get(evidence.sourceId);
    if (!fact || !source) continue;
    const wrong = factWordsProblem(fact, source.text);
    if (!wrong) continue;
    const whose = evidence.factId === citedId ? `fact ${fact.id}` : `fact ${fact.id}, which corroborates it`;
    const said =
      wrong === 'out-of-range'
        ? `its place (characters ${fact.start}–${fact.end}) lies outside that source's ${source.text.length} characters`
        : `that source says “${shorten(wordsAt(fact, source.text))}” there (characters ${fact.start}–${fact.end})`;
    out.push({
      factId: citedId,
      reason: 'not-source-words',
      overridable: false,
      message:
        `Citation ${number} quotes “${shorten(fact.text)}” (${whose}) as the words of ${sourceLabel(source)} (${source.fileName}), but ${said}. ` +
        'The project file was damaged or edited by hand; Attaché will not print words a source does not say, not even when you export anyway (--allow-unverified): remove the citation, or restore the project from its backup (.bak).',
    });
  }
  return out;
}

const shorten = shortQuote;
