// Japanese: its script and the labels of its page stamps.
import type { LanguagePack } from '../pack';

export const ja: LanguagePack = {
  code: 'ja',
  inherits: 'en',
  // Kana: a few per cent of the letters name it (the rest may be kanji, shared with Chinese).
  script: { ranges: [[0x3040, 0x30ff]], share: 0.05 },
  stamp: { labels: ['公開', '更新'], words: [] },
};
