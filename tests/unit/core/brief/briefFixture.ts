// A small invented project for brief and PDF tests: Vietnamese and Japanese names, one fact two
// sources corroborate, a sum of money, and facts on each topic of a visit brief.
import type { BriefInput } from '../../../../src/core/brief';
import type { Brief, Decision, Fact, FactValue, Group, Inline, Source } from '../../../../src/core/model';

const SHA = 'a'.repeat(64);

export function source(id: string, outlet: string, title: string, publishedAt: string, reliability: Source['reliability'], text: string): Source {
  return {
    id,
    fileName: `${id}.txt`,
    sha256: SHA,
    format: 'txt',
    byteLength: text.length,
    importedAt: '2025-01-01T00:00:00Z',
    originalText: text,
    text,
    removed: [],
    restoredLines: [],
    pages: [],
    guessed: { title, outlet, author: null, publishedAt, language: 'en' },
    edited: {},
    reliability,
  };
}

export function fact(id: string, src: Source, sentence: string, kind: Fact['kind'], subject: string, values: Array<Omit<FactValue, 'start' | 'end'>> = []): Fact {
  const start = src.text.indexOf(sentence);
  if (start < 0) throw new Error(`fixture: "${sentence}" is not in ${src.id}`);
  return {
    id,
    sourceId: src.id,
    text: sentence,
    start,
    end: start + sentence.length,
    kind,
    values: values.map((v) => {
      const at = src.text.indexOf(v.surface, start);
      return { ...v, start: at, end: at + v.surface.length };
    }),
    entities: [],
    subject,
  };
}

const T1 = [
  'General Secretary Tô Lâm met Prime Minister 石破茂 in Tokyo on Monday.',
  'In 2024, two-way trade turnover reached US$46.2 billion, an increase of 2.7% compared to 2023.',
  'Japan remains the largest provider of official development assistance to Viet Nam, with loans for railway and metro projects.',
  'Some 520,000 Vietnamese workers and students live in Japan.',
  'The two sides agreed to deepen maritime security cooperation, including patrol vessels for the coast guard.',
].join('\n');
const T2 = [
  'Bilateral trade reached US$46.2 billion in 2024, according to customs data.',
  'Diplomatic relations between the two countries were established in 1973.',
  'Labour groups raised concerns about the treatment of trainees.',
  'Nguyễn Thị Hằng, a researcher in Hà Nội, said the partnership was historic.',
].join('\n');

export const S1 = source('src_one', 'Báo Nhân Dân', 'Tô Lâm visits Japan', '2025-03-10', 'B', T1);
export const S2 = source('src_two', 'The Tokyo Ledger', 'Trade ties deepen', '2025-03-11', 'C', T2);

export const F = {
  meeting: fact('fact_meeting', S1, 'General Secretary Tô Lâm met Prime Minister 石破茂 in Tokyo on Monday.', 'claim', 'meeting of leaders'),
  trade1: fact('fact_trade1', S1, 'In 2024, two-way trade turnover reached US$46.2 billion, an increase of 2.7% compared to 2023.', 'money', 'two-way trade turnover', [
    { type: 'money', canonical: '46200000000 USD', surface: 'US$46.2 billion' },
    { type: 'percent', canonical: '2.7 %', surface: '2.7%' },
    { type: 'date', canonical: '2024', surface: 'In 2024' },
  ]),
  oda: fact('fact_oda', S1, 'Japan remains the largest provider of official development assistance to Viet Nam, with loans for railway and metro projects.', 'rank', 'official development assistance'),
  people: fact('fact_people', S1, 'Some 520,000 Vietnamese workers and students live in Japan.', 'count', 'Vietnamese workers and students in Japan', [
    { type: 'count', canonical: '520000', surface: '520,000', qualifier: 'some' },
  ]),
  maritime: fact('fact_maritime', S1, 'The two sides agreed to deepen maritime security cooperation, including patrol vessels for the coast guard.', 'agreement', 'maritime security cooperation'),
  trade2: fact('fact_trade2', S2, 'Bilateral trade reached US$46.2 billion in 2024, according to customs data.', 'money', 'bilateral trade', [
    { type: 'money', canonical: '46200000000 USD', surface: 'US$46.2 billion' },
    { type: 'date', canonical: '2024', surface: '2024' },
  ]),
  relations: fact('fact_relations', S2, 'Diplomatic relations between the two countries were established in 1973.', 'date', 'diplomatic relations', [
    { type: 'date', canonical: '1973', surface: '1973' },
  ]),
  trainees: fact('fact_trainees', S2, 'Labour groups raised concerns about the treatment of trainees.', 'claim', 'treatment of trainees'),
  hang: fact('fact_hang', S2, 'Nguyễn Thị Hằng, a researcher in Hà Nội, said the partnership was historic.', 'quote', 'partnership', []),
} satisfies Record<string, Fact>;

export const CORROBORATED: Group = {
  id: 'grp_trade',
  relation: 'corroborated',
  subject: 'bilateral trade 2024',
  factIds: [F.trade1.id, F.trade2.id],
  reason: 'Both give US$46.2 billion for trade in 2024.',
};

export function decision(factId: string, status: Decision['status'] = 'verified', credibility: number | null = 2): Decision {
  return { factId, status, credibility, note: '', at: '2025-03-12T00:00:00Z' };
}

/** Every fact verified unless listed otherwise. */
export function briefInput(overrides: Record<string, Decision['status']> = {}): BriefInput {
  const facts = Object.values(F);
  const decisions: Record<string, Decision> = {};
  for (const f of facts) decisions[f.id] = decision(f.id, overrides[f.id] ?? 'verified', f.id.startsWith('fact_trade') ? 1 : 2);
  return { facts, sources: [S1, S2], decisions, groups: [CORROBORATED] };
}

export const DEFAULTS = {
  title: 'Visit of General Secretary Tô Lâm to Japan',
  date: '2025-03-14',
  marking: 'OFFICIAL-SENSITIVE',
  preparedFor: 'Minister for Foreign Affairs',
  preparedBy: 'Asia Desk, Policy Analysis Unit',
};

/** The brief with every prompt for the analyst written over, as an analyst does before export. */
export function withPromptsWritten(brief: Brief): Brief {
  const write = (content: Inline[]): Inline[] =>
    content.map((inline) => (inline.type === 'text' && inline.prompt ? { type: 'text', text: `Written by the analyst for ${brief.title}.` } : inline));
  return {
    ...brief,
    sections: brief.sections.map((section) => ({
      ...section,
      blocks: section.blocks.map((block) =>
        block.type === 'paragraph' ? { ...block, content: write(block.content) } : block.type === 'bullets' ? { ...block, items: block.items.map(write) } : block,
      ),
    })),
  };
}
