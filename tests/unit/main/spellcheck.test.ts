import { describe, expect, it, vi } from 'vitest';
import { keepSpellcheckOffline, spellcheckLanguages } from '../../../src/main/spellcheck';

function fakeSession(available: string[]) {
  return {
    setSpellCheckerDictionaryDownloadURL: vi.fn(),
    setSpellCheckerLanguages: vi.fn(),
    availableSpellCheckerLanguages: available,
  };
}

describe('spellchecker', () => {
  it('downloads dictionaries from a folder inside the app, never from the network', () => {
    const session = fakeSession(['en-US', 'en-GB', 'fr']);
    keepSpellcheckOffline(session, {
      dictionaryFolder: '/opt/Attaché/resources/dictionaries',
      systemLanguages: ['en-GB'],
      platform: 'linux',
    });
    const url = session.setSpellCheckerDictionaryDownloadURL.mock.calls[0]?.[0] as string;
    expect(url).toBe('file:///opt/Attach%C3%A9/resources/dictionaries/');
    expect(new URL(url).protocol).toBe('file:');
  });

  it('points the download away before it sets any language (setting one may start a download)', () => {
    const session = fakeSession(['en-US', 'fr']);
    keepSpellcheckOffline(session, { dictionaryFolder: '/d', systemLanguages: ['fr-CA'], platform: 'win32' });
    const urlAt = session.setSpellCheckerDictionaryDownloadURL.mock.invocationCallOrder[0] ?? Infinity;
    const languagesAt = session.setSpellCheckerLanguages.mock.invocationCallOrder[0] ?? -1;
    expect(urlAt).toBeLessThan(languagesAt);
    expect(session.setSpellCheckerLanguages).toHaveBeenCalledWith(['fr']);
  });

  it('leaves macOS to its own spellchecker', () => {
    const session = fakeSession([]);
    expect(
      keepSpellcheckOffline(session, {
        dictionaryFolder: '/d',
        systemLanguages: ['en-US'],
        platform: 'darwin',
      }),
    ).toEqual([]);
    expect(session.setSpellCheckerDictionaryDownloadURL).not.toHaveBeenCalled();
  });

  it('takes the system languages the checker knows, exact first, then the base language', () => {
    expect(spellcheckLanguages(['de-CH', 'en-GB', 'en-US'], ['de', 'en-GB', 'en-US'])).toEqual([
      'de',
      'en-GB',
      'en-US',
    ]);
    expect(spellcheckLanguages(['xx-YY'], ['en-US', 'fr'])).toEqual(['en-US']);
    expect(spellcheckLanguages(['fr', 'fr-FR'], ['fr'])).toEqual(['fr']);
  });
});
