// Russian: how it writes numbers, and Cyrillic, which names it (its dates and words are not read yet).
import type { LanguagePack } from '../pack';

export const ru: LanguagePack = { code: 'ru', inherits: 'en', decimalComma: true, script: { ranges: [[0x0400, 0x04ff]], share: 0.3 } };
