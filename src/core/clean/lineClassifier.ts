// Decides which lines of a saved web page are page furniture. Three passes, after jusText:
// 1. each line on its own (controls, notices, promotions, list headers such as "Related");
// 2. structure: the teaser list after a tail marker, navigation above the title, repeats,
//    a trailing byline;
// 3. context: short lines take the class of the furniture around them.
// Every decision is a reason the analyst sees; a line the analyst restored is never dropped.
import type { RemovalReason } from '../model';
import type { LineFeatures } from './lineFeatures';
import {
  BYLINE_PREFIX,
  CALL_TO_ACTION,
  CONTENTS_MARKER,
  FOLLOW_PATTERN,
  LEADING_PICTOGRAPH,
  NOTICE_PATTERN,
  PROMOTION_PATTERN,
  SECOND_PERSON,
  TAIL_MARKERS,
  UI_WORDS,
} from './uiLexicon';
import { wordsOf } from './language';
import { formMatch, furnitureReason, isAgencySlug, pipeCells } from './furnitureLine';
import { isOutletCredit } from './creditLine';
import { isSelfDescription } from './promotionLine';
import { isStampLine } from './stampLine';
import { statedDate } from './statedDate';

// NOTE: module constants, not literals in the functions: esbuild (tsx, the bundles) turns a
// literal with \p{…} into `new RegExp(…)`, built again at every call.
const STARTS_UPPER = /^\p{Lu}/u;

export interface Classification {
  /** Reason per line index (same indexing as the features array); null = kept. */
  labels: Array<RemovalReason | null>;
  /** Index of the line taken as the title, if the page has a heading above its first paragraph. */
  titleLine: number | null;
  /** Index of the first paragraph of article text. */
  firstParagraph: number | null;
}

// Words that fill out a control's label ("Share this article", "Sign up for our newsletter").
const FILLER = new Set(['in', 'to', 'up', 'out', 'of', 'the', 'on', 'us', 'this', 'article', 'story', 'page', 'post', 'our', 'for', 'with', 'now']);

export function classifyLines(lines: readonly LineFeatures[], restored: ReadonlySet<number>): Classification {
  const labels: Array<RemovalReason | null> = lines.map(() => null);
  const content = lines.filter((l) => !l.blank).map((l) => l.index);
  const at = (i: number) => lines[i]!;
  const set = (i: number, reason: RemovalReason) => {
    if (labels[i] === null && !restored.has(at(i).index)) labels[i] = reason;
  };
  // A row of a table has a neighbour with as many cells that is a row too (figures) or reads the
  // same way; a menu beside a ticker with as many cells is not a table. Share bars never are.
  const isTableRow = (c: number, reason: RemovalReason) => {
    const cells = pipeCells(at(content[c]!).text)?.length;
    if (cells === undefined || reason === 'share') return false;
    const near = [content[c - 1], content[c + 1]].filter((i): i is number => i !== undefined);
    return near.some((i) => {
      if (pipeCells(at(i).text)?.length !== cells) return false;
      const other = ownReason(at(i));
      return other === null || other === reason;
    });
  };

  // Pass 1: each line on its own.
  for (let c = 0; c < content.length; c++) {
    const i = content[c]!;
    const reason = ownReason(at(i));
    // A row of a table has a neighbour with as many cells; a menu stands alone.
    if (reason && isTableRow(c, reason)) continue;
    if (reason) set(i, reason);
  }

  // Pass 2a: tail markers and the teaser lists that follow them.
  for (let c = 0; c < content.length; c++) {
    const i = content[c]!;
    const marker = tailMarker(at(i).text);
    if (marker === 'inline') set(i, 'related');
    if (marker !== 'header') continue;
    set(i, 'related');
    c = markTeaserList(content, c + 1, lines, labels, set);
  }

  // Pass 2b: a table of contents lists headings that appear again in the body.
  const keyCount = countKeys(lines, content);
  for (let c = 0; c < content.length; c++) {
    if (!CONTENTS_MARKER.test(stripColon(at(content[c]!).text))) continue;
    set(content[c]!, 'navigation');
    for (let d = c + 1; d < content.length; d++) {
      const entry = at(content[d]!);
      if (entry.paragraph || (keyCount.get(entry.key) ?? 0) < 2) break;
      set(content[d]!, 'navigation');
    }
  }

  // Pass 2c: above the article, before its title, sit section banners and breadcrumbs.
  // A teaser cut off with an ellipsis is no paragraph of the article, nor its headline.
  const truncated = (i: number) => TRUNCATED.test(at(i).text);
  const firstParagraph = content.find((i) => labels[i] === null && at(i).paragraph && !truncated(i)) ?? null;
  const head = firstParagraph === null ? [] : content.filter((i) => i < firstParagraph && labels[i] === null);
  // A date line ("Jakarta, 14 June 2025") or a "By" line is not the headline.
  const candidate = (i: number) =>
    at(i).words >= 3 &&
    !BYLINE_PREFIX.test(at(i).text) &&
    !(at(i).words <= 6 && statedDate(at(i).text) !== null) &&
    !opensWithInterfaceWord(at(i)) &&
    !truncated(i);
  // The headline follows the page's menus: a candidate after the last menu of the head comes
  // first, so the site's name and motto above the menus ("Gazette | News for the islands") are
  // not taken for it.
  const menus = firstParagraph === null ? [] : content.filter((i) => i < firstParagraph && isMenuLine(at(i), labels[i] ?? null));
  const lastMenu = menus[menus.length - 1] ?? -1;
  const pickFrom = (pool: readonly number[]) =>
    pool.find((i) => labels[i] === null && candidate(i) && !at(i).allCaps) ?? pool.find((i) => labels[i] === null && candidate(i)) ?? null;
  const pickTitle = () => pickFrom(head.filter((i) => i > lastMenu)) ?? pickFrom(head);
  let titleLine = pickTitle();
  // Above the headline: the site's name in a few capitalised words, or a "Breaking:" ticker.
  // Each is dropped only when a longer headline follows, so a short real title stays the title.
  if (titleLine !== null) {
    const rest = head.filter((i) => i > titleLine! && labels[i] === null && candidate(i) && at(i).words >= 5);
    if (rest.length > 0 && (isSiteName(at(titleLine)) || TICKER.test(at(titleLine).text))) {
      set(titleLine, 'navigation');
      for (const i of head) if (i < rest[0]! && labels[i] === null && TICKER.test(at(i).text)) set(i, 'navigation');
      titleLine = pickTitle();
    }
  }
  if (titleLine !== null) {
    // Above the first menu, when the headline is below the menus, the masthead: the site's name,
    // its motto, its address ("Gazette | News for the islands", "gazette.example: Region").
    const firstMenu = menus[0];
    const masthead = (i: number) => firstMenu !== undefined && firstMenu < titleLine! && i < firstMenu && at(i).words <= 8 && !at(i).sentenceEnd;
    for (const i of head) {
      if (i >= titleLine) break;
      if (at(i).allCaps || at(i).words <= 2 || opensWithInterfaceWord(at(i)) || truncated(i) || masthead(i)) set(i, 'navigation');
    }
    // Between the headline and the first paragraph: teasers cut off with an ellipsis, and the
    // outlet with its city ("Harbour Post (Apia)", "Harbour Post | Apia").
    for (const i of head) {
      if (i <= titleLine || labels[i] !== null) continue;
      if (truncated(i)) set(i, 'related');
      else if (at(i).words <= 8 && isOutletCredit(at(i).text)) set(i, 'byline');
    }
  }

  // Pass 2d: a question or aside that leads into a promotion belongs to it.
  for (let c = content.length - 1; c > 0; c--) {
    const i = content[c]!;
    const prev = content[c - 1]!;
    if (labels[i] === 'promotion' && labels[prev] === null && at(prev).words <= 20) {
      const t = at(prev).text;
      if (t.endsWith('?') || SECOND_PERSON.test(t) || LEADING_PICTOGRAPH.test(t)) set(prev, 'promotion');
    }
  }

  // Pass 2e: the same headline or blurb twice: keep the first that is still in the text.
  markRepeats(lines, content, labels, set);
  markTruncatedTeasers(lines, content, labels, set);

  // Pass 3: short lines between pieces of furniture are furniture too (the headline aside).
  smoothShortRuns(lines, content, labels, set, titleLine);

  // Time stamps ("Published: …", "June 14, 2025 6:41 PM GMT+7"), after smoothing: a stamp under
  // a headline and its byline does not make them a run of furniture. Their date still reaches
  // the source's metadata (metaGuess reads every line).
  const stamps = new Set(content.filter((i) => isStampLine(at(i).text, at(i).words)));
  for (const i of stamps) set(i, 'boilerplate');

  // Pass 2f (after smoothing, so the end of the article is known): a trailing byline.
  markBylines(lines, content, labels, set, titleLine);

  // Pass 2g: a bare name on its own line next to the time stamp is the byline ("Jane Doe" over
  // "Published: …"); an agency's sign-off code ends a wire story.
  for (let c = 0; c < content.length; c++) {
    if (!stamps.has(content[c]!)) continue;
    for (const d of [c - 1, c + 1]) {
      const i = content[d];
      if (i === undefined || labels[i] !== null || at(i).paragraph || i === titleLine) continue;
      if (bylineName(at(i).text) !== null) set(i, 'byline');
    }
  }
  // Pass 2h: the foot of the page, below the story: the outlet describing itself.
  for (let c = content.length - 1; c >= 0; c--) {
    const i = content[c]!;
    if (labels[i] !== null) continue;
    if (!isSelfDescription(at(i))) break;
    set(i, 'notice');
  }
  const kept = content.filter((i) => labels[i] === null);
  const last = kept[kept.length - 1];
  if (last !== undefined && isAgencySlug(at(last).text)) set(last, 'byline');

  return { labels, titleLine, firstParagraph };
}

/** Longest line that can be told for a promotion by its words alone (an appeal is a sentence or two). */
const MAX_PROMOTION_WORDS = 60;

function ownReason(line: LineFeatures): RemovalReason | null {
  const text = line.text;
  if (line.words <= 15 && FOLLOW_PATTERN.test(text)) return 'follow';
  const ui = uiReason(line);
  if (ui) return ui;
  const form = furnitureReason(line);
  if (form) return form;
  const named = formMatch(line);
  if (named) return named.reason;
  if (PROMOTION_PATTERN.test(stripColon(text))) return 'promotion';
  if (line.words <= 30 && NOTICE_PATTERN.test(text)) return 'notice';
  // Marketing speaks to the reader and asks them to act; news quotes aside, articles rarely do.
  // NOTE: in a line of a few sentences at most: a whole article on one line (a Markdown paragraph,
  // a text file without line breaks) holds a "you" and a "visit" somewhere, and was dropped whole.
  const quoted = /^["“«„‘]/u.test(text);
  if (!quoted && line.words <= MAX_PROMOTION_WORDS && SECOND_PERSON.test(text) && (LEADING_PICTOGRAPH.test(text) || CALL_TO_ACTION.test(text))) {
    return 'promotion';
  }
  if (LEADING_PICTOGRAPH.test(text) && CALL_TO_ACTION.test(text)) return 'promotion';
  return null;
}

/**
 * A short line above the headline that opens with an interface word ("Subscribe from RM 9.90 a
 * month", "Sign in to read more") belongs to the page's masthead bar, not the story.
 */
function opensWithInterfaceWord(line: LineFeatures): boolean {
  if (line.words > 10 || line.sentenceEnd) return false;
  const lead = wordsOf(line.text)[0];
  return lead !== undefined && UI_WORDS.get(lead) === 'navigation';
}

// A line cut off with an ellipsis ("…", "...") where a link to the whole story follows.
const TRUNCATED = /(?:\.\.\.|…)$/u;

/** A menu of the page (items between separators), not a labelled list such as "Topics: A | B". */
function isMenuLine(line: LineFeatures, label: RemovalReason | null): boolean {
  return label === 'navigation' && /\s[|›»>]\s/u.test(line.text) && !/^[^|›»>]{1,30}[:：]/u.test(line.text);
}

// "Breaking: …", "Just in: …": a news ticker above the page's own headline.
const TICKER = /^(?:breaking(?: news)?|just in|developing(?: story)?|live|flash|urgent|tin nóng|nóng|dernière minute|eilmeldung|última hora|速報)\s*[:：|–—-]\s*\S/i;

/** A masthead: a few capitalised words, no figures, no sentence ("The Jakarta Ledger"). */
function isSiteName(line: LineFeatures): boolean {
  return line.words <= 4 && line.titleCase && !line.sentenceEnd && !/[\d:|]/.test(line.text);
}

/** A short line made of interface words ("Log in", "Share:", "Viết bình luận"). */
function uiReason(line: LineFeatures): RemovalReason | null {
  if (line.words > 6) return null;
  const tokens = wordsOf(line.text);
  const whole = line.text.replace(/[\p{P}\s]+/gu, '').toLowerCase();
  const single = tokens.length <= 1 ? UI_WORDS.get(whole) : undefined;
  if (single) return single;
  if (tokens.length === 0) return null;
  let reason: RemovalReason | null = null;
  for (const t of tokens) {
    const r = UI_WORDS.get(t);
    if (!r) return null;
    if (!FILLER.has(t) && reason === null) reason = r;
  }
  return reason;
}

// NOTE: a loop from the end, not /[…]+$/: an end-anchored regex is tried at every position of
// the line, and every line of every import passes here.
const TRAILING = /[\s:：»›>|-]/u;
function stripColon(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING.test(text[end - 1]!)) end--;
  return text.slice(0, end).trim();
}

/** 'header' for a list header standing alone, 'inline' for "Read more: <headline>". */
function tailMarker(raw: string): 'header' | 'inline' | null {
  // "(Also read: …)", "[See also: …]": the marker in brackets inside a story.
  const text = /^[([].*[)\]]$/u.test(raw) ? raw.slice(1, -1).trim() : raw;
  const bare = stripColon(text);
  const isMarker = (t: string) => TAIL_MARKERS.some((m) => m.test(t));
  if (isMarker(bare)) return 'header';
  // "Most Popular | Editors' Picks": tabs of lists, one header.
  const tabs = pipeCells(bare);
  if (tabs && tabs.every(isMarker)) return 'header';
  const colon = text.search(/[:：]/u);
  if (colon > 0 && colon < 40) {
    const lead = text.slice(0, colon).trim();
    // "More from: Harbour Post": the outlet's name after the colon; its list follows.
    if (SOURCE_LIST_HEADER.test(lead) && text.slice(colon + 1).trim().split(/\s+/u).length <= 4) return 'header';
    if (isMarker(lead)) return 'inline';
  }
  return null;
}

const SOURCE_LIST_HEADER = /^(?:more (?:from|by|on|in)|other (?:stories|articles|news) (?:from|by)|latest from|also from)$/iu;

/**
 * After a list header, other articles are listed as headline (often twice: link and image
 * alt text) and at most one blurb. The list ends where running text resumes: two paragraphs in
 * a row, or a heading followed by two paragraphs. Returns the content position to resume at.
 */
function markTeaserList(
  content: readonly number[],
  start: number,
  lines: readonly LineFeatures[],
  labels: ReadonlyArray<RemovalReason | null>,
  set: (i: number, r: RemovalReason) => void,
): number {
  // A line already known as furniture (an appeal, a notice) is no running text that ends the list.
  const para = (c: number) => c < content.length && lines[content[c]!]!.paragraph && labels[content[c]!] === null;
  let c = start;
  for (; c < content.length; c++) {
    if (para(c) && para(c + 1)) break;
    if (!para(c) && para(c + 1) && para(c + 2)) break;
    set(content[c]!, 'related');
  }
  return c - 1;
}

function countKeys(lines: readonly LineFeatures[], content: readonly number[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const i of content) {
    const k = lines[i]!.key;
    if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

function markRepeats(
  lines: readonly LineFeatures[],
  content: readonly number[],
  labels: ReadonlyArray<RemovalReason | null>,
  set: (i: number, r: RemovalReason) => void,
): void {
  // NOTE: only lines of three words or more: short repeats are table cells, code, list values.
  const kept = new Set<string>();
  for (const i of content) {
    const l = lines[i]!;
    if (l.words < 3 || !l.key || labels[i] !== null) continue;
    if (kept.has(l.key)) set(i, 'repeat');
    else kept.add(l.key);
  }
}

/** A line key's first six words (`key.split(' ').slice(0, 6).join(' ')`), without splitting a paragraph into all its words. */
function opening(key: string): string {
  let at = -1;
  for (let n = 0; n < 6; n++) {
    at = key.indexOf(' ', at + 1);
    if (at < 0) return key;
  }
  return key.slice(0, at);
}

/**
 * A teaser cut off with an ellipsis that opens with the same six words as a longer line of the
 * page is the link to that line ("HARBOUR CITY (Wire) — The port reopened on Monday after…").
 */
function markTruncatedTeasers(
  lines: readonly LineFeatures[],
  content: readonly number[],
  labels: ReadonlyArray<RemovalReason | null>,
  set: (i: number, r: RemovalReason) => void,
): void {
  // NOTE: most pages have no line cut off with an ellipsis: then nothing is read for openings.
  if (!content.some((i) => TRUNCATED.test(lines[i]!.text))) return;
  const openings = new Set<string>();
  for (const i of content) {
    const l = lines[i]!;
    if (l.words >= 8 && !TRUNCATED.test(l.text)) openings.add(opening(l.key));
  }
  for (const i of content) {
    const l = lines[i]!;
    if (labels[i] === null && l.words >= 6 && TRUNCATED.test(l.text) && openings.has(opening(l.key))) set(i, 'repeat');
  }
}

function smoothShortRuns(
  lines: readonly LineFeatures[],
  content: readonly number[],
  labels: ReadonlyArray<RemovalReason | null>,
  set: (i: number, r: RemovalReason) => void,
  titleLine: number | null,
): void {
  let c = 0;
  while (c < content.length) {
    const i = content[c]!;
    if (labels[i] !== null || lines[i]!.paragraph) {
      c++;
      continue;
    }
    let end = c;
    while (end + 1 < content.length && labels[content[end + 1]!] === null && !lines[content[end + 1]!]!.paragraph) end++;
    const before = c > 0 ? labels[content[c - 1]!] : undefined;
    const after = end + 1 < content.length ? labels[content[end + 1]!] : undefined;
    // undefined = the edge of the document; null = article text.
    const bad = (x: RemovalReason | null | undefined) => x !== null && x !== undefined;
    const edge = (x: RemovalReason | null | undefined) => x === undefined;
    const holdsTitle = titleLine !== null && content.slice(c, end + 1).includes(titleLine);
    if (bad(before) && (bad(after) || edge(after)) && !holdsTitle) {
      const reason = before as RemovalReason;
      for (let k = c; k <= end; k++) {
        // A line that holds a whole sentence is a caption or an aside of the story, not a label.
        if (!holdsSentence(lines[content[k]!]!)) set(content[k]!, reason === 'byline' ? 'boilerplate' : reason);
      }
    }
    c = end + 1;
  }
}

const INNER_SENTENCE_END = /\p{Ll}[.!?]["”’)]?\s+\p{Lu}/u;

function holdsSentence(line: LineFeatures): boolean {
  return line.words >= 10 && INNER_SENTENCE_END.test(line.text);
}

const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|da|del|der|van|von|bin|al|le|la|du|dos|y)$/u;

function markBylines(
  lines: readonly LineFeatures[],
  content: readonly number[],
  labels: ReadonlyArray<RemovalReason | null>,
  set: (i: number, r: RemovalReason) => void,
  titleLine: number | null,
): void {
  const kept = content.filter((i) => labels[i] === null);
  const last = kept[kept.length - 1];
  const beforeLast = kept[kept.length - 2];
  if (last !== undefined && last !== titleLine && beforeLast !== undefined && lines[beforeLast]!.paragraph) {
    if (bylineName(lines[last]!.text) !== null) set(last, 'byline');
  }
  // "By Jane Doe" lines near the top or the end.
  const near = [...kept.slice(0, 6), ...kept.slice(-3)];
  for (const i of near) {
    const l = lines[i]!;
    if (l.words <= 10 && BYLINE_PREFIX.test(l.text) && !l.sentenceEnd) set(i, 'byline');
  }
}

/** The name in a byline line ("Tran Thuong", "By Jane Doe", "Thu Hằng/VOV.VN"), or null. */
export function bylineName(text: string): string | null {
  let t = text.trim().replace(BYLINE_PREFIX, '');
  // An agency or outlet credit after the name: "Thu Hằng/VOV.VN", "Jane Doe (AP)".
  t = t.replace(/\s*(?:\/|\(|[-–—]\s).*$/u, '').trim();
  if (/\d/.test(t) || /[.!?:;,]$/.test(t) || t.length > 40) return null;
  const parts = t.split(/\s+/);
  if (parts.length < 2 || parts.length > 4) return null;
  if (!parts.every((p) => NAME_WORD.test(p))) return null;
  if (!STARTS_UPPER.test(parts[0]!) || !STARTS_UPPER.test(parts[parts.length - 1]!)) return null;
  return t;
}
