// `attache why`: whether two facts stand together, by which rule and on what evidence, or which
// test kept them apart. It reads the project without taking its lock, so it works while the app
// has the project open, and never writes.
import { basename, resolve } from 'node:path';
import { AttacheError } from '../../core/errors';
import { flag, requirePositionals, UsageError, type Command } from '../command';
import { printable } from '../terminalText';

export const whyCommand: Command = {
  name: 'why',
  summary: 'Say why two facts are grouped (the rule and its evidence) or what kept them apart.',
  usage: 'attache why <project.attache> <fact-id> <fact-id> [--json]',
  options: { json: { type: 'boolean' } },
  async run(args, io) {
    requirePositionals(args, 3, 'the project file and two fact ids');
    if (args.positionals.length > 3) throw new UsageError('give exactly two fact ids');
    const [path, aId, bId] = args.positionals as [string, string, string];
    if (aId === bId) throw new UsageError('give two different fact ids');
    const file = resolve(path);
    const [{ readProjectFile }, { explainPair }] = await Promise.all([import('../../node/store/projectFile'), import('../../core/verify/explain')]);
    const project = await readProjectFile(file);
    const known = new Set(project.facts.map((f) => f.id));
    for (const id of [aId, bId]) {
      if (!known.has(id)) {
        throw new AttacheError('NOT_FOUND', `${printable(basename(file))} has no fact "${printable(id)}" (attache facts lists the ids).`, { file });
      }
    }
    const explanation = explainPair(project.facts, project.groups, aId, bId);
    if (flag(args, 'json')) io.out(JSON.stringify(explanation, null, 2));
    else for (const line of explanation.lines) io.out(printable(line));
  },
};
