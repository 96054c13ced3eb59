// The benchmark corpus: news articles recombined from the sentences of the repository's own texts
// (resources/samples, tests/fixtures/unseen), the same on every run and machine. Articles come in
// stories of 3 to 12 outlets' takes on one event: within a story the figures, names and day agree
// (what corroboration is made of), one take in six misreports a figure (a conflict), and stories
// differ from each other in names, figures, years and days. Each take has its own page furniture
// (menus, share lines, adverts, related headlines) for cleaning to set aside.
//
// Article i is the same whatever the corpus size: the first 100 articles of the 10,000-article
// corpus are the 100-article corpus, so a project cut at any size holds whole stories.
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const TEXT_FOLDERS = ['resources/samples', 'tests/fixtures/unseen'];

export interface CorpusArticle {
  /** File name the article is written under: `story-00012-3.txt`. */
  name: string;
  story: number;
  text: string;
}

/** splitmix32: small, fast, and the same sequence everywhere for a seed. */
export function seeded(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return ((z ^ (z >>> 16)) >>> 0) / 4294967296;
  };
}

interface SampleText {
  headline: string;
  /** Body paragraphs, each a list of sentences. */
  paragraphs: string[][];
}

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/** A line is body prose when it is long and ends a sentence; menus, bylines and adverts are not. */
function isProse(line: string): boolean {
  return (
    line.length >= 70 &&
    /[.!?"”’)]$/.test(line) &&
    !/^(Published|By |Share|Copy link|Advertisement)/.test(line)
  );
}

/** A title line: a few words, no full stop, no ticker or menu separators. */
function isHeadline(line: string): boolean {
  return (
    line.length < 140 &&
    line.split(' ').length >= 5 &&
    line !== line.toUpperCase() &&
    !/[.|©]$|[|©>]|\d{1,2}°|cookie/i.test(line) &&
    !/^(Breaking|Subscribe|Skip|Sign|Published|By )/.test(line)
  );
}

let loaded: SampleText[] | null = null;
function sampleTexts(): SampleText[] {
  loaded ??= TEXT_FOLDERS.flatMap((folder) =>
    readdirSync(join(root, folder))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => {
        const lines = readFileSync(join(root, folder, f), 'utf8')
          .split('\n')
          .map((l) => l.trim());
        const prose = lines.filter(isProse);
        const headline = lines.find(isHeadline) ?? prose[0]!.split(' ').slice(0, 12).join(' ');
        return {
          headline,
          paragraphs: prose.map((p) =>
            [...sentences.segment(p)].map((s) => s.segment.trim()).filter(Boolean),
          ),
        };
      }),
  );
  return loaded;
}

// Names that recur in the texts, each with stand-ins for other stories; a story swaps all of a
// family's spellings at once, so its takes name the same people and places.
const NAME_FAMILIES: ReadonlyArray<{
  names: readonly string[];
  alternatives: readonly (readonly string[])[];
}> = [
  {
    names: ['Ishiba', 'Shigeru'],
    alternatives: [
      ['Kishida', 'Fumio'],
      ['Takaichi', 'Sanae'],
      ['Noda', 'Yoshihiko'],
      ['Suga', 'Yoshihide'],
    ],
  },
  { names: ['Hanoi', 'Hà Nội'], alternatives: [['Hue'], ['Haiphong'], ['Can Tho'], ['Nha Trang']] },
  { names: ['Jakarta'], alternatives: [['Surabaya'], ['Bandung'], ['Medan'], ['Makassar']] },
  { names: ['Kathmandu'], alternatives: [['Pokhara'], ['Lalitpur'], ['Biratnagar'], ['Butwal']] },
  { names: ['Kuala Lumpur'], alternatives: [['Penang'], ['Johor Bahru'], ['Kuching'], ['Ipoh']] },
  {
    names: ['Anwar Ibrahim', 'Anwar'],
    alternatives: [
      ['Mahathir Mohamad', 'Mahathir'],
      ['Ismail Sabri', 'Ismail'],
      ['Muhyiddin Yassin', 'Muhyiddin'],
      ['Najib Razak', 'Najib'],
    ],
  },
  { names: ['Thuong'], alternatives: [['Phuc'], ['Quang'], ['Sang'], ['Triet']] },
  { names: ['Blenkinsop'], alternatives: [['Baczynska'], ['Emmott'], ['Chalmers'], ['Strauss']] },
];

const OUTLETS = [
  'The Harbour Times',
  'Capital Wire',
  'Asia Ledger',
  'The Morning Dispatch',
  'Regional Review',
  'Meridian News',
  'The Courier',
  'Pacific Bulletin',
  'Daily Chronicle',
  'Northern Star',
];
const AUTHORS = [
  'Mai Anh',
  'Rani Kusuma',
  'David Hart',
  'Keiko Mori',
  'Aditya Rao',
  'Lena Weiss',
  'Tomas Ruiz',
  'Siti Aminah',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MENU = ['Home', 'World', 'Business', 'Opinion', 'Sport', 'Lifestyle', 'Subscribe', 'Sign in'];
const FURNITURE = [
  'Advertisement',
  'Share on Facebook',
  'Share on X',
  'Copy link',
  'Follow us on Facebook',
  'Sign up for our newsletter',
  'We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies. Accept',
  'Subscribe for $4.99 a month. Cancel anytime.',
];

interface Story {
  index: number;
  takes: number;
  base: SampleText;
  borrowed: SampleText;
  /** Alternative per name family, or -1 for the names as written. */
  names: number[];
  scale: number;
  yearShift: number;
  day: Date;
}

const stories: Story[] = [];
/** Story boundaries depend only on the story's own seed, never on the corpus size. */
function storyOf(article: number): { story: Story; take: number } {
  let first = stories.reduce((n, s) => n + s.takes, 0);
  while (first <= article) {
    const index = stories.length;
    const rnd = seeded(1000 + index);
    const texts = sampleTexts();
    const takes = 3 + Math.floor(rnd() * 10);
    stories.push({
      index,
      takes,
      base: texts[index % texts.length]!,
      borrowed: texts[(index * 7 + 3) % texts.length]!,
      names: NAME_FAMILIES.map((f) =>
        index < texts.length ? -1 : Math.floor(rnd() * (f.alternatives.length + 1)) - 1,
      ),
      scale: index < texts.length ? 1 : 0.4 + rnd() * 1.6,
      yearShift: Math.floor(rnd() * 6) - 4,
      day: new Date(Date.UTC(2019, 0, 1) + Math.floor(rnd() * 2400) * 86_400_000),
    });
    first += takes;
  }
  let start = 0;
  for (const story of stories) {
    if (article < start + story.takes) return { story, take: article - start };
    start += story.takes;
  }
  throw new Error(`no story for article ${article}`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function renameIn(text: string, story: Story): string {
  let out = text;
  NAME_FAMILIES.forEach((family, f) => {
    const choice = story.names[f]!;
    if (choice < 0) return;
    const stand = family.alternatives[choice]!;
    family.names.forEach((name, n) => {
      out = out.replace(new RegExp(`\\b${escape(name)}\\b`, 'gu'), stand[Math.min(n, stand.length - 1)]!);
    });
  });
  return out;
}

const MONTH_BEFORE = new RegExp(
  `(?:${MONTHS.join('|')}|${MONTHS.map((m) => m.slice(0, 3)).join('|')})\\.? $`,
);

/** Years shifted, amounts scaled; days of the month and small counts left as they are. */
function refigure(text: string, scale: number, yearShift: number, misreport: number | null): string {
  let seen = 0;
  return text.replace(/\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|\b\d+(?:\.\d+)?\b/g, (n, at: number) => {
    const value = Number(n.replace(/,/g, ''));
    if (/^(19|20)\d\d$/.test(n)) return String(value + yearShift);
    if (value < 10 || MONTH_BEFORE.test(text.slice(Math.max(0, at - 10), at))) return n;
    const wrong = misreport !== null && seen++ === misreport ? 1.25 : 1;
    const scaled = value * scale * wrong;
    const decimals = n.includes('.') ? n.split('.')[1]!.length : 0;
    return n.includes(',')
      ? Number(scaled.toFixed(decimals)).toLocaleString('en-US', { minimumFractionDigits: decimals })
      : scaled.toFixed(decimals);
  });
}

function dayText(day: Date): string {
  return `${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}, ${day.getUTCFullYear()}`;
}

/** One article of the corpus; the same text for the same index, always. */
export function corpusArticle(index: number): CorpusArticle {
  const { story, take } = storyOf(index);
  const rnd = seeded(index * 2654435761 + 17);
  const outlet = OUTLETS[(story.index * 3 + take) % OUTLETS.length]!;
  const body: string[] = [];
  const [lede, ...rest] = story.base.paragraphs;
  const kept = rest.filter(() => rnd() < 0.8);
  for (let k = kept.length - 1; k > 1; k--) {
    if (rnd() < 0.5) continue; // a light shuffle: outlets reorder, they do not scramble
    const j = 1 + Math.floor(rnd() * k);
    [kept[k], kept[j]] = [kept[j]!, kept[k]!];
  }
  for (const paragraph of [lede ?? [], ...kept]) {
    const recombined = paragraph.filter((_, s) => s === 0 || rnd() < 0.85);
    if (rnd() < 0.15) {
      const other = story.borrowed.paragraphs[Math.floor(rnd() * story.borrowed.paragraphs.length)];
      if (other?.length) recombined.push(other[Math.floor(rnd() * other.length)]!);
    }
    if (recombined.length) body.push(recombined.join(' '));
  }
  const misreport = rnd() < 1 / 6 ? Math.floor(rnd() * 6) : null;
  const day = new Date(story.day.getTime() + (take % 3) * 86_400_000);
  const furniture = () => FURNITURE[Math.floor(rnd() * FURNITURE.length)]!;
  const lines = [
    outlet,
    ...MENU.slice(0, 3 + (take % 5)),
    '',
    renameIn(story.base.headline, story),
    '',
    `By ${AUTHORS[(story.index + take * 5) % AUTHORS.length]}`,
    `Published ${dayText(day)}`,
    furniture(),
    '',
  ];
  body.forEach((paragraph, p) => {
    lines.push(
      refigure(renameIn(paragraph, story), story.scale, story.yearShift, p === 0 ? null : misreport),
      '',
    );
    if (p === 2) lines.push(furniture(), '');
  });
  const texts = sampleTexts();
  const related = [1, 2, 3].map((k) => texts[(story.index + k) % texts.length]!.headline);
  lines.push('Related news', ...related, `© ${day.getUTCFullYear()} ${outlet}. All rights reserved.`);
  return {
    name: `story-${String(story.index).padStart(5, '0')}-${take}.txt`,
    story: story.index,
    text: lines.join('\n'),
  };
}

export function corpusArticles(count: number): CorpusArticle[] {
  return Array.from({ length: count }, (_, i) => corpusArticle(i));
}

/** Writes the first `count` articles into `folder`; returns their paths and total bytes. */
export async function writeCorpus(
  folder: string,
  count: number,
): Promise<{ paths: string[]; bytes: number }> {
  await mkdir(folder, { recursive: true });
  const paths: string[] = [];
  let bytes = 0;
  for (const article of corpusArticles(count)) {
    const path = join(folder, article.name);
    await writeFile(path, article.text);
    bytes += Buffer.byteLength(article.text);
    paths.push(path);
  }
  return { paths, bytes };
}
