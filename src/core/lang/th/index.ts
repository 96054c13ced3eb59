// Thai: only its writing system, which names it (Thai script; its numbers, dates and words are not read yet).
import type { LanguagePack } from '../pack';

export const th: LanguagePack = { code: 'th', inherits: 'en', script: { ranges: [[0x0e00, 0x0e7f]], share: 0.3 } };
