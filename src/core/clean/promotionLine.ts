// The outlet speaking for itself: appeals to subscribe, sign in, donate, download its app or join
// its channel; notices about the reader's account; help lines; notes that the story was first
// published elsewhere; long copyright lines; and (at the foot of the page only) the outlet
// describing itself ("The Ledger is an independent news service covering …").
import type { LineFeatures } from './lineFeatures';
import { ATTRIBUTION, QUOTED_OPENING, type FormRule } from './formRule';

// Where a clause opens: the line's start, or after a sentence end, colon, question or dash.
const CLAUSE = String.raw`(?:^|[.!?:;|—–]\s+)`;

// Account actions ask nothing else of the reader: "Sign in", "Subscribe from $4 a month".
const ACCOUNT_ACTION = new RegExp(
  CLAUSE +
    String.raw`(?:sign ?in|log ?in|sign ?up|register(?: now| here| for free)?|subscribe|create (?:an|your|a free) account|already (?:a )?(?:subscriber|member|registered)|become a (?:member|subscriber|supporter))\b`,
  'iu',
);

// An appeal is an imperative plus something the outlet offers: its app, channel, newsletter,
// membership, its journalism, or a donation.
const APPEAL_VERB = new RegExp(CLAUSE + String.raw`(?:donate|support|join|download|get|install|follow|listen|watch|become|give|help|chip in|contribute|try)\b`, 'iu');
const OFFER = /\b(?:newsletters?|apps?|channel|podcasts?|membership|subscriptions?|inbox|e-?paper|donat\w*|journalism|our (?:reporting|work|journalists|newsroom)|per month|per year|free trial)\b/iu;

// The reader's own account and e-mail: sign-up confirmations, comment forms.
const READER_ACCOUNT = /\b(?:your (?:e-?mail(?: address)?|inbox|account|password|subscription)|confirm(?:ing)? your|e-?mail address will not be published|required fields are marked)\b/iu;

// "Questions? Email help@… or call 0800 …": an address or number, asked for by an imperative.
const CONTACT_VERB = new RegExp(CLAUSE + String.raw`(?:e-?mail|call|contact|write to|reach|text|phone|whatsapp)\b`, 'iu');
const CONTACT_POINT = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+|(?:\d[\s().-]?){7,}/u;

// "Read the original article on …", "This article originally appeared on …", "This story was
// first published by …", and an editor's bracketed note on how the copy was produced.
const SYNDICATION =
  /^(?:read the (?:original|full) (?:article|story|report) (?:on|at)\b|this (?:article|story|report|piece|post)(?: was| is| has been)?(?: originally| first)? (?:appeared|published|republished|reproduced|syndicated)\b|originally (?:published|appeared) (?:on|in|at|by)\b|republished (?:from|with permission|under)\b)/iu;
const EDITORIAL_NOTE = /^[([].*\bthis (?:report|article|story|content|copy)\b.*\b(?:syndicated|feed|reworked|auto(?:matically)?[- ]generated|generated automatically|unedited)\b.*[)\]]\.?$/iu;

const COPYRIGHT_OPENING = /^\[?(?:copyrights?\b|©|\(c\)\s*\d{4})/iu;

// An outlet describing itself: a name, then "is a … news service/agency/platform …" or "publishes
// around 500 reports a day". NOTE: only at the foot of the page (lineClassifier's tail pass): in
// a story about the media the same sentence is news.
const SELF_DESCRIPTION =
  /^(?:\p{Lu}[\p{L}\p{N}.'’&-]*\s+){0,5}?(?:(?:is|are) (?:a|an|the|\p{Lu}[\p{L}.'’-]*'s)\b.{0,60}\b(?:news|media|information|wire|press)\b.{0,30}\b(?:service|agency|organi[sz]ation|outlet|platform|site|website|portal|network|publication|publisher|provider|aggregator|company|source)\b|(?:publishes|distributes|aggregates|carries|produces) (?:around |about |some |more than |over |up to )?[\d,]+ (?:reports|stories|articles|items|news)\b)/u;

const plain = (l: LineFeatures) => !QUOTED_OPENING.test(l.text) && !ATTRIBUTION.test(l.text);

export const PROMOTION_RULES: readonly FormRule[] = [
  { id: 'promotion.account-action', reason: 'promotion', test: (l) => l.words <= 30 && ACCOUNT_ACTION.test(l.text) && plain(l) },
  { id: 'promotion.reader-appeal', reason: 'promotion', test: (l) => l.words <= 35 && APPEAL_VERB.test(l.text) && OFFER.test(l.text) && plain(l) },
  { id: 'notice.reader-account', reason: 'notice', test: (l) => l.words <= 45 && READER_ACCOUNT.test(l.text) && plain(l) },
  { id: 'boilerplate.help-line', reason: 'boilerplate', test: (l) => l.words <= 30 && CONTACT_VERB.test(l.text) && CONTACT_POINT.test(l.text) && plain(l) },
  { id: 'notice.syndication', reason: 'notice', test: (l) => l.words <= 45 && (SYNDICATION.test(l.text) || EDITORIAL_NOTE.test(l.text)) },
  { id: 'notice.copyright', reason: 'notice', test: (l) => l.words <= 150 && COPYRIGHT_OPENING.test(l.text) },
];

/** An outlet's description of itself (tested at the foot of the page only). */
export function isSelfDescription(line: LineFeatures): boolean {
  return line.words <= 60 && plain(line) && SELF_DESCRIPTION.test(line.text);
}
