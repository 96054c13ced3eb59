// Arabic: only its writing system, which names it (Arabic script; its numbers, dates and words are not read yet).
import type { LanguagePack } from '../pack';

export const ar: LanguagePack = { code: 'ar', inherits: 'en', script: { ranges: [[0x0600, 0x06ff], [0xfb50, 0xfdff], [0xfe70, 0xfeff]], share: 0.3 } };
