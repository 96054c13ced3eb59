// The worker thread's entry: serves the task table, or, started with the search role, holds the
// open project's search index (src/node/search). Bundled as out/main/importWorker.js; each role
// loads only its own code.
import { workerData } from 'node:worker_threads';
import { SEARCH_ROLE } from '../search/searchProtocol';

if ((workerData as { role?: string } | null)?.role === SEARCH_ROLE) {
  const { serveSearch } = await import('../search/searchWorker');
  serveSearch();
} else {
  const [{ serveTasks }, { tasks }] = await Promise.all([import('./taskProtocol'), import('./tasks')]);
  serveTasks(tasks);
}
