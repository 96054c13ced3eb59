// The spellchecker never reaches the network. On Windows and Linux Chromium's Hunspell checker
// downloads each language's dictionary from Google's servers the first time it is used; Attaché is
// offline, so the download address points at a folder inside the app (file://, where dictionaries
// may be shipped; a missing one is simply not loaded) and the languages are the system's own that
// the checker knows. macOS uses the system's spellchecker and downloads nothing.
import type { Session } from 'electron';
import { pathToFileURL } from 'node:url';

export function keepSpellcheckOffline(
  session: Pick<
    Session,
    'setSpellCheckerDictionaryDownloadURL' | 'setSpellCheckerLanguages' | 'availableSpellCheckerLanguages'
  >,
  options: { dictionaryFolder: string; systemLanguages: readonly string[]; platform: NodeJS.Platform },
): string[] {
  if (options.platform === 'darwin') return [];
  // The URL must end with a slash: Chromium appends the dictionary's file name.
  session.setSpellCheckerDictionaryDownloadURL(
    pathToFileURL(options.dictionaryFolder).href.replace(/\/?$/, '/'),
  );
  const languages = spellcheckLanguages(options.systemLanguages, session.availableSpellCheckerLanguages);
  session.setSpellCheckerLanguages(languages);
  return languages;
}

/** The system's languages the checker knows ("en-GB" exactly, else "fr-CA" as "fr"), in order. */
export function spellcheckLanguages(system: readonly string[], available: readonly string[]): string[] {
  const chosen: string[] = [];
  for (const wanted of system) {
    const exact = available.find((code) => code.toLowerCase() === wanted.toLowerCase());
    const base = available.find((code) => code.toLowerCase() === wanted.split('-')[0]?.toLowerCase());
    const code = exact ?? base;
    if (code && !chosen.includes(code)) chosen.push(code);
  }
  return chosen.length > 0 ? chosen : available.filter((code) => code === 'en-US').slice(0, 1);
}
