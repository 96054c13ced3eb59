// `attache search`: the project's facts (or its sources' text) that have the words, best first,
// the words marked «so». Words are folded and stemmed as in the app ("To Lam" finds "Tô Lâm").
// It reads the project without taking its lock, like `why`, so it works while the app has it open.
import { resolve } from 'node:path';
import { flag, requirePositionals, stringOption, UsageError, type Command } from '../command';
import { printable } from '../terminalText';

export const searchCommand: Command = {
  name: 'search',
  summary: 'Find the facts (or, with --sources, the passages of source text) that have the words, best first.',
  usage: 'attache search <project.attache> <words>... [--sources] [--limit N] [--json]',
  options: { sources: { type: 'boolean' }, limit: { type: 'string' }, json: { type: 'boolean' } },
  async run(args, io) {
    requirePositionals(args, 2, 'the project file and the words to search for');
    const [path, ...words] = args.positionals as [string, ...string[]];
    const query = words.join(' ');
    if (query.length > 500) throw new UsageError('the words to search for are longer than 500 characters');
    const limitArg = stringOption(args, 'limit');
    const limit = limitArg === undefined ? 20 : Number(limitArg);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UsageError('--limit takes a whole number from 1 to 1000');
    const [{ readProjectFile }, { indexProject, markedPieces }] = await Promise.all([import('../../node/store/projectFile'), import('../../core/search')]);
    const project = await readProjectFile(resolve(path));
    // Whole words: what the analyst typed on a command line is finished.
    const found = indexProject(project).search(query, { scope: flag(args, 'sources') ? 'sources' : 'facts', limit, prefix: false });
    const fileOf = new Map(project.sources.map((s) => [s.id, s.fileName]));
    if (flag(args, 'json')) {
      io.out(JSON.stringify({ query, ...found, hits: found.hits.map((h) => ({ ...h, fileName: fileOf.get(h.sourceId) ?? null })) }, null, 2));
      return;
    }
    for (const hit of found.hits) {
      const text = markedPieces(hit.snippet, hit.highlights)
        .map((p) => {
          const t = printable(p.text.replace(/\s+/g, ' '));
          return p.marked ? `«${t}»` : t;
        })
        .join('');
      const where = printable(fileOf.get(hit.sourceId) ?? hit.sourceId);
      io.out(hit.kind === 'fact' ? `${hit.factId}  ${where}: ${text}` : `${where} @${hit.start}: ${text}`);
    }
    const what = flag(args, 'sources') ? 'passages' : 'facts';
    io.out(found.words === 0 ? 'nothing to search for: only words such as "the" and "of"' : `${found.hits.length} of ${found.total} ${what} shown, ${found.complete} with every word`);
  },
};
