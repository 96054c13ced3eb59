// Russian: only how it writes numbers (its dates and words are not read yet).
import type { LanguagePack } from '../pack';

export const ru: LanguagePack = { code: 'ru', inherits: 'en', decimalComma: true };
