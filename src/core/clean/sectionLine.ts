// Labels a page puts between pieces of a story: the section or category it is filed in ("Section:
// World", "Categories: Trade | Energy", "Labels: A, B"), and the markers of a break in the text
// ("Story continues below", "Continue reading on:"). The headers of lists of other stories are
// TAIL_MARKERS (uiLexicon.ts): what follows them goes too, where a label here stands alone.
import type { FormRule } from './formRule';

const SECTION_LABEL =
  /^(?:sections?|categor(?:y|ies)|labels?|filed (?:in|under)|posted in|published in|departments?|desk|rubriques?|catégories?|kategorien?|ressort|secci[oó]n|categor[ií]as?|chuyên mục|danh mục)\s*[:：]\s*/iu;

function isSectionLabel(text: string): boolean {
  const m = SECTION_LABEL.exec(text);
  if (!m || /[.!?]$/u.test(text)) return false;
  const items = text.slice(m[0].length).split(/\s*[,;|·•/»›>]\s*/u).filter(Boolean);
  return items.length > 0 && items.every((item) => item.split(/\s+/u).length <= 4 && !/\d{3,}/u.test(item));
}

const CONTINUATION =
  /^(?:continue reading(?: on| at| below| here)?|keep reading|read the (?:full|rest of the|whole) (?:story|article)|(?:the )?(?:story|article) continues(?: below| after)?(?: (?:the )?(?:advertisement|ad))?|continues below|scroll (?:down )?to continue(?: reading)?)\s*[:：.…]*$/iu;

export const SECTION_RULES: readonly FormRule[] = [
  { id: 'navigation.section-label', reason: 'navigation', test: (l) => l.words <= 16 && isSectionLabel(l.text) },
  { id: 'navigation.continuation', reason: 'navigation', test: (l) => l.words <= 8 && CONTINUATION.test(l.text) },
];
