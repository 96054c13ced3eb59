// Norwegian Bokmål: only how it writes numbers (its dates and words are not read yet).
import type { LanguagePack } from '../pack';

export const nb: LanguagePack = { code: 'nb', inherits: 'en', decimalComma: true };
