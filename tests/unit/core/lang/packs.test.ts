// The language packs: each resolves, a field a pack leaves out is English's, and the extractor
// reads the months and scale words a pack lists. Sentences invented for this test.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../../src/core/extract';
import { ownPack, ownPacks, packFor, registerPack, type LanguagePack } from '../../../../src/core/lang';
import { ACTION_CLASSES } from '../../../../src/core/lang/en/actions';
import { STOP_WORDS } from '../../../../src/core/lang/en/stopwords';

const FIELDS = ['decimalComma', 'months', 'monthsShort', 'scaleWords', 'dayPoint', 'datePatterns', 'weekdays', 'dateWords', 'stamp', 'detectionWords', 'events'] as const;

function values(text: string, language: string): Array<[string, string, string]> {
  const seen = new Map<string, [string, string, string]>();
  for (const f of extractFacts({ sourceId: 's', text, publishedAt: '2025-06-01', language })) {
    for (const v of f.values) seen.set(`${v.start}:${v.type}`, [v.type, v.canonical, v.surface]);
  }
  return [...seen.values()];
}

describe('the registered packs', () => {
  it('each resolve, with every field set, and all but English inherit from English', () => {
    expect(ownPacks().map((pack) => pack.code)).toEqual(expect.arrayContaining(['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'id', 'vi']));
    for (const pack of ownPacks()) {
      const resolved = packFor(pack.code)!;
      expect(resolved.code).toBe(pack.code);
      expect(pack.inherits).toBe(pack.code === 'en' ? null : 'en');
      for (const field of FIELDS) expect(resolved[field], `${pack.code}.${field}`).toBeDefined();
      if (pack.months) expect(pack.months).toHaveLength(12);
    }
  });

  it('fill the fields a pack leaves out from English, and keep the ones it sets', () => {
    const en = packFor('en')!;
    // Dutch lists no scale words, Japanese no months, Russian only its decimal comma.
    expect(ownPack('nl')!.scaleWords).toBeUndefined();
    expect(packFor('nl')!.scaleWords).toBe(en.scaleWords);
    expect(packFor('ja')!.months).toBe(en.months);
    expect(packFor('ru')!.decimalComma).toBe(true);
    expect(packFor('ru')!.weekdays).toBe(en.weekdays);
    expect(packFor('fr')!.months).not.toBe(en.months);
    expect(packFor('fr')!.months[7]).toBe('août|aout');
    expect(packFor('en')!.decimalComma).toBe(false);
    // English's pack is what lang/en holds; the others read English's event vocabulary.
    expect(en.events.actions).toBe(ACTION_CLASSES);
    expect(en.events.stopWords).toBe(STOP_WORDS);
    expect(packFor('de')!.events).toBe(en.events);
  });

  it('are found by a regional or upper-case tag, and not for a language without one', () => {
    expect(packFor('pt-BR')).toBe(packFor('pt'));
    expect(packFor('DE')).toBe(packFor('de'));
    expect(packFor('xh')).toBeUndefined();
  });
});

describe('a made-up pack', () => {
  // An invented language "qq": a decimal comma and its own month names, nothing else.
  const qq: LanguagePack = {
    code: 'qq',
    inherits: 'en',
    decimalComma: true,
    months: 'una duo tria quattra quinta sexta septa octa nona decima undecima duodecima'.split(' '),
  };
  // And one inheriting from it: its own scale word, the rest from "qq", then English.
  const qr: LanguagePack = { code: 'qr', inherits: 'qq', scaleWords: { grosso: 6 } };

  it('inherits what it leaves out, through every pack up to English', () => {
    registerPack(qq);
    registerPack(qr);
    const en = packFor('en')!;
    expect(packFor('qq')!.months).toBe(qq.months);
    expect(packFor('qq')!.decimalComma).toBe(true);
    expect(packFor('qq')!.scaleWords).toBe(en.scaleWords);
    expect(packFor('qq')!.stamp).toBe(en.stamp);
    expect(packFor('qr')!.scaleWords).toEqual({ grosso: 6 });
    expect(packFor('qr')!.months).toBe(qq.months);
    expect(packFor('qr')!.weekdays).toBe(en.weekdays);
  });

  it('never inherits a script: a writing system names one language only', () => {
    registerPack({ code: 'qs', inherits: 'ja' });
    expect(packFor('ja')!.script).toBeDefined();
    expect(packFor('qs')!.script).toBeUndefined();
    expect(packFor('qs')!.stamp).toBe(packFor('ja')!.stamp);
  });

  it('is refused when its code is taken', () => {
    expect(() => registerPack({ code: 'fr', inherits: 'en' })).toThrow(/already registered/);
  });
});

describe('the extractor reads the packs’ months and scale words', () => {
  it('reads every Italian and Indonesian month name as its month', () => {
    for (const [code, sentence] of [
      ['it', (month: string) => `Il nuovo ponte sul fiume è stato aperto il 7 ${month} 2024 dopo due anni di lavori.`],
      ['id', (month: string) => `Jembatan baru di atas sungai itu dibuka pada 7 ${month} 2024 setelah dua tahun perbaikan.`],
    ] as const) {
      ownPack(code)!.months!.forEach((names, i) => {
        for (const month of names.split('|')) {
          const date = `2024-${String(i + 1).padStart(2, '0')}-07`;
          expect(values(sentence(month), code), `${code} ${month}`).toContainEqual(['date', date, `7 ${month} 2024`]);
        }
      });
    }
  });

  it('reads every Italian and Indonesian scale word with its multiplier', () => {
    for (const [word, exponent] of Object.entries(ownPack('it')!.scaleWords!)) {
      const got = values(`La regione ha ricevuto 2,5 ${word} dal fondo per le scuole.`, 'it');
      expect(got, word).toContainEqual(['count', String(25n * 10n ** BigInt(exponent - 1)), `2,5 ${word}`]);
    }
    for (const [word, exponent] of Object.entries(ownPack('id')!.scaleWords!)) {
      const got = values(`Kementerian menerima Rp 2,5 ${word} dari dana daerah untuk sekolah.`, 'id');
      expect(got, word).toContainEqual(['money', `${25n * 10n ** BigInt(exponent - 1)} IDR`, `Rp 2,5 ${word}`]);
    }
  });

  it('reads the same figures and dates as before the packs', () => {
    expect(values('Il consiglio comunale ha stanziato 7,5 miliardi il 4 marzo 2024 per le strade della provincia.', 'it')).toEqual([
      ['count', '7500000000', '7,5 miliardi'],
      ['date', '2024-03-04', '4 marzo 2024'],
    ]);
    expect(values('Pemerintah kota menyalurkan bantuan 3,4 juta ton beras pada 9 Agustus 2023 kepada para petani.', 'id')).toEqual([
      ['quantity', '3400000', '3,4 juta ton'],
      ['date', '2023-08-09', '9 Agustus 2023'],
    ]);
    // Vietnamese: its own date pattern and scale word.
    expect(values('Dự án cầu mới có tổng vốn 12,5 tỷ đồng, khởi công ngày 3/4/2024 tại tỉnh.', 'vi')).toContainEqual(['date', '2024-04-03', 'ngày 3/4/2024']);
    // English reads no decimal comma: "7,5" is not seven and a half there.
    expect(values('The council set aside 7,5 billion on 4 March 2024.', 'en')).not.toContainEqual(['count', '7500000000', '7,5 billion']);
  });
});
