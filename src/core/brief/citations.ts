// Citation numbers are computed from the brief's order, never stored: moving a paragraph
// renumbers. One endnote per cited fact; a corroborated fact's note names every source.
import { effectiveMeta, type Brief, type Credibility, type FactStatus, type Reliability, type Source } from '../model';
import { gradeText, suggestionBasis } from '../gradeWords';
import { dateWords } from '../valueWords';
import { standingCredibility } from '../standingCredibility';
import { indexInput, type BriefIndex, type BriefInput } from './input';
import { citedFactIds } from './walk';

export interface EndnoteSource {
  sourceId: string;
  /** How the note names the source: outlet and “title” where known, else the file name. */
  label: string;
  /** A short name for tables: the outlet, else the title (shortened); empty when it has neither. */
  shortName: string;
  date: string;
  reliability: Reliability;
  /** This source's own words for the fact (its corroborating sentence), so each can be checked. */
  quote: string;
  /** The credibility this source's fact stands at, if graded (or verified: see standingCredibility). */
  credibility: Credibility | null;
  /** Where the credibility is Attaché's suggestion, what it rests on ("corroborated by 3 sources"). */
  suggestedBecause: string | null;
  /** An earlier note that already quotes these same words of this source (they are not repeated). */
  quotedIn: number | null;
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
  // A sentence carrying several cited figures is quoted in full once; later notes point back to it.
  const quoted = new Map<string, number>();
  for (const factId of citedFactIds(brief)) {
    const number = endnotes.length + 1;
    numberOf.set(factId, number);
    endnotes.push(endnoteFor(number, factId, input, index, quoted));
  }
  return { endnotes, numberOf };
}

/** One fact per citing source: the cited fact, then a corroborating fact of each other source. Each is quoted in its endnote. */
export function citedEvidence(factId: string, input: BriefInput, index: BriefIndex): Array<{ sourceId: string; factId: string }> {
  const fact = index.factById.get(factId);
  if (!fact) return [];
  const out = [{ sourceId: fact.sourceId, factId }];
  for (const otherId of index.facts.corroboratedWith(factId)) {
    const other = index.factById.get(otherId);
    if (!other || input.decisions[otherId]?.status === 'rejected') continue;
    if (!index.sourceById.has(other.sourceId) || out.some((e) => e.sourceId === other.sourceId)) continue;
    out.push({ sourceId: other.sourceId, factId: otherId });
  }
  return out;
}

/** "VOV.VN, “A further boost …”"; the file name only when the source has neither outlet nor title. */
export function sourceLabel(source: Source): string {
  const meta = effectiveMeta(source);
  const outlet = meta.outlet?.trim() || meta.author?.trim() || '';
  const title = meta.title?.trim() || '';
  const parts = [outlet, title && title !== outlet ? `“${title}”` : ''].filter(Boolean);
  return parts.length ? parts.join(', ') : source.fileName;
}

function shortName(source: Source): string {
  const meta = effectiveMeta(source);
  const outlet = meta.outlet?.trim() || meta.author?.trim();
  if (outlet) return outlet;
  const title = meta.title?.trim();
  if (!title) return '';
  return title.length <= 40 ? title : `${title.slice(0, 38).replace(/\s+\S*$/, '')}…`;
}

function endnoteFor(number: number, factId: string, input: BriefInput, index: BriefIndex, quoted: Map<string, number>): Endnote {
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
  const decision = input.decisions[factId];
  const support = index.facts.support(factId);
  const standing = standingCredibility(decision, support);
  const credibility = standing.value;
  const suggestedBecause = standing.suggested ? suggestionBasis(support) : null;
  const status = decision?.status ?? 'unverified';
  const sources: EndnoteSource[] = citedEvidence(factId, input, index).flatMap((e) => {
    const source = index.sourceById.get(e.sourceId);
    const own = index.factById.get(e.factId);
    if (!source || !own) return [];
    const meta = effectiveMeta(source);
    const quote = own.text.replace(/\s+/g, ' ').trim();
    const key = `${source.id}\u241f${quote}`;
    const quotedIn = quoted.get(key) ?? null;
    if (quotedIn === null) quoted.set(key, number);
    return [
      {
        sourceId: source.id,
        label: sourceLabel(source),
        shortName: shortName(source),
        date: meta.publishedAt?.trim() ? dateWords(meta.publishedAt.trim()) : 'undated',
        reliability: source.reliability,
        quote,
        ...(e.factId !== factId && input.decisions[e.factId]?.credibility != null && !input.decisions[e.factId]!.credibilitySuggested
          ? { credibility: input.decisions[e.factId]!.credibility, suggestedBecause: null }
          : { credibility, suggestedBecause }),
        quotedIn,
      },
    ];
  });
  const statusText = status === 'verified' ? '' : `[${status}] `;
  const text =
    sources.length === 0
      ? `${statusText}Source no longer in the project. “${fact.text}”`
      : statusText + sources.map((s) => `${s.label}, ${s.date}, ${gradeText(s.reliability, s.credibility, s.suggestedBecause ?? undefined)}: ${quoteText(s)}`).join(' ');
  return { number, factId, sourceIds: sources.map((s) => s.sourceId), text, sources, credibility, status, quote: fact.text };
}

/** The source's words, or where an earlier note already gives them. */
export function quoteText(source: Pick<EndnoteSource, 'quote' | 'quotedIn'>): string {
  return source.quotedIn === null ? `“${source.quote}”` : `the same sentence as note ${source.quotedIn}.`;
}
