// The titles that announce a person's name. A module of its own because name keys (./fold.ts)
// strip them and the lexicon (./lexicon.ts) imports folding.

/** Titles that announce a person's name (lower-cased, longest first when matched). */
export const PERSON_TITLES = [
  'deputy prime minister', 'prime minister', 'general secretary', 'secretary general', 'secretary-general',
  'state president', 'vice president', 'president', 'foreign minister', 'deputy minister', 'minister',
  'ambassador', 'chairwoman', 'chairman', 'chairperson', 'chair', 'vice chairman', 'professor', 'prof.', 'dr.',
  'mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'dr', 'governor', 'mayor', 'senator', 'congressman', 'congresswoman',
  'king', 'queen', 'emperor', 'empress', 'prince', 'princess', 'chancellor', 'premier', 'pm', 'director',
  'director general', 'director-general', 'ceo', 'lawmaker', 'parliamentarian', 'legislator', 'spokesperson',
  'spokesman', 'spokeswoman', 'envoy', 'consul', 'general', 'lieutenant general', 'colonel', 'admiral', 'secretary',
  'deputy', 'representative', 'commissioner', 'justice', 'judge', 'sheikh', 'pope',
  'adviser', 'advisor', 'crown prince', 'chief minister', 'chief justice', 'first lady', 'sir', 'dame',
] as const;
