// Commands on the brief: draft, export, and demo (the headless main job). What does the work is
// imported when the command runs (see command.ts).
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Brief } from '../../core/model';
import { flag, requirePositionals, stringOption, UsageError, type CliIO, type Command, type ParsedArgs } from '../command';
import { plural } from '../../core/plural';

const exportOptions = {
  out: { type: 'string' },
  docx: { type: 'string' },
  paper: { type: 'string' },
  marking: { type: 'string' },
  pdfa: { type: 'boolean' },
  'allow-unverified': { type: 'boolean' },
  deterministic: { type: 'boolean' },
  'front-matter': { type: 'string' },
} as const;

function frontMatterOf(args: ParsedArgs): 'auto' | 'always' | 'never' {
  const front = stringOption(args, 'front-matter') ?? 'auto';
  if (front !== 'auto' && front !== 'always' && front !== 'never') throw new UsageError('--front-matter takes auto, always or never');
  return front;
}

function paperOf(args: ParsedArgs): 'A4' | 'Letter' {
  const paper = stringOption(args, 'paper') ?? 'A4';
  if (paper !== 'A4' && paper !== 'Letter') throw new UsageError('--paper takes A4 or Letter');
  return paper;
}

export const draftCommand: Command = {
  name: 'draft',
  summary: 'Draft a visit brief from the verified facts (replaces the project’s brief).',
  usage: 'attache draft <project.attache> [--json]',
  options: { json: { type: 'boolean' } },
  async run(args, io) {
    requirePositionals(args, 1, 'the project file');
    const { withProject } = await import('../cliSession');
    const brief = await withProject(args.positionals[0]!, async (session) => session.draftBrief(), io);
    if (flag(args, 'json')) io.out(JSON.stringify(brief, null, 2));
    else {
      io.out(`drafted "${brief.title}"`);
      for (const section of brief.sections) io.out(`  ${section.title}: ${plural(section.blocks.length, 'block')}`);
    }
  },
};

export const exportCommand: Command = {
  name: 'export',
  summary: 'Export the project’s brief as a PDF or a Word document (refuses citations of facts no longer verified).',
  usage:
    'attache export <project.attache> --out brief.pdf|brief.docx [--docx brief.docx] [--paper A4|Letter] [--marking OFFICIAL] [--pdfa] [--allow-unverified] [--deterministic] [--front-matter auto|always|never]',
  options: exportOptions,
  async run(args, io) {
    requirePositionals(args, 1, 'the project file');
    const out = stringOption(args, 'out');
    const docxOut = stringOption(args, 'docx');
    if (!out && !docxOut) throw new UsageError('missing --out <file.pdf|file.docx> (or --docx <file.docx>)');
    // The output's extension picks the format: --out brief.docx writes Word, anything else a PDF.
    const pdfPath = out && !/\.docx$/i.test(out) ? resolve(out) : null;
    const docxPath = docxOut ? resolve(docxOut) : out && /\.docx$/i.test(out) ? resolve(out) : null;
    const paper = paperOf(args);
    const frontMatter = frontMatterOf(args);
    const marking = stringOption(args, 'marking');
    const { withProject } = await import('../cliSession');
    // The marking given here is this export's: the project's brief keeps its own.
    const options = {
      ...(marking ? { marking } : {}),
      paper,
      pdfa: flag(args, 'pdfa'),
      allowUnverified: flag(args, 'allow-unverified'),
      deterministic: flag(args, 'deterministic'),
      frontMatter,
    };
    await withProject(
      args.positionals[0]!,
      async (session) => {
        if (pdfPath) {
          const result = await session.exportBrief(pdfPath, options);
          io.out(`wrote ${result.path} (${plural(result.pages, 'page')}, ${plural(result.citations, 'citation')})`);
        }
        if (docxPath) {
          const result = await session.exportBriefDocx(docxPath, options);
          io.out(`wrote ${result.path} (Word document, ${plural(result.citations, 'citation')})`);
        }
      },
      io,
    );
  },
};

export const demoCommand: Command = {
  name: 'demo',
  summary: 'Build a project from the sample articles, verify the corroborated facts, draft and export a brief.',
  usage: 'attache demo [--out DIR] [--paper A4|Letter] [--deterministic]',
  options: { out: { type: 'string' }, paper: { type: 'string' }, deterministic: { type: 'boolean' } },
  async run(args, io) {
    const outDir = resolve(stringOption(args, 'out') ?? 'out/demo');
    await runDemo(outDir, paperOf(args), flag(args, 'deterministic'), io);
  },
};

async function runDemo(outDir: string, paper: 'A4' | 'Letter', deterministic: boolean, io: CliIO): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const projectPath = join(outDir, 'demo.attache');
  // The demo owns its project: start afresh each run.
  for (const suffix of ['', '.bak']) await rm(projectPath + suffix, { force: true });
  const [{ cliSession }, { samplesFolder }, { promptsIn }] = await Promise.all([
    import('../cliSession'),
    import('../../node/resources'),
    import('../../core/brief/walk'),
  ]);
  const samples = samplesFolder();
  const files = (await readdir(samples)).filter((f) => /\.(txt|md|html?|pdf|docx)$/i.test(f)).sort();
  // Keep the sample names unchanged: the gold and the scorer match by file name.
  const session = cliSession();
  await session.createAt(projectPath, 'Demo: Japan–Vietnam visit brief');
  try {
    const report = await session.addSources(files.map((f) => join(samples, f)));
    io.out(`imported ${report.added} sample articles from ${samples}`);
    const project = session.project;
    const groupsOf = (relation: string) => project.groups.filter((g) => g.relation === relation).length;
    io.out(`extracted ${plural(project.facts.length, 'fact')}; ${plural(groupsOf('corroborated'), 'corroborated group')}, ${plural(groupsOf('conflict'), 'conflict')}`);
    const index = session.factIndex();
    const corroborated = new Set(
      project.groups.filter((g) => g.relation === 'corroborated').flatMap((g) => g.factIds),
    );
    const toVerify = [...corroborated].filter((id) => !index.inConflict(id));
    // Each at the credibility Attaché suggests for it (1 with three or more sources, 2 with two).
    const byCredibility = new Map<number, number>();
    for (const factId of toVerify) {
      const credibility = index.support(factId).suggestedCredibility;
      session.decide([factId], 'verified', { credibility, note: 'Verified by the demo: reported by two or more sources.' });
      byCredibility.set(credibility, (byCredibility.get(credibility) ?? 0) + 1);
    }
    const grades = [...byCredibility].sort(([a], [b]) => a - b).map(([c, n]) => `${n} at ${c}`).join(', ');
    io.out(
      `the demo marked ${toVerify.length} corroborated facts verified at their suggested credibility (${grades || 'none'}; an analyst would check each one; nothing else is verified)`,
    );
    session.setBrief({ ...session.draftBrief(), preparedBy: 'Attaché demo (automatic draft, not checked by an analyst)', preparedFor: 'Anyone trying Attaché' });
    const brief = session.requireBrief();
    io.out(`drafted "${brief.title}" with ${plural(brief.sections.length, 'section')}`);
    io.out(`  ${briefSummary(brief)}`);
    const pdfPath = join(outDir, 'brief.pdf');
    // The draft's prompts for the analyst (the purpose of the visit) are left for an analyst to
    // write: the demo exports past them with the explicit override, and they are not printed.
    const prompts = promptsIn(brief).length;
    if (prompts) io.out(`  ${plural(prompts, 'prompt')} for the analyst left unwritten (not printed)`);
    const result = await session.exportBrief(pdfPath, { paper, deterministic, allowUnverified: prompts > 0 });
    io.out(`wrote ${pdfPath} (${plural(result.pages, 'page')}, ${plural(result.citations, 'citation')})`);
    io.out(`project kept at ${projectPath}`);
  } finally {
    await session.close();
  }
}


/** What the draft holds, section by section, as a reader of the PDF will count it. */
function briefSummary(brief: Brief): string {
  const parts = brief.sections.flatMap((section) => {
    const points = section.blocks.reduce(
      (n, b) => n + (b.type === 'bullets' ? b.items.length : b.type === 'keyFigures' || b.type === 'timeline' ? b.rows.length : 0),
      0,
    );
    const unit = section.role === 'key-figures' ? 'row' : 'point';
    if (points > 0) return [`${section.title}: ${points} ${unit}${points === 1 ? '' : 's'}`];
    return section.blocks.length > 0 && section.role !== 'purpose' ? [`${section.title}: a note for the analyst`] : [];
  });
  return parts.join('; ');
}
