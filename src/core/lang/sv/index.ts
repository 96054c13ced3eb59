// Swedish: only how it writes numbers (its dates and words are not read yet).
import type { LanguagePack } from '../pack';

export const sv: LanguagePack = { code: 'sv', inherits: 'en', decimalComma: true };
