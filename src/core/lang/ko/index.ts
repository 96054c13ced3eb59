// Korean: only its writing system, which names it (Hangul; its numbers, dates and words are not read yet).
import type { LanguagePack } from '../pack';

export const ko: LanguagePack = { code: 'ko', inherits: 'en', script: { ranges: [[0xac00, 0xd7af]], share: 0.3 } };
