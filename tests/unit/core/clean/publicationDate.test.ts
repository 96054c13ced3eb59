// Cleaning's guess of when a page was published, on invented pages: datelines with a full date,
// date lines standing alone below a menu, and guesses the article's own years contradict.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../src/core/clean';

const story = [
  'Peru and Chile agree on a shared lithium registry after a week of talks in the capital.',
  'Officials from both countries said the registry would list every licence granted since 2015 and open to the public.',
  'The two governments first discussed the idea at a regional meeting in 2022 and again in 2023.',
].join('\n');

describe('publication date from the page', () => {
  it('[meta.dateline] takes a dateline that states its year', () => {
    const page = `Andes Daily\nHome | World | Business\nRegistry deal signed\nLIMA, 14 November 2023 (EFE) – ${story}`;
    expect(cleanArticle(page).meta.publishedAt).toBe('2023-11-14');
    const release = `Andes Daily\nRegistry deal signed\nSANTIAGO, Nov. 14, 2023 /PRNewswire/ -- ${story}`;
    expect(cleanArticle(release).meta.publishedAt).toBe('2023-11-14');
  });

  it('gives no date for a dateline without its year', () => {
    const page = `Andes Daily\nRegistry deal signed\nLIMA, Nov 14 (EFE) - ${story}`;
    expect(cleanArticle(page).meta.publishedAt).toBeNull();
  });

  it('[stamp.date-line] takes a numeric or bracketed date line standing alone, even below a long menu line', () => {
    const page = `Andes Daily\nStart Peru Chile Bolivia — mix Peru and Chile agree on a shared lithium registry after talks\nRegistry deal signed\n17 views | 2 comments\n14.11.2023\n${story}`;
    expect(cleanArticle(page).meta.publishedAt).toBe('2023-11-14');
    const bracketed = `Andes Daily\nRegistry deal signed\n[November 14, 2023]\n${story}`;
    expect(cleanArticle(bracketed).meta.publishedAt).toBe('2023-11-14');
  });

  it('does not take a date inside a sentence for the publication date', () => {
    const page = `Andes Daily\nRegistry deal signed\n${story}\nThe registry opens on 2 January 2024, the ministry added in a statement to reporters.`;
    expect(cleanArticle(page).meta.publishedAt).toBeNull();
  });

  it('[meta.contradicted] rejects a guessed date years after, or before, every year the article states', () => {
    const savedLater = `Andes Daily\nMonday, 6 March 2028 | Log in\nRegistry deal signed\n${story}`;
    expect(cleanArticle(savedLater).meta.publishedAt).toBeNull();
    const tooEarly = `Andes Daily\n6 March 2019\nRegistry deal signed\n${story}`;
    expect(cleanArticle(tooEarly).meta.publishedAt).toBeNull();
    // A year later than the latest year stated is ordinary; so is a story older than its plans.
    const nextYear = `Andes Daily\n6 March 2024\nRegistry deal signed\n${story}`;
    expect(cleanArticle(nextYear).meta.publishedAt).toBe('2024-03-06');
    const plans = `Andes Daily\n6 March 2021\nRegistry deal signed\nThe two ministers said on Monday that the registry will open in 2025 and list every licence by 2027 at the latest, officials said.\nIt will be reviewed in 2030 by both parliaments together.`;
    expect(cleanArticle(plans).meta.publishedAt).toBe('2021-03-06');
  });
  it('[stamp.date-line] reads a stamp whose clock time follows a lone hyphen, and trusts a page\'s own stamp over the years its story cites', () => {
    const stamped = `Andes Daily\nBy Staff Reporter\n14 November 2023 - 21:14\nRegistry deal signed\n${story}`;
    expect(cleanArticle(stamped).meta.publishedAt).toBe('2023-11-14');
    // A story recalls earlier years: its own stamp years later is no contradiction; a date amid a
    // menu's words still is (the day the page was saved).
    const later = `Andes Daily\nBy Staff Reporter\n6 March 2028 - 09:30\nRegistry deal signed\n${story}`;
    expect(cleanArticle(later).meta.publishedAt).toBe('2028-03-06');
    const menu = `Andes Daily\nMonday, 6 March 2028 | Log in\nRegistry deal signed\n${story}`;
    expect(cleanArticle(menu).meta.publishedAt).toBeNull();
  });
});

