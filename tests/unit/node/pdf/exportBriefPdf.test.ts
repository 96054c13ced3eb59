import { mkdtempSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { draftBrief, type BriefInput } from '../../../../src/core/brief';
import { AttacheError } from '../../../../src/core/errors';
import type { Brief, KeyFigureRow } from '../../../../src/core/model';
import { exportBriefPdf } from '../../../../src/node/pdf';
import { briefInput, DEFAULTS, F, withPromptsWritten } from '../../core/brief/briefFixture';
import { pageSize, pdfFonts, pdfInfo, pdfText, pdfWords, qpdfCheck, qpdfJson } from './pdfTools';

const dir = mkdtempSync(join(tmpdir(), 'attache-pdf-'));

async function exportTo(name: string, brief: Brief, input: BriefInput, options: Partial<Parameters<typeof exportBriefPdf>[0]['options']> = {}) {
  const outPath = join(dir, name);
  const result = await exportBriefPdf({ brief, input, outPath, options: { paper: 'A4', ...options } });
  return { outPath, ...result };
}

describe('exportBriefPdf on a drafted visit brief', () => {
  const input = briefInput();
  const brief = withPromptsWritten(draftBrief(input, DEFAULTS));
  let file = '';
  let result = { pages: 0, citations: 0 };

  beforeAll(async () => {
    // With its cover and contents (a brief this short gets neither by default: see below).
    const out = await exportTo('brief.pdf', brief, input, { frontMatter: 'always' });
    file = out.outPath;
    result = out;
  }, 60_000);

  it('prints Vietnamese and Japanese names and money exactly', () => {
    const text = pdfText(file);
    expect(text).toContain('Tô Lâm');
    expect(text).toContain('石破茂');
    expect(text).toContain('Nguyễn Thị Hằng');
    expect(text).toContain('Hà Nội');
    expect(text).toContain('US$46.2 billion');
  });

  it('embeds every font it uses', () => {
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const font of fonts) expect(font.emb, font.name).toBe('yes');
    expect(fonts.some((f) => f.name.includes('NotoSansJP'))).toBe(true);
  });

  it('passes qpdf --check and is tagged, titled and dated', () => {
    const check = qpdfCheck(file);
    expect(check.status, check.output).toBe(0);
    expect(check.output).toContain('No syntax or stream encoding errors');
    const info = pdfInfo(file);
    expect(info['Tagged']).toBe('yes');
    expect(info['Title']).toBe(DEFAULTS.title);
    expect(info['Author']).toBe(DEFAULTS.preparedBy);
    expect(info['Keywords']).toContain(DEFAULTS.marking);
    expect(info['PDF version']).toBe('1.7');
    expect(Number(info['Pages'])).toBe(result.pages);
  });

  it('shows the cover, the marking and page X of Y on every page', () => {
    const first = pdfText(file, 1);
    for (const part of [DEFAULTS.preparedFor, DEFAULTS.preparedBy, DEFAULTS.date]) expect(first).toContain(part);
    for (let page = 1; page <= result.pages; page++) {
      const text = pdfText(file, page);
      // Header and footer (the cover shows it a third time, boxed).
      expect(text.split(DEFAULTS.marking).length - 1, `page ${page}`).toBeGreaterThanOrEqual(2);
      expect(text).toContain(`Page ${page} of ${result.pages}`);
    }
  });

  it('lists contents with the page each section starts on, and bookmarks every section', () => {
    const contents = pdfText(file, 2);
    const titles = brief.sections.map((s) => s.title);
    for (const title of titles) {
      const m = new RegExp(`${title}[ .]*\\s(\\d+)\\s*$`, 'm').exec(contents);
      expect(m, title).not.toBeNull();
      const page = Number(m![1]);
      expect(pdfText(file, page)).toMatch(new RegExp(`^\\s*${title}\\s*$`, 'm'));
    }
    expect(qpdfJson(file).outlines.map((o) => o.title)).toEqual(titles);
  });

  it('has an endnote for every citation number and cites every endnote', () => {
    const words = pdfWords(file);
    const body = new Set<number>();
    for (const w of words) {
      if (/^\d+$/.test(w.text) && w.height < 10) body.add(Number(w.text));
      const bracket = /^\[(\d+)\]$/.exec(w.text);
      if (bracket) body.add(Number(bracket[1]));
    }
    const text = pdfText(file);
    const sources = text.slice(text.lastIndexOf('Sources'));
    const notes = [...sources.matchAll(/^\s*(\d+)\.\s{2,}/gm)].map((m) => Number(m[1]));
    expect(notes).toEqual(Array.from({ length: result.citations }, (_, i) => i + 1));
    expect([...body].sort((a, b) => a - b)).toEqual(notes);
  });

  it('links each citation to its endnote by name', () => {
    const raw = readFileSync(file, 'latin1');
    for (let n = 1; n <= result.citations; n++) {
      expect(raw, `goTo note-${n}`).toContain(`/D (note-${n})`);
      expect(raw, `destination note-${n}`).toContain(`(note-${n})`);
    }
  });

  it('names outlet, title, date, grades and the quoted words in the endnotes', () => {
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain('Báo Nhân Dân, “Tô Lâm visits Japan”, 10 March 2025, graded B1.');
    // The corroborated figure's note names both sources, each with its own words.
    expect(text).toMatch(/graded B1\. “[^”]+” The Tokyo Ledger, “Trade ties deepen”, 11 March 2025, graded C1\. “[^”]+”/);
    expect(text).toContain(`“${F.trade1.text}”`);
    expect(text).toContain(`“${F.trade2.text}”`);
    expect(text).toContain(`“${F.maritime.text}”`);
  });
});

describe('cover and contents only where the brief is long enough to need them', () => {
  const input = briefInput();
  const brief = withPromptsWritten(draftBrief(input, DEFAULTS));

  it('a short brief is its title block and sections, one or two pages, no contents page', async () => {
    const short = await exportTo('short.pdf', brief, input);
    const always = await exportTo('short-always.pdf', brief, input, { frontMatter: 'always' });
    expect(short.pages).toBeLessThanOrEqual(2);
    expect(always.pages).toBeGreaterThanOrEqual(short.pages + 2);
    const first = pdfText(short.outPath, 1);
    for (const part of [DEFAULTS.title, DEFAULTS.preparedFor, DEFAULTS.preparedBy, DEFAULTS.date, brief.sections[0]!.title]) expect(first).toContain(part);
    expect(pdfText(short.outPath)).not.toMatch(/^\s*Contents\s*$/m);
    // A label and its value are joined by a no-break space: never split over two lines.
    expect(first).toMatch(new RegExp(`Date:[ \u00a0]${DEFAULTS.date}`));
    // Still bookmarked, section by section.
    expect(qpdfJson(short.outPath).outlines.map((o) => o.title)).toEqual(brief.sections.map((s) => s.title));
  }, 60_000);

  it('a long brief gets them unless the analyst says never', async () => {
    const paragraph = (i: number): Brief['sections'][number]['blocks'][number] => ({
      type: 'paragraph',
      content: [{ type: 'text', text: `Paragraph ${i}: ${'The delegation reviewed the progress of every joint working group in turn. '.repeat(8)}` }],
    });
    const long: Brief = { ...brief, sections: [...brief.sections, { id: 'annex', title: 'Annex', blocks: Array.from({ length: 30 }, (_, i) => paragraph(i)) }] };
    const auto = await exportTo('long.pdf', long, input);
    const never = await exportTo('long-never.pdf', long, input, { frontMatter: 'never' });
    expect(pdfText(auto.outPath, 2)).toMatch(/^\s*Contents\s*$/m);
    expect(pdfText(never.outPath)).not.toMatch(/^\s*Contents\s*$/m);
    expect(auto.pages).toBe(never.pages + 2);
  }, 60_000);
});

describe('exportBriefPdf options', () => {
  const input = briefInput();
  const brief = withPromptsWritten(draftBrief(input, DEFAULTS));

  it('writes A4 and US Letter pages', async () => {
    const a4 = await exportTo('a4.pdf', brief, input, { paper: 'A4' });
    const letter = await exportTo('letter.pdf', brief, input, { paper: 'Letter' });
    expect(pageSize(a4.outPath)).toContain('595.28 x 841.89');
    expect(pageSize(letter.outPath)).toContain('612 x 792');
  }, 60_000);

  it('writes byte-identical files in deterministic mode', async () => {
    const one = await exportTo('same-1.pdf', brief, input, { deterministic: true });
    const two = await exportTo('same-2.pdf', brief, input, { deterministic: true });
    expect(readFileSync(one.outPath).equals(readFileSync(two.outPath))).toBe(true);
    expect(pdfInfo(one.outPath)['CreationDate']).toContain('2025');
  }, 60_000);

  it('refuses a brief citing unverified, rejected or missing facts, lists each, and writes nothing', async () => {
    const bad = briefInput({ [F.meeting.id]: 'unverified', [F.oda.id]: 'rejected' });
    const withGhost: Brief = {
      ...brief,
      sections: [...brief.sections, { id: 'extra', title: 'Extra', blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ghost.' }, { type: 'cite', factId: 'fact_gone' }] }] }],
    };
    const folder = mkdtempSync(join(tmpdir(), 'attache-refuse-'));
    const outPath = join(folder, 'refused.pdf');
    const error = await exportBriefPdf({ brief: withGhost, input: bad, outPath, options: { paper: 'A4' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AttacheError);
    expect((error as AttacheError).code).toBe('BRIEF_INTEGRITY');
    const message = (error as AttacheError).message;
    expect(message).toContain('not verified');
    expect(message).toContain('rejected');
    expect(message).toContain('fact_gone');
    expect(message.split('\n- ').length - 1).toBe(3);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('refuses a draft whose prompts for the analyst are left, and with the override prints none of them', async () => {
    const draft = draftBrief(input, DEFAULTS);
    const error = await exportTo('prompts.pdf', draft, input).catch((e: unknown) => e);
    expect((error as AttacheError).code).toBe('BRIEF_INTEGRITY');
    expect((error as AttacheError).message).toContain('“Purpose” still holds a prompt for you (“State the purpose of the visit');
    const out = await exportTo('prompts-allowed.pdf', draft, input, { allowUnverified: true });
    const text = pdfText(out.outPath);
    expect(text).not.toContain('State the purpose');
    // The Purpose section held only its prompt: no heading with nothing under it either.
    expect(text).not.toMatch(/^\s*Purpose\s*$/m);
    expect(text).toMatch(/^\s*Key messages\s*$/m);
  }, 60_000);

  it('refuses a tampered cited quote even with unverified citations allowed, and writes nothing', async () => {
    const good = briefInput();
    const tampered = { ...good, facts: good.facts.map((f) => (f.id === F.meeting.id ? { ...f, text: f.text.replace('met', 'snubbed') } : f)) };
    const folder = mkdtempSync(join(tmpdir(), 'attache-tampered-'));
    const outPath = join(folder, 'tampered.pdf');
    const error = await exportBriefPdf({ brief, input: tampered, outPath, options: { paper: 'A4', allowUnverified: true } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AttacheError);
    expect((error as AttacheError).code).toBe('BRIEF_INTEGRITY');
    const message = (error as AttacheError).message;
    expect(message).toMatch(/^tampered\.pdf was not written/);
    expect(message).toMatch(/- Citation \d+ quotes “General Secretary Tô Lâm snubbed Prime Minister 石破茂 in Tokyo on Monday\.” \(fact fact_meeting\) as the words of Báo Nhân Dân/);
    expect(message.split('\n- ').length - 1).toBe(1);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('prints "[unverified]" next to an unverified fact when allowed', async () => {
    const bad = briefInput({ [F.meeting.id]: 'unverified' });
    const out = await exportTo('allowed.pdf', brief, bad, { allowUnverified: true });
    const text = pdfText(out.outPath);
    expect(text).toMatch(/Monday\.\d+ \[unverified\]/);
    // In the body and again in its endnote.
    expect(text.split('[unverified]').length - 1).toBe(2);
  }, 60_000);

  it('puts an overriding marking on every page', async () => {
    const out = await exportTo('marked.pdf', brief, input, { marking: 'SECRET – Hà Nội 限定' });
    for (let page = 1; page <= out.pages; page++) {
      expect(pdfText(out.outPath, page).split('SECRET – Hà Nội 限定').length - 1).toBeGreaterThanOrEqual(2);
    }
  }, 60_000);

  it('writes a PDF/A-2b flavoured file that still checks clean', async () => {
    const out = await exportTo('archive.pdf', brief, input, { pdfa: true });
    expect(qpdfCheck(out.outPath).status).toBe(0);
    const raw = readFileSync(out.outPath, 'latin1');
    expect(raw).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(raw).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(pdfInfo(out.outPath)['Tagged']).toBe('yes');
  }, 60_000);

  it('breaks a long key-figures table between rows and repeats its header', async () => {
    const rows: KeyFigureRow[] = Array.from({ length: 90 }, (_, i) => ({
      factId: i % 2 ? F.trade1.id : F.people.id,
      indicator: `Indicator number ${i + 1} with a longer name that wraps onto more lines, row ${i + 1} ends`,
      value: `US$${i + 1}.5 billion`,
      asOf: '2024',
    }));
    const long: Brief = { ...brief, sections: [{ id: 'kf', title: 'Key figures', role: 'key-figures', blocks: [{ type: 'keyFigures', rows }] }, { id: 'src', title: 'Sources', role: 'sources', blocks: [] }] };
    const out = await exportTo('table.pdf', long, input);
    let seen = 0;
    for (let page = 3; page <= out.pages; page++) {
      const text = pdfText(out.outPath, page);
      const onPage = [...text.matchAll(/US\$(\d+)\.5 billion/g)].length;
      if (onPage === 0) continue;
      expect(text, `page ${page} repeats the header`).toMatch(/Indicator\s+Value\s+As of\s+Sources/);
      seen += onPage;
    }
    expect(seen).toBe(90);
    // A row's wrapped indicator stays with the row: its first and last words on the same page.
    for (let page = 3; page <= out.pages; page++) {
      const text = pdfText(out.outPath, page);
      const starts = [...text.matchAll(/Indicator number (\d+)/g)].map((m) => m[1]);
      const ends = [...text.matchAll(/row (\d+) ends/g)].map((m) => m[1]);
      expect(ends, `page ${page}`).toEqual(starts);
    }
    expect(qpdfCheck(out.outPath).status).toBe(0);
  }, 60_000);

  it('names the folder when it does not exist', async () => {
    const outPath = join(dir, 'no-such-folder', 'x.pdf');
    await expect(exportBriefPdf({ brief, input, outPath, options: { paper: 'A4' } })).rejects.toMatchObject({ code: 'EXPORT_FAILED' });
    expect(existsSync(outPath)).toBe(false);
  });
});
