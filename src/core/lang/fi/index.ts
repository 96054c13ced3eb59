// Finnish: only how it writes numbers (its dates and words are not read yet).
import type { LanguagePack } from '../pack';

export const fi: LanguagePack = { code: 'fi', inherits: 'en', decimalComma: true };
