// Romanian: only how it writes numbers (its dates and words are not read yet).
import type { LanguagePack } from '../pack';

export const ro: LanguagePack = { code: 'ro', inherits: 'en', decimalComma: true };
