import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { briefLayout, draftBrief, type BriefInput, type LaidEndnote } from '../../../../src/core/brief';
import { AttacheError } from '../../../../src/core/errors';
import type { Brief } from '../../../../src/core/model';
import { exportBriefDocx } from '../../../../src/node/docx';
import { exportBriefPdf } from '../../../../src/node/pdf';
import { briefInput, DEFAULTS, F, withPromptsWritten } from '../../core/brief/briefFixture';
import { pdfInfo, pdfText } from '../pdf/pdfTools';
import { convertToPdf, docxParts, libreOffice, partText } from './docxTools';

const dir = mkdtempSync(join(tmpdir(), 'attache-docx-'));

async function exportTo(name: string, brief: Brief, input: BriefInput, options: Partial<Parameters<typeof exportBriefDocx>[0]['options']> = {}) {
  const outPath = join(dir, name);
  const result = await exportBriefDocx({ brief, input, outPath, options: { paper: 'A4', ...options } });
  return { outPath, ...result, parts: await docxParts(outPath) };
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

/** A note's lines as the PDF prints them (src/node/pdf/briefWriter noteLines), one per source. */
function noteLines(note: LaidEndnote): string[] {
  return note.entries.map(
    (e, i) =>
      `${i === 0 && note.unverified ? '[unverified] ' : ''}${e.source} ${e.quote ? `“${e.quote}”` : e.quotedIn !== null ? `The same sentence as note ${e.quotedIn}.` : ''}`.trim(),
  );
}

// The analyst's own words, bold and italic, so the runs' formatting is seen to carry over.
function withEmphasis(brief: Brief): Brief {
  const [first, ...rest] = brief.sections;
  return {
    ...brief,
    sections: [
      {
        ...first!,
        blocks: [
          ...first!.blocks,
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Ministers should ' },
              { type: 'text', text: 'welcome', bold: true },
              { type: 'text', text: ' the partnership, ' },
              { type: 'text', text: 'not its figures', italic: true },
              { type: 'text', text: '.' },
            ],
          },
        ],
      },
      ...rest,
    ],
  };
}

describe('exportBriefDocx on a drafted visit brief', () => {
  const input = briefInput();
  const brief = withEmphasis(withPromptsWritten(draftBrief(input, DEFAULTS)));
  const layout = briefLayout(brief, input);
  const notes = layout.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'endnotes' ? b.notes : [])));
  let out: Awaited<ReturnType<typeof exportTo>>;
  let document = '';
  let endnotes = '';

  beforeAll(async () => {
    out = await exportTo('brief.docx', brief, input);
    document = out.parts.get('word/document.xml') ?? '';
    endnotes = out.parts.get('word/endnotes.xml') ?? '';
  }, 60_000);

  it('holds the cover facts and every printed section as a Word heading, in order', () => {
    const text = partText(document);
    for (const part of [DEFAULTS.title, DEFAULTS.preparedFor, DEFAULTS.preparedBy, DEFAULTS.date, DEFAULTS.marking]) expect(text).toContain(part);
    expect(document).toContain('<w:pStyle w:val="Title"/>');
    const headings = [...document.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>).)*?<\/w:p>/g)].map((m) => partText(m[0]).trim());
    expect(headings).toEqual(layout.sections.map((s) => s.title));
    expect(headings.length).toBeGreaterThan(4);
  });

  it('keeps the analyst’s bold and italic words', () => {
    expect(document).toMatch(/<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">welcome<\/w:t><\/w:r>/);
    expect(document).toMatch(/<w:r><w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">not its figures<\/w:t><\/w:r>/);
    expect(partText(document)).toContain('Ministers should welcome the partnership, not its figures.');
  });

  it('writes the key figures as a table with a repeating header row and rows that do not split', () => {
    const table = /<w:tbl>.*?<\/w:tbl>/.exec(document)?.[0] ?? '';
    const rows = table.split('</w:tr>').slice(0, -1);
    const keyFigures = brief.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'keyFigures' ? b.rows : [])));
    expect(rows).toHaveLength(keyFigures.length + 1);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(partText(rows[0]!).replace(/\n/g, '|')).toBe('Indicator|Value|As of|Sources|');
    for (const [i, row] of keyFigures.entries()) {
      const cells = partText(rows[i + 1]!);
      expect(cells).toContain(row.indicator);
      expect(cells).toContain(row.value);
      expect(rows[i + 1]).toContain('<w:cantSplit/>');
    }
  });

  it('makes each citation a real Word endnote, numbered in the order the layout numbered them', () => {
    const ids = [...document.matchAll(/<w:endnoteReference w:id="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(ids).toEqual(Array.from({ length: layout.citations }, (_, i) => i + 1));
    const noteIds = [...endnotes.matchAll(/<w:endnote w:id="(\d+)">/g)].map((m) => Number(m[1]));
    expect(noteIds).toEqual(ids);
    // Decimal, as in the PDF: Word's own default for endnotes is i, ii, iii.
    expect(document).toMatch(/<w:endnotePr><w:pos w:val="docEnd"\/><w:numFmt w:val="decimal"\/><\/w:endnotePr>/);
    // A citation used twice is its note's number again, raised, and no second note.
    const reused = layout.sections.flatMap((s) => s.blocks).some((b) => b.kind === 'keyFigures' && b.rows.some((r) => r.cite.anchor === null));
    expect(reused).toBe(true);
    expect(document).toMatch(/<w:vertAlign w:val="superscript"\/>(?:<w:sz w:val="\d+"\/><w:szCs w:val="\d+"\/>)?<\/w:rPr><w:t xml:space="preserve">\d+<\/w:t>/);
  });

  it('quotes each source’s words with its grade in the endnotes, as the PDF prints them', async () => {
    const pdf = await exportBriefPdf({ brief, input, outPath: join(dir, 'same.pdf'), options: { paper: 'A4' } });
    expect(pdf.citations).toBe(out.citations);
    const pdfWords = flat(pdfText(join(dir, 'same.pdf')));
    const byId = new Map([...endnotes.matchAll(/<w:endnote w:id="(\d+)">(.*?)<\/w:endnote>/g)].map((m) => [Number(m[1]), m[2]!]));
    for (const note of notes) {
      const lines = partText(byId.get(note.number) ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
      expect(lines, `note ${note.number}`).toEqual(noteLines(note));
      for (const line of lines) expect(pdfWords, `note ${note.number} in the PDF`).toContain(flat(line));
    }
    const text = partText(endnotes);
    expect(text).toContain('Báo Nhân Dân, “Tô Lâm visits Japan”, 10 March 2025, graded B1.');
    expect(text).toContain(`“${F.trade2.text}”`);
    expect(text).toContain(`“${F.maritime.text}”`);
  }, 60_000);

  it('puts the marking in the header and the footer, with page X of Y', () => {
    const headers = [...out.parts].filter(([name]) => /^word\/header\d+\.xml$/.test(name));
    const footers = [...out.parts].filter(([name]) => /^word\/footer\d+\.xml$/.test(name));
    expect(headers.length).toBeGreaterThan(0);
    expect(footers.length).toBeGreaterThan(0);
    for (const [, xml] of [...headers, ...footers]) expect(partText(xml)).toContain(DEFAULTS.marking);
    const footer = footers[0]![1];
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
  });

  it('sets the document properties', () => {
    const core = out.parts.get('docProps/core.xml') ?? '';
    expect(core).toContain(`<dc:title>${DEFAULTS.title}</dc:title>`);
    expect(core).toContain(`<dc:creator>${DEFAULTS.preparedBy}</dc:creator>`);
    expect(core).toMatch(new RegExp(`<cp:keywords>${DEFAULTS.marking}, `));
    expect(core).toContain('<dc:subject>');
  });
});

describe('exportBriefDocx refuses what the PDF refuses', () => {
  const input = briefInput();
  const brief = withPromptsWritten(draftBrief(input, DEFAULTS));

  it('refuses a brief citing unverified, rejected or missing facts with the PDF’s message, and writes nothing', async () => {
    const bad = briefInput({ [F.meeting.id]: 'unverified', [F.oda.id]: 'rejected' });
    const withGhost: Brief = {
      ...brief,
      sections: [...brief.sections, { id: 'extra', title: 'Extra', blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ghost.' }, { type: 'cite', factId: 'fact_gone' }] }] }],
    };
    const folder = mkdtempSync(join(tmpdir(), 'attache-docx-refuse-'));
    const docx = await exportBriefDocx({ brief: withGhost, input: bad, outPath: join(folder, 'refused.docx'), options: { paper: 'A4' } }).catch((e: unknown) => e);
    const pdf = await exportBriefPdf({ brief: withGhost, input: bad, outPath: join(folder, 'refused.docx'), options: { paper: 'A4' } }).catch((e: unknown) => e);
    expect(docx).toBeInstanceOf(AttacheError);
    expect((docx as AttacheError).code).toBe('BRIEF_INTEGRITY');
    expect((docx as AttacheError).message).toBe((pdf as AttacheError).message);
    expect((docx as AttacheError).message.split('\n- ').length - 1).toBe(3);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('refuses a draft with prompts for the analyst, and with the override prints none of them', async () => {
    const draft = draftBrief(input, DEFAULTS);
    const error = await exportTo('prompts.docx', draft, input).catch((e: unknown) => e);
    expect((error as AttacheError).code).toBe('BRIEF_INTEGRITY');
    expect((error as AttacheError).message).toContain('“Purpose” still holds a prompt for you (“State the purpose of the visit');
    const out = await exportTo('prompts-allowed.docx', draft, input, { allowUnverified: true });
    const all = [...out.parts.values()].map(partText).join('\n');
    expect(all).not.toContain('State the purpose');
    expect(all).toContain('Key messages');
    // The Purpose section held only its prompt: no heading with nothing under it either.
    expect(all).not.toMatch(/^Purpose$/m);
  }, 60_000);

  it('prints "[unverified]" in the body and the endnote when allowed', async () => {
    const out = await exportTo('allowed.docx', brief, briefInput({ [F.meeting.id]: 'unverified' }), { allowUnverified: true });
    const body = partText(out.parts.get('word/document.xml') ?? '');
    const notes = partText(out.parts.get('word/endnotes.xml') ?? '');
    expect(body).toMatch(/Monday\.\d* \[unverified\]/);
    expect(body.split('[unverified]').length - 1).toBe(1);
    expect(notes.split('[unverified]').length - 1).toBe(1);
  });

  it('puts an overriding marking in the header and footer, and leaves the brief as it was', async () => {
    const marking = 'SECRET – Hà Nội 限定';
    const before = JSON.stringify(brief);
    const out = await exportTo('marked.docx', brief, input, { marking });
    for (const [name, xml] of out.parts) if (/^word\/(header|footer)\d+\.xml$/.test(name)) expect(partText(xml)).toContain(marking);
    expect(JSON.stringify(brief)).toBe(before);
  });

  it('writes A4 and US Letter pages', async () => {
    const a4 = await exportTo('a4.docx', brief, input, { paper: 'A4' });
    const letter = await exportTo('letter.docx', brief, input, { paper: 'Letter' });
    expect(a4.parts.get('word/document.xml')).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(letter.parts.get('word/document.xml')).toContain('<w:pgSz w:w="12240" w:h="15840"');
  });

  it('gives the cover a page of its own only where the layout gives the PDF front matter', async () => {
    const short = await exportTo('short.docx', brief, input);
    const always = await exportTo('always.docx', brief, input, { frontMatter: 'always' });
    expect(short.parts.get('word/document.xml')).not.toContain('<w:pageBreakBefore/>');
    const doc = always.parts.get('word/document.xml') ?? '';
    expect(doc.split('<w:pageBreakBefore/>').length - 1).toBe(1);
    // The break stands before the first section's heading, after the cover's facts.
    const at = doc.indexOf('<w:pageBreakBefore/>');
    expect(partText(doc.slice(0, at))).toContain(DEFAULTS.preparedBy);
    expect(partText(doc.slice(at)).trim().startsWith(briefLayout(brief, input).sections[0]!.title)).toBe(true);
  });

  it('names the folder when it does not exist', async () => {
    const outPath = join(dir, 'no-such-folder', 'x.docx');
    const error = await exportBriefDocx({ brief, input, outPath, options: { paper: 'A4' } }).catch((e: unknown) => e);
    expect((error as AttacheError).code).toBe('EXPORT_FAILED');
    expect((error as AttacheError).message).toContain('save the DOCX');
    expect(existsSync(outPath)).toBe(false);
  });
});

const office = libreOffice();

describe.skipIf(!office)(`the DOCX in LibreOffice (${office ?? 'libreoffice is not installed: apt-get install libreoffice-writer-nogui'})`, () => {
  const input = briefInput();
  const brief = withPromptsWritten(draftBrief(input, DEFAULTS));
  const layout = briefLayout(brief, input);
  let pdf = '';

  beforeAll(async () => {
    const out = await exportTo('office.docx', brief, input);
    pdf = convertToPdf(office!, out.outPath);
  }, 200_000);

  it('opens and converts to a PDF with the headings, the quotes and the title', () => {
    const text = flat(pdfText(pdf));
    for (const section of layout.sections) expect(text).toContain(section.title);
    expect(text).toContain(`“${F.trade1.text}”`);
    expect(text).toContain('石破茂');
    expect(text).toContain('Báo Nhân Dân, “Tô Lâm visits Japan”, 10 March 2025, graded B1.');
    expect(text).not.toContain('State the purpose');
    expect(pdfInfo(pdf)['Title']).toBe(DEFAULTS.title);
  });

  it('prints the marking in the header and footer and page X of Y on each page of the brief’s text', () => {
    const pages = Number(pdfInfo(pdf)['Pages']);
    expect(pages).toBeGreaterThanOrEqual(2);
    // LibreOffice sets Word's endnotes on a page style of its own, without the document's header
    // and footer; Word prints them after the text, under the same header and footer.
    let framed = 0;
    for (let page = 1; page <= pages; page++) {
      const text = pdfText(pdf, page);
      if (!text.includes(`Page ${page} of ${pages}`)) continue;
      framed++;
      expect(text.split(DEFAULTS.marking).length - 1, `page ${page}`).toBeGreaterThanOrEqual(2);
    }
    expect(framed).toBeGreaterThanOrEqual(pages - 1);
  });
});
