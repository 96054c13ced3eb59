// Dutch.
import type { LanguagePack } from '../pack';

export const nl: LanguagePack = {
  code: 'nl',
  inherits: 'en',
  decimalComma: true,
  months: 'januari februari maart april mei juni juli augustus september oktober november december'.split(' '),
  weekdays: 'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag'.split(' '),
};
