// Cleaning: from the text of a saved page or document to the article an analyst cites. Pure: runs
// in the worker at import and in the service when the analyst restores a line.
//
// Page breaks: a PDF's original text holds a line with only "\f" where each page starts (page 1
// included). They never reach the cleaned text; `pages` says where each page starts in it.
import type { PageStart, RemovedLine, SourceMeta } from '../model';
import { classifyLines } from './lineClassifier';
import { guessLanguage, LANGUAGE_SAMPLE, languageCounts, languageOf, sumCounts, type LanguageCounts } from './language';
import { lineFeatures } from './lineFeatures';
import { guessMeta } from './metaGuess';

export { guessLanguage } from './language';
export { statedDate } from './statedDate';

export interface CleanResult {
  /** Cleaned article text: kept lines joined by \n, a run of blank or dropped lines as one blank line. */
  text: string;
  removed: RemovedLine[];
  meta: SourceMeta;
  /** Where each page starts in `text`; empty unless the original holds page-break lines. */
  pages: PageStart[];
}

export interface CleanOptions {
  /** Line indices (of the original split on \n) the analyst put back: never dropped. */
  restoredLines?: readonly number[];
  /** Metadata the reader found in the file itself (HTML meta tags, PDF info); wins over guesses. */
  hints?: Partial<SourceMeta>;
}

import { documentLanguage } from './documentLanguage';
import { unwrapLines } from './unwrap';

export const PAGE_BREAK_LINE = '\f';

export function cleanArticle(raw: string, options: CleanOptions = {}): CleanResult {
  // Features and labels are per logical line (a hard-wrapped paragraph is one); what is reported
  // (dropped lines, restores) names the first original line, as the analyst sees the file.
  const logical = unwrapLines(raw.split('\n'));
  // The language of the whole and of the kept lines from each line's counts, read once: the
  // lines hold the text's letters and words (they are joined by spaces and line breaks). A text
  // longer than the guess's sample is guessed from its start, as guessLanguage reads it.
  const counts = logical.map((l) => languageCounts(l.text));
  const rawLanguage = raw.length > LANGUAGE_SAMPLE ? guessLanguage(raw) : languageOf(sumCounts(counts));
  const lines = logical.map((l, i) => lineFeatures(i, l.text, rawLanguage, counts[i]!));
  const restoredRaw = new Set(options.restoredLines ?? []);
  const restored = new Set(logical.flatMap((l, i) => (l.raw.some((r) => restoredRaw.has(r)) ? [i] : [])));
  const { labels, titleLine, firstParagraph } = classifyLines(lines, restored);

  const removed: RemovedLine[] = [];
  const pages: PageStart[] = [];
  let text = '';
  let gap: '' | '\n' | '\n\n' = '';
  let pendingPages = 0;
  const kept: LanguageCounts[] = [];
  for (const line of lines) {
    const reason = labels[line.index];
    if (line.pageBreak) {
      pendingPages++;
      gap = text ? '\n\n' : '';
      continue;
    }
    if (line.blank) {
      if (text) gap = '\n\n';
      continue;
    }
    if (reason) {
      removed.push({ line: logical[line.index]!.raw[0]!, text: logical[line.index]!.text, reason });
      if (text && gap === '') gap = '\n';
      continue;
    }
    text += gap;
    for (; pendingPages > 0; pendingPages--) pages.push({ page: pages.length + 1, offset: text.length });
    text += line.text;
    kept.push(counts[line.index]!);
    gap = '\n';
  }
  for (; pendingPages > 0; pendingPages--) pages.push({ page: pages.length + 1, offset: text.length });

  const language = text.length > LANGUAGE_SAMPLE ? guessLanguage(text) : languageOf(sumCounts(kept));
  const guessed = guessMeta({ lines, labels, titleLine, firstParagraph }, documentLanguage(text || raw, language ?? rawLanguage));
  return { text, removed, meta: mergeHints(guessed, options.hints), pages };
}

function mergeHints(guessed: SourceMeta, hints: Partial<SourceMeta> | undefined): SourceMeta {
  if (!hints) return guessed;
  const meta = { ...guessed };
  for (const key of Object.keys(meta) as Array<keyof SourceMeta>) {
    const hint = hints[key];
    if (typeof hint === 'string' && hint.trim()) meta[key] = hint.trim();
  }
  return meta;
}
