// Italian.
import type { LanguagePack } from '../pack';

export const it: LanguagePack = {
  code: 'it',
  inherits: 'en',
  decimalComma: true,
  months: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(' '),
  scaleWords: { milione: 6, milioni: 6, miliardo: 9, miliardi: 9 },
  weekdays: 'lunedì martedì mercoledì giovedì venerdì sabato domenica'.split(' '),
  detectionWords: 'il lo la gli le di del della e che un una è per con non sono nel alla al si da come ma anche più ha'.split(' '),
};
