// Which part of a visit brief a fact belongs to, by small general lexicons of topic words. The
// result carries the words that matched, so the analyst can see why a fact landed where it did.
import type { Fact } from '../model';

export const TOPICS = ['economy-trade', 'investment-aid', 'people-to-people', 'defence-security', 'diplomacy-history'] as const;
export type Topic = (typeof TOPICS)[number];

export const TOPIC_TITLE: Record<Topic, string> = {
  'economy-trade': 'Economy and trade',
  'investment-aid': 'Investment and aid',
  'people-to-people': 'People-to-people',
  'defence-security': 'Defence and security',
  'diplomacy-history': 'Diplomacy and history',
};

// NOTE: English words only; a fact in another language falls back to its kind (money → trade)
// or to diplomacy and history. Multi-word terms are matched as phrases.
const LEXICON: Record<Topic, readonly string[]> = {
  'economy-trade': [
    'trade', 'trading', 'export', 'exports', 'exported', 'import', 'imports', 'imported', 'tariff', 'tariffs',
    'economy', 'economic', 'economies', 'gdp', 'market', 'markets', 'goods', 'commerce', 'commercial', 'turnover',
    'customs', 'business', 'businesses', 'supply chain', 'supply chains', 'free trade', 'manufacturing',
    'agriculture', 'agricultural', 'growth', 'trading partner', 'industry', 'industrial', 'energy', 'digital',
  ],
  'investment-aid': [
    'investment', 'investments', 'investor', 'investors', 'invest', 'invested', 'fdi', 'oda', 'aid', 'loan',
    'loans', 'grant', 'grants', 'development assistance', 'official development assistance', 'infrastructure',
    'financing', 'finance', 'fund', 'funds', 'funding', 'capital', 'pledged', 'pledge', 'projects', 'railway',
    'metro', 'expressway', 'power plant', 'donor', 'lender',
  ],
  'people-to-people': [
    'student', 'students', 'worker', 'workers', 'labour', 'labor', 'tourist', 'tourists', 'tourism', 'visitor',
    'visitors', 'culture', 'cultural', 'education', 'educational', 'exchange', 'exchanges', 'community',
    'communities', 'diaspora', 'trainee', 'trainees', 'residents', 'living in', 'language', 'scholarship',
    'scholarships', 'university', 'universities', 'people-to-people', 'flights', 'youth', 'sister cities',
    'locality', 'localities', 'health', 'medical',
  ],
  'defence-security': [
    'defence', 'defense', 'security', 'military', 'navy', 'naval', 'coast guard', 'maritime', 'patrol',
    'patrol vessels', 'vessel', 'vessels', 'warship', 'army', 'armed forces', 'weapons', 'equipment', 'exercise',
    'exercises', 'cyber', 'terrorism', 'peacekeeping', 'sea', 'seas', 'waters', 'territorial', 'missile',
    'nuclear', 'disaster relief',
  ],
  'diplomacy-history': [
    'diplomatic', 'diplomacy', 'relations', 'relationship', 'ties', 'partnership', 'strategic', 'comprehensive',
    'summit', 'talks', 'anniversary', 'established', 'establishment', 'history', 'historic', 'historical',
    'treaty', 'ambassador', 'embassy', 'joint statement', 'official visit', 'state visit', 'upgraded', 'friendship',
  ],
};

// Ties go to the narrower topic: almost every sentence in a visit brief mentions diplomacy.
const TIE_ORDER: readonly Topic[] = ['defence-security', 'investment-aid', 'people-to-people', 'economy-trade', 'diplomacy-history'];

export interface TopicChoice {
  topic: Topic;
  /** The lexicon words found in the fact; empty when the topic came from the fact's kind. */
  matched: string[];
  reason: string;
}

const SENSITIVITY = [
  'dispute', 'disputes', 'disputed', 'tension', 'tensions', 'concern', 'concerns', 'concerned', 'protest',
  'protests', 'sanction', 'sanctions', 'criticism', 'criticised', 'criticized', 'deficit', 'disagreement',
  'disagree', 'risk', 'risks', 'challenge', 'challenges', 'delay', 'delays', 'delayed', 'sovereignty',
  'violation', 'violations', 'abuse', 'abuses', 'forced', 'illegal', 'overdue', 'stalled', 'controversy',
  'controversial', 'sensitive', 'grievance', 'complaint', 'complaints',
] as const;

function lower(fact: Fact): string {
  return ` ${`${fact.text} ${fact.subject}`.toLowerCase().replace(/[^\p{L}\p{N}-]+/gu, ' ')} `;
}

function found(haystack: string, terms: readonly string[]): string[] {
  return terms.filter((term) => haystack.includes(` ${term} `));
}

export function classifyTopic(fact: Fact): TopicChoice {
  const haystack = lower(fact);
  let best: { topic: Topic; matched: string[] } | null = null;
  for (const topic of TIE_ORDER) {
    const matched = found(haystack, LEXICON[topic]);
    if (matched.length > 0 && (best === null || matched.length > best.matched.length)) best = { topic, matched };
  }
  if (best) {
    return { ...best, reason: `${TOPIC_TITLE[best.topic]}: the fact mentions ${best.matched.join(', ')}.` };
  }
  const topic: Topic = fact.kind === 'money' ? 'economy-trade' : 'diplomacy-history';
  return {
    topic,
    matched: [],
    reason:
      fact.kind === 'money'
        ? `${TOPIC_TITLE[topic]}: no topic words, but the fact is a sum of money.`
        : `${TOPIC_TITLE[topic]}: no topic words, so it goes with the general background.`,
  };
}

/** Words that mark a fact as something the principal should handle with care. */
export function sensitivityWords(fact: Fact): string[] {
  return found(lower(fact), SENSITIVITY);
}
