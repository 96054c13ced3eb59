// Czech: only how it writes numbers (its dates and words are not read yet).
import type { LanguagePack } from '../pack';

export const cs: LanguagePack = { code: 'cs', inherits: 'en', decimalComma: true };
