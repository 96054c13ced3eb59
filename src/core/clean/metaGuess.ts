// Guesses a source's metadata from its own words: the heading above the first paragraph, the
// dateline that opens it, a byline, a stated publication date. Guesses only: the analyst edits.
import type { RemovalReason, SourceMeta } from '../model';
import type { LineFeatures } from './lineFeatures';
import { bylineName } from './lineClassifier';
import { PUBLISHED_LABEL } from './stampLine';
import { statedDate } from './statedDate';

const DATELINE = /^(.{2,48}?)\s+[-–—]{1,2}\s+\S/u;
const DOMAIN = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,6}$/iu;

export interface MetaInput {
  lines: readonly LineFeatures[];
  labels: ReadonlyArray<RemovalReason | null>;
  titleLine: number | null;
  firstParagraph: number | null;
}

export function guessMeta(input: MetaInput, language: string | null): SourceMeta {
  const { lines, labels, titleLine, firstParagraph } = input;
  const opening = firstParagraph === null ? '' : lines[firstParagraph]!.text;
  const prefix = DATELINE.exec(opening)?.[1]?.trim() ?? null;
  return {
    title: titleLine === null ? null : lines[titleLine]!.text,
    outlet: prefix ? outletOfDateline(prefix) : null,
    author: authorOf(lines, labels),
    publishedAt: publishedAtOf(lines, firstParagraph, prefix),
    language,
  };
}

/**
 * "VOV.VN - …" names the outlet; "HANOI (Reuters) - …" names an agency in brackets; "HCMC – …"
 * or "TOKYO — …" is where the story was filed, which is not an outlet.
 */
export function outletOfDateline(prefix: string): string | null {
  if (DOMAIN.test(prefix)) return prefix;
  const bracketed = /\(([^()]{2,40})\)/u.exec(prefix)?.[1]?.trim();
  if (bracketed && !statedDate(bracketed) && /^\p{Lu}/u.test(bracketed)) return bracketed;
  return null;
}

function authorOf(lines: readonly LineFeatures[], labels: ReadonlyArray<RemovalReason | null>): string | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (labels[i] !== 'byline') continue;
    const name = bylineName(lines[i]!.text);
    if (name) return name;
  }
  return null;
}

function publishedAtOf(lines: readonly LineFeatures[], firstParagraph: number | null, prefix: string | null): string | null {
  if (prefix) {
    const d = statedDate(prefix);
    if (d) return d;
  }
  // A date standing on its own above the article, or a "Published: …" line anywhere near it.
  const limit = firstParagraph ?? Math.min(lines.length, 10);
  for (const l of lines) {
    if (l.blank) continue;
    const inHead = l.index < limit;
    if ((inHead && l.words <= 12) || (PUBLISHED_LABEL.test(l.text) && l.words <= 16)) {
      const d = statedDate(l.text);
      if (d) return d;
    }
  }
  return null;
}
