// Portuguese.
import type { LanguagePack } from '../pack';

export const pt: LanguagePack = {
  code: 'pt',
  inherits: 'en',
  decimalComma: true,
  months: 'janeiro fevereiro março|marco abril maio junho julho agosto setembro outubro novembro dezembro'.split(' '),
  scaleWords: { milhão: 6, milhões: 6, bilhão: 9, bilhões: 9 },
  weekdays: 'segunda terça quarta quinta sexta sábado domingo'.split(' '),
  // "segunda-feira": the weekday's second word.
  dateWords: ['feira'],
  detectionWords: 'o a os as de do da dos das e que um uma é em para com não por se mais foi ao no na como mas também'.split(' '),
};
