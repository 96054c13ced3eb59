// German.
import type { LanguagePack } from '../pack';

export const de: LanguagePack = {
  code: 'de',
  inherits: 'en',
  decimalComma: true,
  months: 'januar|jänner februar märz|maerz april mai juni juli august september oktober november dezember'.split(' '),
  scaleWords: { milliarde: 9, milliarden: 9, mrd: 9, 'mrd.': 9, mio: 6, 'mio.': 6, millionen: 6 },
  dayPoint: true,
  weekdays: 'montag dienstag mittwoch donnerstag freitag samstag sonntag'.split(' '),
  stamp: { labels: ['veröffentlicht', 'aktualisiert'], words: 'veröffentlicht aktualisiert am um uhr'.split(' ') },
  detectionWords: 'der die das und ist nicht ein eine zu den von mit sich des auf für im dem als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie'.split(' '),
};
