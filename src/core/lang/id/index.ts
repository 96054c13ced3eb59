// Indonesian.
import type { LanguagePack } from '../pack';

export const id: LanguagePack = {
  code: 'id',
  inherits: 'en',
  decimalComma: true,
  months: 'januari februari maret april mei juni juli agustus september oktober november desember'.split(' '),
  scaleWords: { juta: 6, miliar: 9, triliun: 12, ribu: 3 },
  weekdays: 'senin selasa rabu kamis jumat sabtu minggu'.split(' '),
  detectionWords: 'yang dan di ke dari ini itu dengan untuk pada adalah dalam tidak akan juga oleh sebagai telah'.split(' '),
};
