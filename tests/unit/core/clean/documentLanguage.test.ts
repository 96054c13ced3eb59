// The source's language is named by eld where the packs' word lists cannot tell (Dutch, Polish,
// Swedish … came out unknown, or as French); a script that names its language still decides.
import { describe, expect, it } from 'vitest';
import { cleanArticle, guessLanguage } from '../../../../src/core/clean';
import { documentLanguage } from '../../../../src/core/clean/documentLanguage';

// Two sentences of news in each language (the same story), as a short article would open.
const SAMPLES: Record<string, string> = {
  en: 'The foreign minister said on Tuesday that talks with the delegation would resume next month in Geneva. Officials expect an agreement on at least two of the five points, according to a statement published by the ministry after the meeting.',
  nl: 'De minister van Buitenlandse Zaken zei dinsdag dat de gesprekken met de delegatie volgende maand in Genève worden hervat. Ambtenaren verwachten een akkoord over ten minste twee van de vijf punten, volgens een verklaring die het ministerie na de vergadering publiceerde.',
  pl: 'Minister spraw zagranicznych powiedział we wtorek, że rozmowy z delegacją zostaną wznowione w przyszłym miesiącu w Genewie. Urzędnicy spodziewają się porozumienia w co najmniej dwóch z pięciu punktów, według oświadczenia opublikowanego przez ministerstwo po spotkaniu.',
  sv: 'Utrikesministern sade på tisdagen att samtalen med delegationen kommer att återupptas nästa månad i Genève. Tjänstemän räknar med en överenskommelse om minst två av de fem punkterna, enligt ett uttalande som ministeriet publicerade efter mötet.',
  da: 'Udenrigsministeren sagde tirsdag, at forhandlingerne med delegationen vil blive genoptaget i næste måned i Genève. Embedsmænd forventer en aftale om mindst to af de fem punkter, ifølge en erklæring, som ministeriet offentliggjorde efter mødet.',
  fi: 'Ulkoministeri sanoi tiistaina, että neuvottelut valtuuskunnan kanssa jatkuvat ensi kuussa Genevessä. Virkamiehet odottavat sopimusta ainakin kahdesta viidestä kohdasta ministeriön kokouksen jälkeen julkaiseman tiedotteen mukaan.',
  cs: 'Ministr zahraničních věcí v úterý řekl, že rozhovory s delegací budou obnoveny příští měsíc v Ženevě. Úředníci očekávají dohodu alespoň ve dvou z pěti bodů, uvádí se v prohlášení, které ministerstvo zveřejnilo po schůzce.',
  ro: 'Ministrul de externe a declarat marți că discuțiile cu delegația vor fi reluate luna viitoare la Geneva. Oficialii se așteaptă la un acord asupra a cel puțin două dintre cele cinci puncte, potrivit unui comunicat publicat de minister după întâlnire.',
  tr: "Dışişleri Bakanı salı günü yaptığı açıklamada, heyetle görüşmelerin gelecek ay Cenevre'de yeniden başlayacağını söyledi. Yetkililer, bakanlığın toplantının ardından yayımladığı açıklamaya göre beş maddeden en az ikisinde anlaşma bekliyor.",
  de: 'Der Außenminister sagte am Dienstag, dass die Gespräche mit der Delegation im nächsten Monat in Genf wieder aufgenommen werden. Beamte erwarten eine Einigung über mindestens zwei der fünf Punkte, heißt es in einer Erklärung, die das Ministerium nach dem Treffen veröffentlichte.',
  fr: "Le ministre des Affaires étrangères a déclaré mardi que les pourparlers avec la délégation reprendraient le mois prochain à Genève. Les responsables s'attendent à un accord sur au moins deux des cinq points, selon un communiqué publié par le ministère après la réunion.",
  es: 'El ministro de Asuntos Exteriores dijo el martes que las conversaciones con la delegación se reanudarán el próximo mes en Ginebra. Los funcionarios esperan un acuerdo sobre al menos dos de los cinco puntos, según un comunicado publicado por el ministerio tras la reunión.',
  it: "Il ministro degli Esteri ha detto martedì che i colloqui con la delegazione riprenderanno il mese prossimo a Ginevra. I funzionari si aspettano un accordo su almeno due dei cinque punti, secondo una dichiarazione pubblicata dal ministero dopo l'incontro.",
  pt: 'O ministro dos Negócios Estrangeiros disse na terça-feira que as conversações com a delegação serão retomadas no próximo mês em Genebra. Os funcionários esperam um acordo sobre pelo menos dois dos cinco pontos, segundo um comunicado publicado pelo ministério após a reunião.',
};

describe("the source's language", () => {
  it('names Dutch, Polish, Swedish and the other Latin-script languages the word lists miss', () => {
    for (const [code, text] of Object.entries(SAMPLES)) expect([code, cleanArticle(text).meta.language]).toEqual([code, code]);
    // What the word lists alone say of the three the issue names: unknown or wrong.
    expect(guessLanguage(SAMPLES.nl!)).not.toBe('nl');
    expect(guessLanguage(SAMPLES.pl!)).toBeNull();
    expect(guessLanguage(SAMPLES.sv!)).toBeNull();
  });

  it('leaves a script-named language and too little text as the counts said', () => {
    expect(documentLanguage('Министр иностранных дел заявил во вторник.', 'ru')).toBe('ru');
    expect(documentLanguage('両国の首脳は東京で会談した。', 'ja')).toBe('ja');
    expect(cleanArticle('42').meta.language).toBeNull();
    expect(cleanArticle('Hai nước đã ký kết thỏa thuận hợp tác trong lĩnh vực năng lượng và chuyển đổi số.').meta.language).toBe('vi');
  });
});
