// Turkish: only how it writes numbers (its dates and words are not read yet).
import type { LanguagePack } from '../pack';

export const tr: LanguagePack = { code: 'tr', inherits: 'en', decimalComma: true };
