// Commands on the project file: new, add, info, sources. What does the work is imported when the
// command runs (see command.ts); info and sources load the store and the summaries, not the session.
import { basename, resolve } from 'node:path';
import type { ImportOutcome, SourceSummary } from '../../shared/api';
import { flag, requirePositionals, stringOption, type CliIO, type Command } from '../command';
import { plural } from '../../core/plural';
import { printable } from '../terminalText';

/** A project read without its lock, and the summaries of it: what info and sources need. */
const projectReader = () =>
  Promise.all([import('../../node/store/projectFile'), import('../../node/service/summaries'), import('../../core/projectIntegrity')]).then(
    ([store, summaries, integrity]) => ({
      ...store,
      ...summaries,
      ...integrity,
    }),
  );

export const newCommand: Command = {
  name: 'new',
  summary: 'Create an empty project file.',
  usage: 'attache new <project.attache> [--name "Visit of …"]',
  options: { name: { type: 'string' } },
  async run(args, io) {
    requirePositionals(args, 1, 'the project file to create');
    const { cliSession } = await import('../cliSession');
    const session = cliSession();
    const info = await session.createAt(resolve(args.positionals[0]!), stringOption(args, 'name'));
    await session.close();
    io.out(`created ${info.path}`);
  },
};

export const addCommand: Command = {
  name: 'add',
  summary: 'Import source documents (txt, md, html, pdf, docx) into a project; reports each file.',
  usage: 'attache add <project.attache> <file>... [--json] [--no-ocr]',
  // --no-ocr: a PDF's scanned or undecodable pages are named, not read by OCR (faster; for a check).
  options: { json: { type: 'boolean' }, 'no-ocr': { type: 'boolean' } },
  async run(args, io) {
    requirePositionals(args, 2, 'the project file and at least one source file');
    const [project, ...files] = args.positionals;
    const { withProject } = await import('../cliSession');
    const ocr = !flag(args, 'no-ocr');
    const report = await withProject(project!, (session) => session.addSources(files.map((f) => resolve(f)), { ocr }), io);
    if (flag(args, 'json')) io.out(JSON.stringify(report, null, 2));
    else {
      for (const outcome of report.outcomes) io.out(describeOutcome(outcome));
      io.out(
        `${report.added} added, ${report.duplicates} already in the project, ${report.failed} failed${report.cancelled ? ' (cancelled)' : ''}`,
      );
    }
    return report.failed > 0 ? 1 : 0;
  },
};

/**
 * One file's result line. The name and every message are made printable: a file name holding a
 * newline or an escape sequence would otherwise forge lines of this report (or recolour it).
 */
export function describeOutcome(outcome: ImportOutcome): string {
  const name = basename(outcome.file);
  switch (outcome.status) {
    case 'added':
      return printable(`added      ${name}${outcome.notes.length ? ` (${outcome.notes.join('; ')})` : ''}`);
    case 'duplicate':
      return printable(`duplicate  ${name}: the same bytes are already in the project as ${outcome.existingFileName}`);
    case 'failed':
      return printable(`failed     ${name}: ${outcome.error.code}: ${outcome.error.message}`);
    case 'cancelled':
      return printable(`cancelled  ${name}`);
  }
}

export const infoCommand: Command = {
  name: 'info',
  summary: 'Show what a project holds (reads it without taking the lock).',
  usage: 'attache info <project.attache> [--json]',
  options: { json: { type: 'boolean' } },
  async run(args, io) {
    requirePositionals(args, 1, 'the project file');
    const path = resolve(args.positionals[0]!);
    const { readProjectFile, summariseProject, checkProjectIntegrity } = await projectReader();
    const project = await readProjectFile(path);
    const summary = summariseProject(project);
    // Read without the lock, so only told: opening the project for a change makes the repairs.
    const problems = checkProjectIntegrity(project).findings;
    if (flag(args, 'json')) {
      io.out(JSON.stringify({ path, ...summary, problems }, null, 2));
      return;
    }
    io.out(
      [
        `${summary.name} (${path})`,
        `  sources  ${summary.sourceCount}`,
        `  facts    ${summary.factCount} (${summary.verifiedCount} verified, ${summary.rejectedCount} rejected)`,
        `  groups   ${summary.corroboratedGroups} corroborated, ${plural(summary.conflictGroups, 'conflict')}`,
        `  updated  ${summary.updatedAt}`,
      ].join('\n'),
    );
    if (problems.length === 0) return;
    const repairable = problems.filter((p) => p.repaired).length;
    io.out(
      `  problems ${problems.length} that a file Attaché wrote never has (damaged or edited by hand); ` +
        (repairable
          ? `opening it (in Attaché, or with any command but info and sources) repairs ${repairable} of them as said below, keeping the file as it was beside it as ${basename(path)}.damaged-<time>`
          : 'none of them can be repaired, and everything is kept as it is'),
    );
    for (const p of problems) io.out(`    - ${p.repaired ? 'to repair' : 'kept as it is'}: ${printable(p.message)}`);
  },
};

export const sourcesCommand: Command = {
  name: 'sources',
  summary: 'List a project’s sources with their metadata.',
  usage: 'attache sources <project.attache> [--json]',
  options: { json: { type: 'boolean' } },
  async run(args, io) {
    requirePositionals(args, 1, 'the project file');
    const { readProjectFile, summariseSources } = await projectReader();
    const sources = summariseSources(await readProjectFile(resolve(args.positionals[0]!)));
    if (flag(args, 'json')) {
      io.out(JSON.stringify(sources, null, 2));
      return;
    }
    printSources(sources, io);
  },
};

function printSources(sources: SourceSummary[], io: CliIO): void {
  if (sources.length === 0) io.out('(no sources)');
  for (const s of sources) {
    const m = s.meta;
    io.out(
      printable(
        `${s.id}  ${s.fileName}  [${s.format}, ${s.reliability}]  ${m.title ?? '(untitled)'}` +
          `${m.outlet ? ` — ${m.outlet}` : ''}${m.author ? `, ${m.author}` : ''}${m.publishedAt ? `, ${m.publishedAt}` : ''}` +
          `  · ${plural(s.factCount, 'fact')}, ${plural(s.removedCount, 'line')} dropped`,
      ),
    );
  }
}
