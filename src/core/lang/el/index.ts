// Greek: only its writing system, which names it (Greek script; its numbers, dates and words are not read yet).
import type { LanguagePack } from '../pack';

export const el: LanguagePack = { code: 'el', inherits: 'en', script: { ranges: [[0x0370, 0x03ff]], share: 0.3 } };
