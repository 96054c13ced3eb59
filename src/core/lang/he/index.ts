// Hebrew: only its writing system, which names it (Hebrew script; its numbers, dates and words are not read yet).
import type { LanguagePack } from '../pack';

export const he: LanguagePack = { code: 'he', inherits: 'en', script: { ranges: [[0x0590, 0x05ff]], share: 0.3 } };
