// Citation numbers are computed from the brief's order, never stored: moving a paragraph
// renumbers. One endnote per cited fact; a corroborated fact's note names every source.
import { effectiveMeta, type Brief, type Credibility, type FactStatus, type Reliability, type Source } from '../model';
import { indexInput, type BriefIndex, type BriefInput } from './input';
import { citedFactIds } from './walk';

export const RELIABILITY_LABEL: Record<Reliability, string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
};

export const CREDIBILITY_LABEL: Record<number, string> = {
  1: 'confirmed by other sources',
  2: 'probably true',
  3: 'possibly true',
  4: 'doubtful',
  5: 'improbable',
  6: 'truth cannot be judged',
};

export interface EndnoteSource {
  sourceId: string;
  outlet: string;
  title: string;
  date: string;
  reliability: Reliability;
}

export interface Endnote {
  number: number;
  factId: string;
  sourceIds: string[];
  /** A readable line: sources, grades and the quoted words. */
  text: string;
  sources: EndnoteSource[];
  credibility: Credibility | null;
  status: FactStatus | 'missing';
  /** The source's own words (the fact's sentence); empty when the fact is gone. */
  quote: string;
}

export interface NumberedCitations {
  endnotes: Endnote[];
  numberOf: Map<string, number>;
}

export function numberCitations(brief: Brief, input: BriefInput): NumberedCitations {
  const index = indexInput(input);
  const numberOf = new Map<string, number>();
  const endnotes: Endnote[] = [];
  for (const factId of citedFactIds(brief)) {
    const number = endnotes.length + 1;
    numberOf.set(factId, number);
    endnotes.push(endnoteFor(number, factId, input, index));
  }
  return { endnotes, numberOf };
}

/** The fact's own source first, then the sources of facts corroborated with it (not rejected). */
export function citedSourceIds(factId: string, input: BriefInput, index: BriefIndex): string[] {
  const fact = index.factById.get(factId);
  if (!fact) return [];
  const ids = [fact.sourceId];
  for (const otherId of index.corroboratedWith.get(factId) ?? []) {
    const other = index.factById.get(otherId);
    if (!other || input.decisions[otherId]?.status === 'rejected') continue;
    if (!index.sourceById.has(other.sourceId) || ids.includes(other.sourceId)) continue;
    ids.push(other.sourceId);
  }
  return ids;
}

function describeSource(source: Source): EndnoteSource {
  const meta = effectiveMeta(source);
  return {
    sourceId: source.id,
    outlet: meta.outlet?.trim() || meta.author?.trim() || source.fileName,
    title: meta.title?.trim() || source.fileName,
    date: meta.publishedAt?.trim() || 'undated',
    reliability: source.reliability,
  };
}

function endnoteFor(number: number, factId: string, input: BriefInput, index: BriefIndex): Endnote {
  const fact = index.factById.get(factId);
  if (!fact) {
    return {
      number,
      factId,
      sourceIds: [],
      text: `Fact ${factId} is no longer in the project.`,
      sources: [],
      credibility: null,
      status: 'missing',
      quote: '',
    };
  }
  const sourceIds = citedSourceIds(factId, input, index);
  const sources = sourceIds.flatMap((id) => {
    const source = index.sourceById.get(id);
    return source ? [describeSource(source)] : [];
  });
  const decision = input.decisions[factId];
  const credibility = decision?.credibility ?? null;
  const status = decision?.status ?? 'unverified';
  const sourceText =
    sources.length === 0
      ? 'Source no longer in the project.'
      : sources.map((s) => `${s.outlet}, “${s.title}”, ${s.date} (reliability ${s.reliability}).`).join(' ');
  const credibilityText = credibility === null ? 'Credibility not graded.' : `Credibility ${credibility}.`;
  const statusText = status === 'verified' ? '' : ` [${status}]`;
  return {
    number,
    factId,
    sourceIds,
    text: `${sourceText} ${credibilityText}${statusText} “${fact.text}”`,
    sources,
    credibility,
    status,
    quote: fact.text,
  };
}
