// Bylines and credits in the forms pages print them, beyond "By Jane Doe": "Posted by the Desk",
// "Report by Sam Roe/Wire", "By ANA LOPEZ and TOM REY Wire Service", photo credits, "Source: Wire",
// and the outlet with its city under a headline ("Harbour Post (Apia)"). Rows that mix a credit
// with a date or reading time are metadata rows (mastheadLine.ts).
import type { FormRule } from './formRule';
import { isCreditLine, isNameRun } from './mastheadLine';

// "Photo: Jane Doe/Wire", "(Photo by Ali Reza/AFP)", "Picture: Sam Roe".
const PHOTO_CREDIT = /^\(?(?:photos?|pictures?|images?|photograph|photo credit|credit|foto|ảnh)\s*(?:by\s+|[:：]\s*)/iu;

function isPhotoCredit(text: string): boolean {
  const lead = PHOTO_CREDIT.exec(text);
  if (!lead) return false;
  const rest = text.slice(lead[0].length).replace(/\)$/u, '');
  return (lead[0].startsWith('(') === text.endsWith(')')) && isNameRun(rest, 8);
}

// "Source: Wire Agency": where a story came from, on a line of its own.
const SOURCE_LABEL = /^(?:source|sources|nguồn|fuente|quelle)\s*[:：]\s*/iu;

function isSourceLabel(text: string): boolean {
  const lead = SOURCE_LABEL.exec(text);
  return lead !== null && isNameRun(text.slice(lead[0].length), 5);
}

export const CREDIT_RULES: readonly FormRule[] = [
  { id: 'byline.credit-line', reason: 'byline', test: (l) => l.words <= 14 && isCreditLine(l.text) },
  { id: 'byline.photo-credit', reason: 'byline', test: (l) => l.words <= 12 && isPhotoCredit(l.text) },
  { id: 'byline.source-label', reason: 'byline', test: (l) => l.words <= 8 && !l.sentenceEnd && isSourceLabel(l.text) },
];

// "Harbour Post (Apia)", "news.example.org (Suva)": an outlet and the city it files from.
const OUTLET_WITH_PLACE = /^(?:\p{Lu}[\p{L}\p{N}.'’&-]*\s+){0,4}\p{L}[\p{L}\p{N}.'’&-]*\s*\((?:\p{Lu}[\p{L}'’.-]*\s*){1,3}\)$/u;

/**
 * A credit line as it stands under a headline: the outlet and its city, in brackets or between
 * pipes ("Harbour Post | Apia"). NOTE: only tested between the headline and the first paragraph:
 * elsewhere a few capitalised words may be a heading of the article.
 */
export function isOutletCredit(text: string): boolean {
  if (OUTLET_WITH_PLACE.test(text)) return true;
  const cells = text.split(/\s+\|\s+/u);
  return cells.length === 2 && cells.every((c) => !/\d/u.test(c) && isNameRun(c, 4));
}
