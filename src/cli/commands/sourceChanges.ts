// Commands that change a project's sources after their import: remove one, or read some (or all)
// again. Each is one store change (one save): the source goes with its facts and the regrouping,
// or a source's new facts land with the new groups; a source that fails to read again keeps the
// facts it had. What does the work is imported when the command runs (see command.ts).
import { AttacheError } from '../../core/errors';
import { flag, requirePositionals, UsageError, type Command } from '../command';
import { plural } from '../../core/plural';
import { printable } from '../terminalText';

export const removeCommand: Command = {
  name: 'remove',
  summary: 'Take sources out of a project with their facts (the decisions on them are kept).',
  usage: 'attache remove <project.attache> <source-id>...',
  async run(args, io) {
    requirePositionals(args, 2, 'the project file and the id of the source to remove (`attache sources` lists them)');
    const [project, ...ids] = args.positionals;
    const { withProject } = await import('../cliSession');
    const removed = await withProject(project!, async (session) => {
      const sources = session.project.sources;
      const unknown = ids.filter((id) => !sources.some((s) => s.id === id));
      if (unknown.length) {
        throw new AttacheError('NOT_FOUND', `The project has no source ${unknown.map(printable).join(', ')}; \`attache sources\` lists them.`);
      }
      const lines: string[] = [];
      for (const id of new Set(ids)) {
        const name = sources.find((s) => s.id === id)!.fileName;
        const facts = session.project.facts.filter((f) => f.sourceId === id).length;
        await session.removeSource(id);
        lines.push(`removed    ${id}  ${printable(name)} (${plural(facts, 'fact')})`);
      }
      return lines;
    });
    for (const line of removed) io.out(line);
    // Decisions are keyed by fact id, so importing the same file again brings them back.
    io.out(`${plural(removed.length, 'source')} removed; the decisions on their facts are kept for a later import of the same file`);
  },
};

export const reextractCommand: Command = {
  name: 'reextract',
  summary: 'Read sources again (named ones, or --all) and regroup: after an update of Attaché, or a failed import.',
  usage: 'attache reextract <project.attache> (<source-id>... | --all) [--json]',
  options: { all: { type: 'boolean' }, json: { type: 'boolean' } },
  async run(args, io) {
    requirePositionals(args, 1, 'the project file');
    const [project, ...ids] = args.positionals;
    const all = flag(args, 'all');
    if (all && ids.length) throw new UsageError('name sources or give --all, not both');
    if (!all && !ids.length) throw new UsageError('name the sources to read again (`attache sources` lists them), or give --all');
    const { withProject } = await import('../cliSession');
    const outcome = await withProject(project!, (session) => session.reextractSources(all ? undefined : ids));
    if (flag(args, 'json')) io.out(JSON.stringify(outcome, null, 2));
    else {
      for (const f of outcome.failed) {
        io.out(`failed     ${f.sourceId}  ${printable(f.fileName)}: ${f.error.code}: ${printable(f.error.message)} (its facts are as they were)`);
      }
      for (const n of outcome.notes ?? []) io.out(`note       ${n.sourceId}  ${printable(n.fileName)}: ${printable(n.notes.join('; '))}`);
      io.out(`${plural(outcome.sources, 'source')} read again, now with ${plural(outcome.facts, 'fact')}; ${outcome.failed.length} failed`);
    }
    return outcome.failed.length > 0 ? 1 : 0;
  },
};
