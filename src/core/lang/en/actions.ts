// What news and diplomatic reporting says happened, as paraphrase classes: the words outlets use
// for one action ("signed", "inked", "sealed") are one class, so two reports of one signing meet
// whatever verb each chose. Data, not code: a class is an id, its verbs (as lemmas), the nouns
// that name the same action ("a visit", "the signing"), and multi-word forms ("hold talks").
//
// NOTE: a class joins words only where reporters use them for the same act. Broad thesaurus
// sets ("meet" = "encounter" = "see") would merge events that differ, so WordNet-style synonyms
// that are not used this way in news are left out on purpose.

export interface ActionClass {
  /** The class id: the plainest verb of the class. */
  id: string;
  /** Verb lemmas that say this action. */
  verbs: readonly string[];
  /** Noun lemmas that name the same action ("talks", "visit"). */
  nouns?: readonly string[];
  /** Multi-word verbs, as lemma sequences ("hold talk", "call for"). */
  phrases?: readonly string[];
  /** Verbs of saying: the content of what was said, not the saying, is the event. */
  speech?: boolean;
  /** What the mood of a clause is when this is its verb (an appeal, a plan). */
  mood?: 'appeal' | 'plan';
}

export const ACTION_CLASSES: readonly ActionClass[] = [
  { id: 'sign', verbs: ['sign', 'ink', 'seal', 'clinch', 'conclude', 'finalize', 'finalise', 'ratify'], nouns: ['signing', 'signature', 'conclusion'], phrases: ['reach agreement', 'reach deal', 'strike deal', 'strike agreement', 'strike accord', 'seal deal'] },
  { id: 'agree', verbs: ['agree', 'consent'], nouns: ['consensus'] },
  { id: 'meet', verbs: ['meet', 'confer', 'host', 'receive'], nouns: ['meeting', 'talk', 'talks', 'summit'], phrases: ['hold talk', 'hold talks', 'sit down', 'hold meeting'] },
  { id: 'visit', verbs: ['visit', 'tour', 'travel', 'fly'], nouns: ['visit', 'trip', 'tour'] },
  { id: 'arrive', verbs: ['arrive', 'land'], nouns: ['arrival'], phrases: ['touch down'] },
  { id: 'leave', verbs: ['leave', 'depart', 'end', 'wrap'], nouns: ['departure'], phrases: ['set off', 'head home', 'wrap up'] },
  { id: 'attend', verbs: ['attend', 'participate', 'join'], nouns: ['attendance', 'participation'], phrases: ['take part'] },
  { id: 'accompany', verbs: ['accompany', 'escort'] },
  { id: 'pledge', verbs: ['pledge', 'commit', 'promise', 'vow'], nouns: ['pledge', 'commitment', 'promise'] },
  { id: 'offer', verbs: ['offer', 'propose', 'provide', 'give', 'grant', 'donate'], nouns: ['offer', 'proposal', 'donation'] },
  { id: 'accept', verbs: ['accept', 'approve', 'welcome', 'endorse'], nouns: ['acceptance', 'approval'] },
  { id: 'reject', verbs: ['reject', 'oppose', 'refuse', 'decline', 'veto'], nouns: ['rejection', 'opposition', 'refusal'] },
  { id: 'criticise', verbs: ['criticise', 'criticize', 'condemn', 'denounce', 'brand', 'slam', 'blast'], nouns: ['criticism', 'condemnation'] },
  { id: 'announce', verbs: ['announce', 'declare', 'unveil', 'proclaim', 'launch'], nouns: ['announcement', 'declaration', 'launch'] },
  { id: 'urge', verbs: ['urge', 'appeal', 'press', 'implore', 'exhort'], nouns: ['appeal', 'call'], phrases: ['call for', 'call on', 'call upon'], mood: 'appeal' },
  { id: 'warn', verbs: ['warn', 'threaten', 'caution'], nouns: ['warning', 'threat'] },
  { id: 'thank', verbs: ['thank'], nouns: ['thanks', 'gratitude'], phrases: ['express gratitude'] },
  { id: 'fear', verbs: ['fear', 'worry'], nouns: ['fear', 'concern', 'worry'], phrases: ['voice concern', 'express concern'] },
  { id: 'send', verbs: ['send', 'dispatch', 'deploy', 'mobilize', 'mobilise'], nouns: ['deployment', 'dispatch'] },
  { id: 'buy', verbs: ['buy', 'purchase', 'acquire', 'order'], nouns: ['purchase', 'acquisition', 'order'] },
  { id: 'sell', verbs: ['sell'], nouns: ['sale'] },
  { id: 'win', verbs: ['win', 'secure', 'garner', 'obtain', 'gain', 'capture'], nouns: ['win', 'victory'] },
  { id: 'vote', verbs: ['vote', 'elect'], nouns: ['vote', 'ballot', 'election', 'poll'], phrases: ['cast ballot', 'cast vote'] },
  { id: 'kill', verbs: ['kill', 'die'], nouns: ['death', 'dead', 'fatality', 'toll'] },
  { id: 'injure', verbs: ['injure', 'wound', 'hurt'], nouns: ['injury', 'injured', 'wounded'] },
  { id: 'strike', verbs: ['strike', 'hit', 'jolt', 'rock', 'shake'], nouns: ['quake', 'earthquake', 'tremor'] },
  { id: 'rescue', verbs: ['rescue', 'search', 'save'], nouns: ['rescue', 'search'] },
  { id: 'collapse', verbs: ['collapse', 'fall', 'topple'], nouns: ['collapse', 'fall'] },
  { id: 'negotiate', verbs: ['negotiate', 'bargain'], nouns: ['negotiation', 'negotiator'] },
  { id: 'discuss', verbs: ['discuss', 'address', 'review'], nouns: ['discussion'] },
  { id: 'help', verbs: ['help', 'assist', 'support', 'aid'], nouns: ['help', 'assistance', 'support', 'aid'] },
  { id: 'increase', verbs: ['increase', 'rise', 'grow', 'boost', 'raise', 'expand'], nouns: ['increase', 'rise', 'growth', 'boost'] },
  { id: 'decrease', verbs: ['decrease', 'fall', 'drop', 'decline', 'cut', 'reduce'], nouns: ['decrease', 'drop', 'cut', 'reduction'] },
  { id: 'say', verbs: ['say', 'state', 'tell', 'add', 'note', 'stress', 'emphasize', 'emphasise', 'affirm', 'assert', 'insist', 'remark', 'reiterate', 'explain', 'recall', 'underline', 'describe', 'write'], nouns: ['statement', 'remark', 'remarks'], speech: true },
];

/**
 * Things reporters name in several ways: each word maps to one key, so "a memorandum" and "an
 * MoU", "the deal" and "the accord" are one thing to grouping.
 */
export const THING_SYNONYMS: Readonly<Record<string, string>> = {
  memorandum: 'mou', memoranda: 'mou', mou: 'mou', mous: 'mou',
  deal: 'agreement', accord: 'agreement', pact: 'agreement', treaty: 'agreement', agreement: 'agreement',
  earthquake: 'quake', quake: 'quake', tremor: 'quake', temblor: 'quake',
  rescuer: 'rescue', rescuers: 'rescue',
  troop: 'soldier', troops: 'soldier', soldier: 'soldier', serviceman: 'soldier',
  ballot: 'vote', poll: 'election',
  lawmaker: 'legislator', parliamentarian: 'legislator', mp: 'legislator',
  capital: 'capital',
  tariff: 'tariff', duty: 'tariff', duties: 'tariff', levy: 'tariff',
  arm: 'weapon', arms: 'weapon', weapon: 'weapon', weaponry: 'weapon',
  firm: 'company', company: 'company', business: 'company',
  defence: 'defense', defense: 'defense', military: 'defense',
  tie: 'relation', ties: 'relation', relationship: 'relation', relation: 'relation', relations: 'relation',
  partnership: 'partnership', partner: 'partnership',
};

/** Words that say the clause's action did not happen. */
export const NEGATIONS: readonly string[] = ['not', "n't", 'never', 'no', 'neither', 'nor', 'yet to', 'failed to', 'fail to'];

/** Words that say the action is still to come (a plan, a schedule, an intention). */
export const PLAN_MARKERS: readonly string[] = ['will', 'shall', 'is to', 'are to', 'was to', 'were to', 'plans to', 'planned to', 'plan to', 'expected to', 'set to', 'due to', 'scheduled to', 'intends to', 'hopes to', 'aims to', 'going to', 'would', 'must', 'should', 'needs to', 'need to', 'has to', 'have to'];
