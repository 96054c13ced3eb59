// English: the language of the value grammar and of event grouping. Every other pack inherits
// from this one, so each field here is what a language that says nothing of its own gets.
import type { LanguagePack } from '../pack';
import { ACTION_CLASSES, NEGATIONS, PLAN_MARKERS, THING_SYNONYMS } from './actions';
import { STOP_WORDS } from './stopwords';

const WEEKDAYS = 'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun';

export const en: LanguagePack = {
  code: 'en',
  inherits: null,
  decimalComma: false,
  months: 'january february march april may june july august september october november december'.split(' '),
  monthsShort: 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' '),
  scaleWords: { hundred: 2, thousand: 3, million: 6, billion: 9, trillion: 12, bn: 9, mn: 6, mln: 6, tn: 12, m: 6, b: 9, k: 3 },
  dayPoint: false,
  datePatterns: [],
  weekdays: WEEKDAYS.split(' '),
  // "sept" is a spelling of September that bare dates and stamps use, but not the month tables.
  dateWords: ['sept', 'of', 'the'],
  stamp: {
    labels: ['published', 'posted', 'updated', 'last updated', 'first published', 'date'],
    words: 'published posted updated last modified first date on at am pm a.m p.m by min mins minute minutes read reading time sept'.split(' '),
  },
  detectionWords:
    'the of and to a in is that for on with as was by at it from are be has have this which or an its their were will not but said his her they been also after more than who over'.split(' '),
  events: { actions: ACTION_CLASSES, thingSynonyms: THING_SYNONYMS, negations: NEGATIONS, planMarkers: PLAN_MARKERS, stopWords: STOP_WORDS },
};
