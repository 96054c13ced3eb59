// Norwegian: only how it writes numbers (its dates and words are not read yet).
import type { LanguagePack } from '../pack';

export const no: LanguagePack = { code: 'no', inherits: 'en', decimalComma: true };
