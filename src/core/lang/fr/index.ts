// French.
import type { LanguagePack } from '../pack';

export const fr: LanguagePack = {
  code: 'fr',
  inherits: 'en',
  decimalComma: true,
  months: 'janvier février|fevrier mars avril mai juin juillet août|aout septembre octobre novembre décembre|decembre'.split(' '),
  scaleWords: { millions: 6, milliard: 9, milliards: 9 },
  weekdays: 'lundi mardi mercredi jeudi vendredi samedi dimanche'.split(' '),
  dateWords: ['le'],
  stamp: { labels: ['publié', 'mis à jour'], words: 'publié publiée mis à jour le'.split(' ') },
  detectionWords: 'le la les de des du et un une est en que qui dans pour sur par pas au aux avec ce ces il elle ont sont été plus son sa ses mais ou se ne leur'.split(' '),
};
