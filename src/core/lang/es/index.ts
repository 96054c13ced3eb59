// Spanish.
import type { LanguagePack } from '../pack';

export const es: LanguagePack = {
  code: 'es',
  inherits: 'en',
  decimalComma: true,
  months: 'enero febrero marzo abril mayo junio julio agosto septiembre|setiembre octubre noviembre diciembre'.split(' '),
  scaleWords: { millón: 6, millon: 6, millones: 6, 'mil millones': 9 },
  weekdays: 'lunes martes miércoles jueves viernes sábado domingo'.split(' '),
  dateWords: ['de', 'del', 'el'],
  stamp: { labels: ['publicado', 'actualizado'], words: 'publicado actualizado el a las de'.split(' ') },
  detectionWords: 'el la los las de del y en que un una es por con para se no su al lo como más pero sus le ha fue son este esta entre sobre también'.split(' '),
};
