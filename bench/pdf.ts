// PDF export speed: a ~100-page brief with 1,000 citations through exportBriefPdf (integrity
// check, layout, font fallback, tags, links, contents, frames), against pdfkit writing the same
// words with its own wrapping and nothing else. Alone: npm run bench -- pdf
import { createWriteStream } from 'node:fs';
import { mkdtemp, stat } from 'node:fs/promises';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { BriefInput } from '../src/core/brief';
import type { Brief, Decision, Fact, Section, Source } from '../src/core/model';
import { exportBriefPdf, fontsFolder } from '../src/node/pdf';
import { source } from '../tests/unit/core/brief/briefFixture';
import { byTurns, timedFigure, type BenchOptions, type Figure } from './figure';

const SOURCES = 25;

const openings = ['Officials said', 'The ministry reported that', 'According to the statistics office,', 'Both delegations noted that', 'A joint statement said'];
const middles = [
  'two-way trade with Việt Nam rose by 4.2% to US$12.5 billion in the first half',
  'Prime Minister 石破茂 and General Secretary Tô Lâm agreed to expand cooperation on energy and infrastructure',
  'some 3,000 students from Hà Nội and Đà Nẵng will receive scholarships for study in Japan',
  'the coast guards of both countries will hold a joint exercise on search and rescue at sea',
  'new loans for the metro and railway projects were approved after long negotiations',
];

function sentence(i: number): string {
  return `${openings[i % openings.length]} ${middles[(i * 3) % middles.length]} (item ${i + 1}).`;
}

export function benchInput(citations = 1000): { brief: Brief; input: BriefInput } {
  const sources: Source[] = [];
  const texts: string[][] = Array.from({ length: SOURCES }, () => []);
  for (let i = 0; i < citations; i++) texts[i % SOURCES]!.push(sentence(i));
  for (let s = 0; s < SOURCES; s++) {
    const text = texts[s]!.join('\n');
    sources.push(source(`src_${s}`, `Outlet ${s}`, `Report number ${s} on relations`, '2025-02-01', (['A', 'B', 'C'] as const)[s % 3]!, text));
  }
  const facts: Fact[] = [];
  const decisions: Record<string, Decision> = {};
  const offsets = new Array<number>(SOURCES).fill(0);
  for (let i = 0; i < citations; i++) {
    const s = i % SOURCES;
    const text = sentence(i);
    const start = offsets[s]!;
    offsets[s] = start + text.length + 1;
    const id = `fact_${i}`;
    facts.push({ id, sourceId: `src_${s}`, text, start, end: start + text.length, kind: 'claim', values: [], entities: [], subject: 'relations' });
    decisions[id] = { factId: id, status: 'verified', credibility: 2, note: '', at: '2025-02-02T00:00:00Z' };
  }
  const sections: Section[] = [];
  for (let sec = 0; sec < 10; sec++) {
    const items = [];
    for (let k = 0; k < citations / 10; k++) {
      const i = sec * (citations / 10) + k;
      items.push([{ type: 'text' as const, text: sentence(i) }, { type: 'cite' as const, factId: `fact_${i}` }]);
    }
    sections.push({ id: `s${sec}`, title: `Section ${sec + 1}`, blocks: [{ type: 'bullets', items }] });
  }
  sections.push({ id: 'sources', title: 'Sources', role: 'sources', blocks: [] });
  const brief: Brief = {
    template: 'blank',
    title: 'Benchmark brief',
    subtitle: 'A long brief',
    preparedFor: 'Bench',
    preparedBy: 'Bench',
    date: '2025-03-01',
    marking: 'OFFICIAL',
    sections,
  };
  return { brief, input: { facts, sources, decisions, groups: [] } };
}

/** pdfkit alone: the same words (body and notes) with its own wrapping, one font, no tags or links. */
export async function plainPdfkit(brief: Brief, input: BriefInput, outPath: string): Promise<number> {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 78, bottom: 78, left: 66, right: 66 } });
  doc.pipe(createWriteStream(outPath));
  const done = new Promise<void>((resolve) => doc.on('end', resolve));
  doc.registerFont('serif', join(fontsFolder(), 'NotoSerif_400Regular.ttf'));
  doc.font('serif').fontSize(10.5);
  for (const section of brief.sections) {
    doc.fontSize(15).text(section.title).fontSize(10.5);
    for (const block of section.blocks) {
      if (block.type !== 'bullets') continue;
      for (const item of block.items) doc.text(item.map((i) => (i.type === 'text' ? i.text : '1')).join(''));
    }
  }
  doc.fontSize(9);
  for (const fact of input.facts) doc.text(`1. Outlet, “Title”, 2025-02-01. Source reliability B (usually reliable). Information credibility 2 (probably true). “${fact.text}”`);
  const pages = doc.bufferedPageRange().start + doc.bufferedPageRange().count;
  doc.end();
  await done;
  return pages;
}

const CITATIONS_AT = { full: 1000, quick: 1000, smoke: 40 } as const;
const RUNS = { full: 5, quick: 2, smoke: 1 } as const;

export async function figures(options: BenchOptions): Promise<Figure[]> {
  const dir = await mkdtemp(join(options.workDir, 'pdf-'));
  const { brief, input } = benchInput(CITATIONS_AT[options.level]);
  let result = { pages: 0, citations: 0 };
  let plainPages = 0;
  // The warm-up pair also parses the fonts once, so both timings measure writing, not loading.
  const { measured, floor } = await byTurns(
    RUNS[options.level],
    async () => (result = await exportBriefPdf({ brief, input, outPath: join(dir, 'brief.pdf'), options: { paper: 'A4', deterministic: true } })),
    async () => (plainPages = await plainPdfkit(brief, input, join(dir, 'plain.pdf'))),
  );
  const bytes = (await stat(join(dir, 'brief.pdf'))).size;
  return [
    timedFigure(
      {
        key: 'pdf.export',
        label: `PDF export, ${result.pages} pages, ${result.citations.toLocaleString('en-US')} citations`,
        unit: 'ms',
        targets: [{ on: 'ratio', op: '<=', limit: 3 }],
        detail: { pages: result.pages, citations: result.citations, 'plain pages': plainPages, KB: Math.round(bytes / 1024) },
      },
      measured,
      { label: 'pdfkit alone, same words', timing: floor },
    ),
  ];
}
