// The page's own metadata and masthead, known by the shape of the line: a bare date or clock
// time, a market ticker, a weather box, a row of cells that are only dates, bylines, reading
// times, counters and place names ("Posted by the Desk | 06/12/2024 | 2 min read"), a language
// switcher, a bar of sharing phrases, a live feed's controls and media labels.
import { monthNumbers } from '../calendar';
import { ownPacks } from '../lang';
import { wordsOf } from './language';
import type { LineFeatures } from './lineFeatures';
import type { FormRule } from './formRule';
import { isStampLine } from './stampLine';
import { statedDate } from './statedDate';
import { UI_WORDS } from './uiLexicon';

// NOTE: module constants, not literals in the functions: esbuild (tsx, the bundles) turns a
// literal with \p{…} into `new RegExp(…)`, built again at every call.
const STARTS_UPPER = /^\p{Lu}/u;

// Words a bare date is made of besides its numbers: months and weekdays in the languages whose
// dates cleaning reads, and the small words between ("6 de diciembre de 2024", "the 6th of").
// They are every language pack's (lang/<code>/index.ts).
const DATE_WORDS = new Set([
  ...Object.keys(monthNumbers(ownPacks().map((pack) => pack.code))),
  ...ownPacks().flatMap((pack) => [...(pack.weekdays ?? []), ...(pack.dateWords ?? [])]),
]);
const DATE_NUMBER = /^\d{1,4}(?:st|nd|rd|th|er|\.)?$/u;
const DATE_SPLIT = /[\s,./\-–]+/u;

/** A line that is a calendar date and nothing else ("Friday, 6 December 2024", "10.09.2023"). */
export function isBareDate(text: string): boolean {
  if (text.length > 48 || statedDate(text) === null) return false;
  for (const raw of text.split(DATE_SPLIT)) {
    if (!raw) continue;
    const token = raw.toLowerCase().replace(/^[([]+|[)\]]+$/gu, '');
    if (token && !DATE_NUMBER.test(token) && !DATE_WORDS.has(token)) return false;
  }
  return true;
}

// "10:52 PM", "21:14", "9.30am", "18:12 IST": a clock time alone (a live blog's entry stamp).
const CLOCK = /^(?:\d{1,2}[:.h]\d{2}(?:\s*[aApP]\.?\s?[mM]\.?)?|\d{1,2}\s*[aApP]\.?\s?[mM]\.?)(?:\s+(?:[A-Z]{2,5}|(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?))?$/u;

// "3 min read", "Reading time: 2 mins read".
const READING_TIME = /^(?:reading time\s*[:：]?\s*)?\d{1,3}\s*(?:min(?:ute)?s?|mins?)\.?(?:\s+(?:read|reading))?$/iu;

// "89 views", "0 comments", "1.2K shares".
const COUNTER = /^[\d.,]+\s*[kKmM]?\s+(?:views?|comments?|shares?|reads?|likes?|replies|reactions?|responses?)$/iu;

// A temperature: "4°C", "34 °F", "-2ºC".
const TEMPERATURE = /[-−]?\d{1,3}(?:[.,]\d)?\s?[°º]\s?[CF]\b/u;
const WEATHER_LABEL = /^(?:weather|météo|wetter|tiempo|clima|thời tiết)\s*[:：]?\s*/iu;

// The words a credit is made of: names (capitalised, in capitals, with an agency after a slash:
// "Jane Doe/AFP"), and the small words between names.
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}\p{N}'’.&/-]*|and|&|of|the|de|da|del|der|van|von|bin|al|le|la|du|dos|y|e|et|und)$/u;
const CREDIT_LEAD = /^(?:by|posted by|written by|reported by|report by|reporting by|words by|story by|text by|compiled by|edited by)\s+/iu;

export function isNameRun(text: string, max: number): boolean {
  const parts = text.replace(/[,;]/gu, ' ').split(/\s+/u).filter(Boolean);
  return parts.length > 0 && parts.length <= max && parts.every((p) => NAME_WORD.test(p)) && STARTS_UPPER.test(parts[0]!);
}

/** "By Jane Doe and Ali Reza", "Posted by The Desk", "Report by Sam Roe/Wire": a credit and nothing else. */
export function isCreditLine(text: string): boolean {
  const lead = CREDIT_LEAD.exec(text);
  return lead !== null && isNameRun(text.slice(lead[0].length), 10);
}

function isWeatherCell(text: string): boolean {
  const m = TEMPERATURE.exec(text);
  if (!m) return false;
  const before = text.slice(0, m.index).trim();
  const after = text.slice(m.index + m[0].length).replace(/^[\s,;]+/u, '');
  if (WEATHER_LABEL.test(before) || WEATHER_LABEL.test(text)) return wordsOf(after).length <= 4;
  // "Belgrade 4°C", "Hanoi 31°C sunny": a place in capitals before it, a word or two after.
  return (before === '' || isNameRun(before, 3)) && wordsOf(after).length <= 3 && !/\d/u.test(after);
}

function isUiCell(text: string): boolean {
  const tokens = wordsOf(text);
  return tokens.length > 0 && tokens.length <= 4 && tokens.every((t) => UI_WORDS.has(t) || t === 'on' || t === 'via');
}

type CellKind = 'date' | 'time' | 'reading' | 'counter' | 'credit' | 'weather' | 'ui' | 'name';
const STRONG: ReadonlySet<CellKind> = new Set(['date', 'time', 'reading', 'counter', 'credit', 'weather']);

function cellKind(cell: string): CellKind | null {
  if (isBareDate(cell)) return 'date';
  if (CLOCK.test(cell) || isStampLine(cell, wordsOf(cell).length)) return 'time';
  if (READING_TIME.test(cell)) return 'reading';
  if (COUNTER.test(cell)) return 'counter';
  if (isCreditLine(cell)) return 'credit';
  if (isWeatherCell(cell)) return 'weather';
  if (isUiCell(cell)) return 'ui';
  if (!/\d/u.test(cell) && isNameRun(cell, 4)) return 'name';
  return null;
}

// Cells of a metadata row: split on pipes, slashes, middle dots, bullets and spaced dashes, with
// a date in square brackets as a cell of its own ("[February 3, 2025] By Jane Doe").
const CELL_SPLIT = /\s+[|/·•–—-]\s+|\s{2,}|\s*[|·•]\s*$/u;

function metaCells(text: string): CellKind[] | null {
  const unbracketed = text.replace(/^\[([^\]]{4,40})\]\s*/u, '$1 | ');
  const cells = unbracketed
    .split(CELL_SPLIT)
    .map((c) => c.trim())
    .filter(Boolean);
  if (cells.length === 0 || cells.length > 6) return null;
  const kinds: CellKind[] = [];
  for (const cell of cells) {
    const kind = cellKind(cell);
    if (kind === null) return null;
    kinds.push(kind);
  }
  return kinds;
}

// A market ticker: index names with their level and move ("INDEX 40,281.20 ▼ 82.03 (0.20%)").
const ARROW = /[▲▼△▽▴▾↑↓]/u;
const TICKER_CELL = /^[A-Z][A-Z0-9&/.\- ]{1,20}\s+[+-]?[\d,]+(?:\.\d+)?\b/u;

function isMarketTicker(line: LineFeatures): boolean {
  if (line.sentenceEnd || line.words > 40) return false;
  const figures = line.text.match(/\d[\d,.]*/gu)?.length ?? 0;
  if (ARROW.test(line.text) && figures >= 2) return true;
  const cells = line.text.split(/\s+\|\s+/u);
  return cells.length >= 2 && cells.every((c) => TICKER_CELL.test(c));
}

// Language switchers name each language in itself (or by its code): "English | Français".
const LANGUAGE_NAMES = new Set(
  [
    'english français francais español espanol deutsch português portugues italiano nederlands polski русский українська',
    'العربية عربي 中文 简体中文 繁體中文 日本語 한국어 türkçe ελληνικά हिन्दी हिंदी বাংলা فارسی اردو kiswahili afrikaans',
    'isizulu isixhosa svenska dansk norsk suomi română magyar čeština hrvatski srpski српски български ไทย עברית filipino',
    'tiếng việt|bahasa indonesia|bahasa melayu|ภาษาไทย',
  ].flatMap((list) => list.split(list.includes('|') ? '|' : ' ')),
);
const LANGUAGE_CODE = /^[A-Z]{2}(?:-[A-Z]{2})?$/u;

function isLanguageSwitch(line: LineFeatures): boolean {
  if (line.words > 12) return false;
  const items = line.text.split(/\s*[|/·•]\s*/u).filter(Boolean);
  return items.length >= 2 && items.every((item) => LANGUAGE_NAMES.has(item.toLowerCase()) || LANGUAGE_CODE.test(item));
}

// "Send a link to a friend | Share", "Email this story | Print": cells that are sharing controls.
const SHARE_PHRASE = /^(?:send|e-?mail|mail|forward|share|recommend|print)\b[\p{L}\s]{0,30}\b(?:friends?|colleagues?|link|article|story|page)$/iu;

function isSharePhraseBar(line: LineFeatures): boolean {
  const cells = line.text.split(/\s+\|\s+/u);
  return cells.length >= 2 && cells.some((c) => SHARE_PHRASE.test(c)) && cells.every((c) => SHARE_PHRASE.test(c) || isUiCell(c));
}

// A live page's controls: "Refresh for the latest updates", "Load more updates", "Show all comments".
const FEED_CONTROL = /^(?:refresh|reload|load|show|see|view)\b[\p{L}\s]{0,30}\b(?:updates?|posts?|comments?|entries|stories|results|articles|replies)$/iu;

// The label of an embedded video or gallery: "WATCH |", "Video:", "In pictures".
const MEDIA_LABEL = /^(?:watch|listen|video|videos|photos?|gallery|audio|podcast|pictures|in pictures)\s*[|:：]?$/iu;

const HAS_SEPARATOR = /\s[|/·•–—-]\s|\s{2}|^\[|[|·•]$/u;

function metaRow(line: LineFeatures): CellKind[] | null {
  // The word count first: three rules ask of every line, and most lines of a story are long.
  if (line.words > 24) return null;
  if (!HAS_SEPARATOR.test(line.text)) return null;
  if (line.sentenceEnd && !/\b(?:[ap]\.m|min)\.$/iu.test(line.text)) return null;
  const kinds = metaCells(line.text);
  return kinds !== null && kinds.length >= 2 && kinds.some((k) => STRONG.has(k)) ? kinds : null;
}

export const MASTHEAD_RULES: readonly FormRule[] = [
  { id: 'masthead.bare-date', reason: 'boilerplate', test: (l) => l.words <= 8 && isBareDate(l.text) },
  { id: 'masthead.clock-time', reason: 'boilerplate', test: (l) => l.words <= 4 && CLOCK.test(l.text) },
  { id: 'masthead.market-ticker', reason: 'boilerplate', test: isMarketTicker },
  { id: 'masthead.weather', reason: 'boilerplate', test: (l) => l.words <= 8 && !l.sentenceEnd && isWeatherCell(l.text) },
  { id: 'masthead.language-switch', reason: 'navigation', test: isLanguageSwitch },
  { id: 'share.phrase-bar', reason: 'share', test: (l) => l.words <= 20 && isSharePhraseBar(l) },
  { id: 'navigation.feed-control', reason: 'navigation', test: (l) => l.words <= 8 && !l.sentenceEnd && FEED_CONTROL.test(l.text) },
  { id: 'navigation.media-label', reason: 'navigation', test: (l) => l.words <= 3 && MEDIA_LABEL.test(l.text) },
  // A row of metadata cells: a credit in it makes it a byline, counters a share bar.
  { id: 'byline.meta-row', reason: 'byline', test: (l) => metaRow(l)?.includes('credit') === true },
  { id: 'share.counter-row', reason: 'share', test: (l) => metaRow(l)?.includes('counter') === true },
  { id: 'masthead.meta-row', reason: 'boilerplate', test: (l) => metaRow(l) !== null },
];
