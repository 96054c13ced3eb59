// Polish: only how it writes numbers (its dates and words are not read yet).
import type { LanguagePack } from '../pack';

export const pl: LanguagePack = { code: 'pl', inherits: 'en', decimalComma: true };
