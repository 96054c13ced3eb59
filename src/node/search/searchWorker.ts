// The search worker: one project's index, off the main thread. Messages are handled in order, so a
// change sent while the project is still being read applies after it, and a search waits for both.
import { parentPort, type MessagePort } from 'node:worker_threads';
import { toErrorShape } from '../../core/errors';
import { indexProject, searchFact, SearchIndex } from '../../core/search';
import { readProjectFile } from '../store/projectFile';
import type { FromSearchWorker, IndexStats, SearchRequest, ToSearchWorker } from './searchProtocol';
import { runInBackground } from '../workers/threadPriority';

export function serveSearch(port: MessagePort | null = parentPort): void {
  if (!port) throw new Error('serveSearch must run inside a worker thread');
  runInBackground();
  const index = new SearchIndex();
  let builds = 0;
  let queue = Promise.resolve();
  const send = (m: FromSearchWorker) => port.postMessage(m);

  const handle = async (msg: ToSearchWorker): Promise<void> => {
    switch (msg.type) {
      case 'load':
        try {
          const project = await readProjectFile(msg.path);
          // Only what search keeps: the rest of the project is left to be collected.
          indexProject({ sources: project.sources.map((s) => ({ id: s.id, text: s.text })), facts: project.facts.map(searchFact) }, index);
          builds++;
        } catch (err) {
          send({ type: 'loadFailed', error: toErrorShape(err) });
        }
        return;
      case 'set':
        index.setSource(msg.source, msg.facts);
        return;
      case 'remove':
        index.removeSource(msg.sourceId);
        return;
      case 'search':
        try {
          send({ type: 'result', id: msg.id, value: search(index, msg.request) });
        } catch (err) {
          send({ type: 'error', id: msg.id, error: toErrorShape(err) });
        }
        return;
      case 'match':
        try {
          send({ type: 'result', id: msg.id, value: index.matchFacts(msg.query, msg.prefix) });
        } catch (err) {
          send({ type: 'error', id: msg.id, error: toErrorShape(err) });
        }
        return;
      case 'stats': {
        const stats: IndexStats = { builds, documentsAdded: index.counters.documentsAdded, sources: index.sourceCount, facts: index.factCount };
        send({ type: 'result', id: msg.id, value: stats });
        return;
      }
    }
  };
  port.on('message', (msg: ToSearchWorker) => {
    queue = queue.then(() => handle(msg));
  });
}

function search(index: SearchIndex, request: SearchRequest) {
  const only = request.facts ? new Set(request.facts.ids) : null;
  const keep = request.facts?.keep ?? true;
  return index.search(request.query, {
    scope: request.scope,
    limit: request.limit,
    prefix: request.prefix,
    ...(only ? { acceptFact: (id: string) => only.has(id) === keep } : {}),
  });
}
