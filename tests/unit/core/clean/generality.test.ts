// Cleaning on captures written for this test, with furniture the five samples do not have:
// other languages, other list headers, breadcrumbs, cookie banners, ads, "By" bylines.
import { describe, expect, it } from 'vitest';
import { cleanArticle, guessLanguage, statedDate } from '../../../../src/core/clean';

const frenchCapture = `Accueil
Monde
Rechercher
Le Cambodge et la Thaïlande signent un accord de cessez-le-feu à Kuala Lumpur
Par Claire Dubois
Publié le 28 octobre 2025 à 10h15
KUALA LUMPUR – Les deux pays ont signé mardi un accord prévoyant le retrait des armes lourdes de la frontière, sous l'égide de la Malaisie qui préside l'ASEAN cette année.
Selon le ministère malaisien des affaires étrangères, 18 observateurs seront déployés dans les provinces frontalières dès la semaine prochaine.
Les combats de juillet avaient fait au moins 43 morts et déplacé plus de 300 000 personnes des deux côtés de la frontière.
Partager
Commenter
Suivez-nous sur Facebook et Instagram
Nous utilisons des cookies pour améliorer votre expérience. En savoir plus
Lire aussi
La Malaisie veut accélérer l'adhésion du Timor oriental
La Malaisie veut accélérer l'adhésion du Timor oriental
Le premier ministre a annoncé un calendrier lors du sommet de l'ASEAN, ouvert dimanche dans la capitale.
Pékin et Washington reprennent le dialogue commercial
Pékin et Washington reprennent le dialogue commercial`;

const englishCapture = `Home
World
Asia
ADVERTISEMENT
Philippines and Japan sign reciprocal access agreement
By Maria Santos
Published: July 8, 2024
MANILA (Reuters) - The Philippines and Japan signed a defence pact on Monday that allows the deployment of forces on each other's soil, as both countries seek to counter China's growing assertiveness in the region.
The agreement was signed in Manila by Philippine Defense Secretary Gilberto Teodoro and Japanese Foreign Minister Yoko Kamikawa, in the presence of President Ferdinand Marcos Jr.
Key points of the agreement:
Joint exercises on each other's territory
Faster deployment of troops for disaster relief
The pact needs ratification by the Japanese parliament and the Philippine senate before it enters into force.
Advertisement
Japan has similar agreements with Australia and Britain, and the Philippines has one with the United States.
Share this article
Facebook
Twitter
Email
Most Read
China coast guard fires water cannon at Philippine vessels
Typhoon Gaemi leaves 20 dead in Luzon
Manila's inflation eases to 3.7% in June, statistics agency says
We use cookies to give you the best experience. By continuing you agree to our cookie policy.`;

const vietnameseCapture = `Trang chủ
Thời sự
27/11/2023 14:30
Việt Nam và Nhật Bản nâng cấp quan hệ lên Đối tác chiến lược toàn diện
Hà Nội - Chiều 27/11/2023, tại Tokyo, hai nhà lãnh đạo đã ra Tuyên bố chung về việc nâng cấp quan hệ hai nước lên Đối tác chiến lược toàn diện vì hòa bình và thịnh vượng tại châu Á và trên thế giới.
Hai bên nhất trí tăng cường hợp tác trong các lĩnh vực quốc phòng, an ninh, kinh tế, đầu tư và chuyển đổi số, đồng thời thúc đẩy giao lưu nhân dân.
Nhật Bản hiện là đối tác hợp tác phát triển lớn nhất và là nhà đầu tư lớn thứ ba tại Việt Nam.
Thu Hằng
Chia sẻ
Bình luận
Theo dõi chúng tôi trên Zalo
Tin liên quan
Thủ tướng tiếp Đại sứ Nhật Bản
Thủ tướng tiếp Đại sứ Nhật Bản
Kim ngạch thương mại Việt Nam - Nhật Bản tăng mạnh trong quý III`;

function keptLines(raw: string): string[] {
  return cleanArticle(raw).text.split('\n').filter((l) => l.trim());
}

describe('cleaning captures with other furniture', () => {
  it('a French page: menu, share bar, follow line, cookie notice and "Lire aussi" list go; the article and its date stay', () => {
    const result = cleanArticle(frenchCapture);
    const kept = result.text.split('\n');
    for (const gone of ['Accueil', 'Rechercher', 'Partager', 'Commenter', 'Suivez-nous sur Facebook et Instagram', 'Lire aussi', "La Malaisie veut accélérer l'adhésion du Timor oriental", 'Pékin et Washington reprennent le dialogue commercial']) {
      expect(kept, gone).not.toContain(gone);
    }
    expect(result.text).not.toMatch(/cookies/);
    expect(result.text).not.toContain('Le premier ministre a annoncé un calendrier');
    expect(result.text).toContain('18 observateurs seront déployés');
    expect(result.text).toContain('au moins 43 morts');
    expect(result.meta.title).toBe('Le Cambodge et la Thaïlande signent un accord de cessez-le-feu à Kuala Lumpur');
    expect(result.meta.author).toBe('Claire Dubois');
    expect(result.meta.publishedAt).toBe('2025-10-28');
    expect(result.meta.language).toBe('fr');
    // "KUALA LUMPUR –" says where the story was filed, not who published it.
    expect(result.meta.outlet).toBeNull();
  });

  it('an English page: breadcrumbs, ads, share bar, "Most Read" headlines and the cookie banner go; list items stay', () => {
    const result = cleanArticle(englishCapture);
    const kept = keptLines(englishCapture);
    for (const gone of ['Home', 'ADVERTISEMENT', 'Advertisement', 'Share this article', 'Facebook', 'Email', 'Most Read', 'Typhoon Gaemi leaves 20 dead in Luzon', "Manila's inflation eases to 3.7% in June, statistics agency says"]) {
      expect(kept, gone).not.toContain(gone);
    }
    expect(result.text).not.toMatch(/cookie/i);
    expect(kept).toContain('Joint exercises on each other\'s territory');
    expect(kept).toContain('Key points of the agreement:');
    expect(result.text).toContain('Japan has similar agreements with Australia and Britain');
    expect(result.meta).toMatchObject({ outlet: 'Reuters', author: 'Maria Santos', publishedAt: '2024-07-08', language: 'en' });
    expect(result.meta.title).toBe('Philippines and Japan sign reciprocal access agreement');
  });

  it('a Vietnamese page: "Chia sẻ", "Theo dõi … trên", "Tin liên quan" and the trailing byline go', () => {
    const result = cleanArticle(vietnameseCapture);
    const kept = keptLines(vietnameseCapture);
    for (const gone of ['Trang chủ', 'Chia sẻ', 'Bình luận', 'Theo dõi chúng tôi trên Zalo', 'Tin liên quan', 'Thủ tướng tiếp Đại sứ Nhật Bản', 'Thu Hằng']) {
      expect(kept, gone).not.toContain(gone);
    }
    expect(result.text).toContain('nhà đầu tư lớn thứ ba tại Việt Nam');
    expect(result.meta.language).toBe('vi');
    expect(result.meta.author).toBe('Thu Hằng');
    expect(result.meta.publishedAt).toBe('2023-11-27');
  });

  it('a "Read more" list in the middle of a page ends where the article resumes', () => {
    const raw = [
      'Talks resume in Geneva',
      'Negotiators from both delegations met again on Tuesday in Geneva after a pause of three weeks, officials said.',
      'Read more',
      'Ceasefire holds in the north',
      'Aid convoys reach the capital',
      'The talks are expected to last until Friday, according to the mediator, who declined to give further details.',
      'A second round is planned for next month if the first produces a joint statement on prisoner exchanges.',
    ].join('\n');
    const kept = keptLines(raw);
    expect(kept).not.toContain('Ceasefire holds in the north');
    expect(kept).toContain('The talks are expected to last until Friday, according to the mediator, who declined to give further details.');
    expect(kept).toContain('A second round is planned for next month if the first produces a joint statement on prisoner exchanges.');
  });

  it('leaves a plain article alone', () => {
    const raw = 'Trade rose by 4% in 2024.\n\nExports reached $12 billion, the ministry said on Monday in a statement to the press.';
    const result = cleanArticle(raw);
    expect(result.removed).toEqual([]);
    expect(result.text).toBe(raw);
  });

  it('turns page-break lines into page starts and keeps them out of the text', () => {
    const raw = '\f\nFirst page text that is long enough to be a paragraph of the report.\n\f\nSecond page text, also a full sentence of the report.';
    const result = cleanArticle(raw);
    expect(result.text).not.toContain('\f');
    expect(result.pages).toEqual([
      { page: 1, offset: 0 },
      { page: 2, offset: result.text.indexOf('Second page') },
    ]);
  });

  it('lets the reader\'s hints win over guesses', () => {
    const result = cleanArticle('HCMC – A meeting took place on Monday between the two delegations in the city.', {
      hints: { outlet: 'Saigon Times', title: null },
    });
    expect(result.meta.outlet).toBe('Saigon Times');
  });
});

describe('language and dates', () => {
  it('tells en, vi, fr, de, es and ja apart', () => {
    expect(guessLanguage('The minister said that the agreement will be signed in the spring by both of the parties.')).toBe('en');
    expect(guessLanguage('Hai nước đã ký kết thỏa thuận hợp tác trong lĩnh vực năng lượng và chuyển đổi số.')).toBe('vi');
    expect(guessLanguage('Le ministre a déclaré que les deux pays vont signer un accord dans les prochains jours.')).toBe('fr');
    expect(guessLanguage('Der Minister sagte, dass die beiden Länder das Abkommen im Frühjahr unterzeichnen werden.')).toBe('de');
    expect(guessLanguage('El ministro dijo que los dos países firmarán el acuerdo en la primavera con el apoyo de la región.')).toBe('es');
    expect(guessLanguage('両国の首脳は東京で会談し、協力の強化で合意した。')).toBe('ja');
    expect(guessLanguage('42')).toBeNull();
  });

  it('reads dates as written in several languages', () => {
    expect(statedDate('April 28, 2025')).toBe('2025-04-28');
    expect(statedDate('le 3 mars 2024')).toBe('2024-03-03');
    expect(statedDate('Thứ Hai, 28/4/2025 09:15')).toBe('2025-04-28');
    expect(statedDate('2025年4月28日')).toBe('2025-04-28');
    expect(statedDate('on November 27')).toBeNull();
  });
});
