// Child process for the crash test: the app's service (an AttacheSession as a project window holds
// it, debounced saves, the search index built on open) makes three changes to a project, each
// followed by a flush, and prints "state <digest>" once each is on disk. The parent kills it at a
// random moment or at its Nth fsync/rename (ATTACHE_CRASH_AT).
import { AttacheSession, noDialogs } from '../../../src/node/service';
import { shutdownWorkers } from '../../../src/node/workers/runTask';
import { stateOf } from './crashState';

const session = new AttacheSession({
  dialogs: noDialogs,
  recent: { list: async () => [], add: async () => {}, has: async () => false },
  emit: () => {},
  owner: `crash service child (pid ${process.pid})`,
  debounceMs: 30,
  searchOnOpen: true,
});
await session.openAt(process.argv[2]!);
const report = async () => {
  await session.flush();
  process.stdout.write(`state ${stateOf(session.project)}\n`);
};
await report();
const facts = [...session.project.facts].sort((a, b) => a.id.localeCompare(b.id));
session.decide([facts[0]!.id, facts[1]!.id], 'rejected', { note: 'not in the release' });
await report();
// A new publication date is read again: the source and its new facts land in one change.
await session.updateSourceMeta(session.project.sources[0]!.id, { publishedAt: '2025-05-02' });
await report();
session.draftBrief();
await report();
await session.close();
await shutdownWorkers();
process.stdout.write('done\n');
