// Commands on facts: extract (the JSON contract), facts (list with filters), verify. What does the
// work is imported when the command runs (see command.ts).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { flag, requirePositionals, stringOption, UsageError, type Command } from '../command';
import { plural } from '../../core/plural';
import { describeOutcome } from './project';
import { printable } from '../terminalText';

export const extractCommand: Command = {
  name: 'extract',
  summary: 'Clean and extract facts from files without a project; prints the extraction JSON contract.',
  usage: 'attache extract <file>... [--json]',
  options: { json: { type: 'boolean' } },
  async run(args, io) {
    requirePositionals(args, 1, 'at least one file');
    const [{ cliSession }, { toExtractionJson }, { valueWords }] = await Promise.all([
      import('../cliSession'),
      import('../../node/service/extractionJson'),
      import('../../core/valueWords'),
    ]);
    // A throwaway project runs the very pipeline the app runs (reader, cleaning, worker, grouping).
    const dir = await mkdtemp(join(tmpdir(), 'attache-extract-'));
    const session = cliSession();
    try {
      await session.createAt(join(dir, 'extract.attache'), 'extract');
      const report = await session.addSources(args.positionals.map((f) => resolve(f)));
      for (const outcome of report.outcomes) {
        if (outcome.status !== 'added') io.err(describeOutcome(outcome));
      }
      const json = toExtractionJson(session.project);
      if (flag(args, 'json')) io.out(JSON.stringify(json, null, 2));
      else {
        for (const f of json.facts) io.out(`${f.kind.padEnd(9)} ${f.values[0] ? valueWords(f.values[0]) : ''}\t${printable(f.text)}`);
        io.out(`${plural(json.facts.length, 'fact')} from ${plural(json.sources.length, 'source')}, ${plural(json.groups.length, 'group')}`);
      }
      return report.failed > 0 ? 1 : 0;
    } finally {
      await session.close();
      await rm(dir, { recursive: true, force: true });
    }
  },
};

export const factsCommand: Command = {
  name: 'facts',
  summary: 'List a project’s facts with their status and groups.',
  usage:
    'attache facts <project.attache> [--status unverified|verified|rejected] [--kind money|…] [--source <id or file name>] [--conflicts] [--json]',
  options: {
    status: { type: 'string' },
    kind: { type: 'string' },
    source: { type: 'string' },
    conflicts: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run(args, io) {
    requirePositionals(args, 1, 'the project file');
    const [{ FactKind, FactStatus }, { withProject }, { valueWords }] = await Promise.all([
      import('../../core/model'),
      import('../cliSession'),
      import('../../core/valueWords'),
    ]);
    const status = parseEnum(FactStatus.options, stringOption(args, 'status'), '--status');
    const kind = parseEnum(FactKind.options, stringOption(args, 'kind'), '--kind');
    const sourceArg = stringOption(args, 'source');
    await withProject(args.positionals[0]!, async (session) => {
      const source = sourceArg
        ? session.project.sources.find((s) => s.id === sourceArg || s.fileName === sourceArg)
        : undefined;
      if (sourceArg && !source) throw new UsageError(`no source "${sourceArg}" in this project`);
      const views = session.listFacts({
        ...(status ? { status } : {}),
        ...(kind ? { kind } : {}),
        ...(source ? { sourceId: source.id } : {}),
        ...(flag(args, 'conflicts') ? { conflictsOnly: true } : {}),
      });
      if (flag(args, 'json')) {
        io.out(JSON.stringify(views, null, 2));
        return;
      }
      // One write for the whole list: a write per line is most of the time at 10,000 facts.
      const lines = views.map((v) => {
        const mark = v.inConflict ? 'CONFLICT' : v.corroborated ? 'corrob.' : '';
        // The file name and the source's words shown as text, never as terminal commands.
        return printable(`${v.fact.id}  ${v.status.padEnd(10)} ${v.fact.kind.padEnd(9)} ${(v.fact.values[0] ? valueWords(v.fact.values[0]) : '').padEnd(18)} ${mark.padEnd(8)} ${v.sourceFileName}: ${v.fact.text}`);
      });
      lines.push(plural(views.length, 'fact'));
      io.out(lines.join('\n'));
    }, io);
  },
};

export const verifyCommand: Command = {
  name: 'verify',
  summary: 'Mark facts verified (or rejected with --reject), with an optional note and credibility.',
  usage: 'attache verify <project.attache> <fact-id>... [--reject] [--note "…"] [--credibility 1-6]',
  options: { reject: { type: 'boolean' }, note: { type: 'string' }, credibility: { type: 'string' } },
  async run(args, io) {
    requirePositionals(args, 2, 'the project file and at least one fact id');
    const [project, ...factIds] = args.positionals;
    const credibilityArg = stringOption(args, 'credibility');
    const credibility = credibilityArg === undefined ? undefined : Number(credibilityArg);
    if (credibility !== undefined && !(Number.isInteger(credibility) && credibility >= 1 && credibility <= 6)) {
      throw new UsageError('--credibility takes a whole number from 1 to 6');
    }
    const status = flag(args, 'reject') ? 'rejected' : 'verified';
    const { withProject } = await import('../cliSession');
    await withProject(project!, async (session) => {
      session.decide(factIds, status, { credibility, note: stringOption(args, 'note') });
    }, io);
    io.out(`${plural(factIds.length, 'fact')} ${status}`);
  },
};

function parseEnum<T extends string>(allowed: readonly T[], value: string | undefined, name: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${name} takes one of ${allowed.join(', ')}`);
  }
  return value as T;
}

