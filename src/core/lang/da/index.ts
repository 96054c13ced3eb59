// Danish: only how it writes numbers (its dates and words are not read yet).
import type { LanguagePack } from '../pack';

export const da: LanguagePack = { code: 'da', inherits: 'en', decimalComma: true };
