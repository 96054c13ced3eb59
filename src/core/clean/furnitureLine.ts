// Furniture that announces itself by its form rather than by interface words: menus and
// breadcrumbs, tag lists, contact blocks, wire credits and agency slugs, reference numbers,
// separator rules, reader tools. Each test looks at one line; the classifier decides where.
import type { RemovalReason } from '../model';
import type { LineFeatures } from './lineFeatures';
import { wordsOf } from './language';
import { UI_WORDS } from './uiLexicon';
import { CREDIT_RULES } from './creditLine';
import { firstMatch, type FormMatch, type FormRule } from './formRule';
import { MASTHEAD_RULES } from './mastheadLine';
import { PROMOTION_RULES } from './promotionLine';
import { SECTION_RULES } from './sectionLine';

// NOTE: module constants, not literals in the functions: esbuild (tsx, the bundles) turns a
// literal with \p{…} into `new RegExp(…)`, built again at every call.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const STARTS_UPPER = /^\p{Lu}/u;
const MORE_CREDITS = /;\s*(?:\p{L}+ )?(?:editing|writing|reporting) by/iu;
const HAS_LETTER = /\p{L}/u;

/** The named forms, family by family; the first that matches a line gives its rule and reason. */
export const FORM_RULES: readonly FormRule[] = [...CREDIT_RULES, ...MASTHEAD_RULES, ...PROMOTION_RULES, ...SECTION_RULES];

/** The named form a line has, or null. */
export function formMatch(line: LineFeatures): FormMatch | null {
  return firstMatch(FORM_RULES, line);
}

/** Reason for a line that is furniture by its own form, or null. */
export function furnitureReason(line: LineFeatures): RemovalReason | null {
  const text = line.text;
  if (!LETTER_OR_DIGIT.test(text)) return 'boilerplate'; // "***", "* * *", "———"
  if (line.words > 60) return null;
  if (isWireCredit(text)) return 'byline';
  if (line.words > 30) return null;
  if (READER_TOOL.test(text)) return 'navigation';
  if (isTagList(text)) return 'navigation';
  if (isReferenceNumber(text)) return 'boilerplate';
  if (isContactHeader(text) || isContactLine(line)) return 'boilerplate';
  return menuReason(line);
}

// Reading aids and counters: "Listen to this article · 6 min", "4 min read", "Font size: A- A A+",
// "Visitor count: 1,284,337", "Skip to main content", in the languages the lexicon covers.
const READER_TOOL =
  /^(?:listen to (?:this )?(?:article|story|page)|listen\b.{0,20}\d+\s*min|\d+\s*(?:min(?:ute)?s?|phút)\s*(?:read|đọc)\b|reading time\b|(?:font|text) size\b|(?:unique )?(?:visitors?|visits|page ?views|views|hits)(?: count(?:er)?)?\s*[:：]|skip to (?:the )?(?:main )?(?:content|navigation)|skip navigation|print (?:this )?(?:page|article)|cỡ chữ|nghe bài|lượt xem|taille (?:du texte|de police)|écouter (?:cet |l')?article|schriftgröße|artikel anhören|tamaño de (?:letra|fuente)|escuchar (?:este |el )?artículo|文字サイズ)/i;

// "Tags: Trade, Coffee", "Topics: ASEAN, Myanmar": a label and a list of short names.
const TAG_LABEL =
  /^(?:tags?|tagged(?: with)?|topics?|related topics|keywords?|filed under|subjects?|chủ đề|từ khóa|từ khoá|thẻ|mots[- ]clés|thèmes|sujets|schlagwörter|stichwörter|themen|etiquetas|temas|palabras clave|タグ|キーワード)\s*[:：]\s*/iu;

function isTagList(text: string): boolean {
  const m = TAG_LABEL.exec(text);
  if (!m || /[.!?]$/.test(text)) return false;
  const items = text.slice(m[0].length).split(/\s*[,;|·•]\s*/u).filter(Boolean);
  return items.length > 0 && items.every((item) => item.split(/\s+/).length <= 5);
}

// Wire credits at the foot of a story: "(Reporting by A in X; Editing by B)", "(Writing by C)".
const CREDIT = /^\(?(?:additional |further )?(?:reporting|writing|editing|compiled|compiling|research|translation|translated|graphics|production|produced|photos?)(?: and [a-z]+)? by /;

function isWireCredit(text: string): boolean {
  const head = CREDIT.exec(text.slice(0, 60).toLowerCase());
  if (!head || !STARTS_UPPER.test(text.slice(head[0].length))) return false;
  // In brackets, or a run of credits split by semicolons; a sentence about a reporter is neither.
  return (text.startsWith('(') && text.endsWith(')')) || MORE_CREDITS.test(text);
}

/** An agency's sign-off code under a wire story: "bur-ach/lb", "jm/sst", "ft/des". */
export function isAgencySlug(text: string): boolean {
  return text.length <= 30 && text.includes('/') && /^[a-z]{1,8}(?:[-/][a-z]{1,8}){1,6}$/.test(text);
}

// "No. HM.4.6/214/SET.M.EKON.3/06/2025", "Ref: MOFA/2025/118", "Số: 123/TB-VPCP": a document
// number. The code must hold a digit and a separator, so "No. 5" or "No: none" is left alone.
const REFERENCE = /^(?:no|nr|nos|ref|reference|our ref|your ref|doc|document no|số|nomor|n[°º]|réf|az|aktenzeichen)\.?\s*[:：.]?\s*(\S+)$/iu;

function isReferenceNumber(text: string): boolean {
  const code = REFERENCE.exec(text)?.[1];
  return !!code && code.length >= 5 && /\d/.test(code) && /[./-]/.test(code);
}

// A contact block: its header, and lines that are mostly phone numbers, e-mail or web addresses.
const CONTACT_HEADER =
  /^(?:for (?:further|more) (?:information|details)|media (?:contacts?|enquiries|inquiries|relations)|press (?:contacts?|enquiries|inquiries|office)|contacts?(?: us| information| details| person)?|for media (?:enquiries|inquiries)|liên hệ|thông tin liên hệ|contact presse|renseignements|pressekontakt|kontakt|contacto(?: de prensa)?|contactos|お問い合わせ(?:先)?)\s*[:：]?$/iu;

function isContactHeader(text: string): boolean {
  return text.length <= 60 && CONTACT_HEADER.test(text);
}

const PHONE = /(?:\+\s?\d|\b(?:tel|telephone|phone|fax|mobile|mob|hotline|ph|t|f|đt|điện thoại|tél|téléfono|teléfono)\.?\s*[:：]?\s*\(?\d)[\d\s().-]{5,}\d/giu;
const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/gu;
const WEB = /\b(?:https?:\/\/\S+|www\.[\p{L}\d-]+(?:\.[\p{L}\d-]+)+\S*)/giu;

function isContactLine(line: LineFeatures): boolean {
  const text = line.text;
  if (line.words > 25 || !/[@\d]|www\.|https?:/i.test(text)) return false;
  const rest = text.replace(PHONE, ' ').replace(EMAIL, ' ').replace(WEB, ' ');
  if (rest === text) return false;
  // What is left is a label ("Media Relations, Manila:", "Tel. | Fax"), not a sentence.
  const left = wordsOf(rest).filter((w) => !/^\d+$/.test(w)).length;
  return left <= 3 || (left <= 8 && !line.sentenceEnd);
}

// Menus and breadcrumbs: short items between separators. NOTE: tables reach the cleaner as
// rows of cells joined by " | ", so a pipe line only counts when its items hold no figures;
// the classifier also keeps a pipe line next to another with as many cells (a table).
const CRUMB_SEPARATOR = /\s+[›»>]\s+/u;

/** The cells of a line split on " | ", or null when it has none. */
export function pipeCells(text: string): string[] | null {
  if (!text.includes(' | ')) return null;
  return text.split(/\s+\|\s+/u);
}

// "You are here: Home › World": the label some breadcrumbs carry.
const CRUMB_LABEL = /^(?:you are here|you're here|bạn đang ở|vous êtes ici|sie sind hier|está usted en|usted está aquí)\s*[:：]\s*/iu;
// A menu item holds no figures, except a year beside a word ("Elections 2024", "Budget 2020"):
// figures in cells are what tables are made of.
const YEAR = /\b(?:19|20)\d{2}\b/gu;

function isMenuItem(item: string, crumb: boolean): boolean {
  if (item.length === 0 || item.length > 40 || item.split(/\s+/).length > 4) return false;
  if (crumb && /^\d{1,4}$/u.test(item)) return true; // "Home › 2024 › December"
  const rest = item.replace(YEAR, '');
  return !/\d/.test(rest) && HAS_LETTER.test(rest);
}

function menuReason(line: LineFeatures): RemovalReason | null {
  const text = line.text.replace(CRUMB_LABEL, '');
  const crumbs = CRUMB_SEPARATOR.test(text) ? text.split(/\s+[›»>]\s+/u) : null;
  // "Home » World » <the headline>": a breadcrumb of three items or more may end in the page's
  // own headline, long and with figures; the items before it are menu items.
  if (crumbs && crumbs.length >= 3 && crumbs.slice(0, -1).every((item) => isMenuItem(item, true)) && crumbs[crumbs.length - 1]!.split(/\s+/).length <= 24) {
    return 'navigation';
  }
  if (line.sentenceEnd) return null;
  const piped = pipeCells(text);
  // "Home › World" is a breadcrumb at two items; "|" and "/" also join words in prose and titles.
  const slashed = text.includes(' / ') ? text.split(/\s+\/\s+/u) : null;
  const items = crumbs ?? piped ?? slashed;
  if (!items || items.length < (crumbs ? 2 : 3)) return null;
  if (!items.every((item) => isMenuItem(item, crumbs !== null))) return null;
  // "Share: Facebook | X | Telegram" is a share bar; any other run of short items is a menu.
  const lead = wordsOf(items[0]!)[0];
  return lead !== undefined && UI_WORDS.get(lead) === 'share' ? 'share' : 'navigation';
}
