// Import throughput: 1,000 generated text articles (~5 MB) in a temp folder, imported in one
// batch through importFiles (worker, reading, cleaning). Run: node --import tsx bench/import.ts
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { importFiles } from '../src/node/ingest/importFiles';
import { shutdownWorkers } from '../src/node/workers/runTask';

const FILES = 1000;
const TARGET_BYTES = 5 * 1024 * 1024;

const subjects = ['The delegation', 'The ministry', 'Trade between the two countries', 'The agreement', 'The central bank', 'Officials'];
const verbs = ['rose by', 'fell by', 'reached', 'was expected to exceed', 'stood at'];
const furniture = ['Share:', 'Log in', 'Related news', 'Most Viewed', 'Follow us on Facebook', 'Advertisement'];

function article(i: number, size: number): string {
  const lines = [`Article ${i}: talks on trade and energy continue in the capital`, ''];
  let n = 0;
  while (lines.join('\n').length < size) {
    const s = subjects[(i + n) % subjects.length];
    const v = verbs[(i * 7 + n) % verbs.length];
    lines.push(`${s} ${v} ${((i * 13 + n * 7) % 90) + 1}.${n % 10}% in ${2000 + ((i + n) % 25)}, according to figures released on Monday by the statistics office in the city.`);
    if (n % 4 === 3) lines.push('');
    n++;
  }
  lines.push(...furniture.slice(0, 1 + (i % furniture.length)), `Headline of another story number ${i}`);
  return lines.join('\n');
}

const dir = await mkdtemp(join(tmpdir(), 'attache-bench-'));
try {
  const paths: string[] = [];
  let bytes = 0;
  for (let i = 0; i < FILES; i++) {
    const text = article(i, TARGET_BYTES / FILES);
    const path = join(dir, `article-${String(i).padStart(4, '0')}.txt`);
    await writeFile(path, text);
    bytes += Buffer.byteLength(text);
    paths.push(path);
  }
  // The window stays responsive when the main thread's event loop never stalls: measure its delay
  // while the workers read and clean.
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  const started = performance.now();
  const { sources, outcomes } = await importFiles(paths, { maxFileBytes: 100 * 1024 * 1024, existing: new Map() });
  const seconds = (performance.now() - started) / 1000;
  lag.disable();
  const failed = outcomes.filter((o) => o.status === 'failed');
  const removed = sources.reduce((n, s) => n + s.removed.length, 0);
  console.log(`files: ${sources.length} added, ${failed.length} failed of ${FILES}`);
  console.log(`bytes: ${(bytes / 1048576).toFixed(2)} MB`);
  console.log(`time: ${seconds.toFixed(2)} s`);
  console.log(`throughput: ${(FILES / seconds).toFixed(0)} files/s, ${(bytes / 1048576 / seconds).toFixed(2)} MB/s`);
  console.log(`furniture lines set aside: ${removed}`);
  console.log(`main-thread event-loop delay: p99 ${(lag.percentile(99) / 1e6).toFixed(1)} ms, max ${(lag.max / 1e6).toFixed(1)} ms`);
  if (failed.length > 0) console.log('first failure:', JSON.stringify(failed[0]));
} finally {
  await shutdownWorkers();
  await rm(dir, { recursive: true, force: true });
}
