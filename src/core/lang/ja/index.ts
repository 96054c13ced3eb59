// Japanese: only the labels of its page stamps (its script names it: clean/language.ts).
import type { LanguagePack } from '../pack';

export const ja: LanguagePack = {
  code: 'ja',
  inherits: 'en',
  stamp: { labels: ['公開', '更新'], words: [] },
};
