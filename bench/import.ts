// Import + extraction throughput through the real path: the corpus's articles written as .txt
// files to a temp folder, imported in one batch by importFiles (size check, reading, sha256,
// reading and cleaning in a worker), then every source's facts extracted in the workers the way
// refreshFacts does. Grouping is not part of it (bench/verify measures that). The floor reads the
// same files, splits them into sentences with Intl.Segmenter and runs one regex over each
// sentence, on the main thread. MB are 10^6 bytes of the files. Alone: npm run bench -- import
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { importFiles } from '../src/node/ingest/importFiles';
import { runTask, shutdownWorkers } from '../src/node/workers/runTask';
import { writeCorpus } from './corpus';
import { byTurns, median, timedFigure, type BenchOptions, type Figure } from './figure';

const ARTICLES = { full: 1000, quick: 200, smoke: 10 } as const;
const RUNS = { full: 3, quick: 1, smoke: 1 } as const;

/** Sources and facts of `paths`, as adding them to a project makes them. */
async function importAndExtract(
  paths: readonly string[],
): Promise<{ sources: number; facts: number; failed: number; removed: number }> {
  const { sources, outcomes } = await importFiles(paths, {
    maxFileBytes: 100 * 1024 * 1024,
    existing: new Map(),
  });
  const extracted = await Promise.all(
    sources.map((s) =>
      runTask(
        'extract',
        { sourceId: s.id, text: s.text, publishedAt: s.guessed.publishedAt, language: s.guessed.language },
        { label: s.fileName },
      ),
    ),
  );
  return {
    sources: sources.length,
    facts: extracted.reduce((n, e) => n + e.facts.length, 0),
    failed: outcomes.filter((o) => o.status === 'failed').length,
    removed: sources.reduce((n, s) => n + s.removed.length, 0),
  };
}

const NUMBER = /\d[\d,.]*/g;

/** The floor: the same files read, cut into sentences, one regex pass over each. */
async function readSegmentMatch(paths: readonly string[]): Promise<number> {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  let matches = 0;
  for (const path of paths) {
    const text = await readFile(path, 'utf8');
    for (const { segment } of segmenter.segment(text)) matches += segment.match(NUMBER)?.length ?? 0;
  }
  return matches;
}

export async function figures(options: BenchOptions): Promise<Figure[]> {
  const articles = ARTICLES[options.level];
  const { paths, bytes } = await writeCorpus(join(options.workDir, `import-${articles}`), articles);
  const megabytes = bytes / 1e6;
  let outcome = { sources: 0, facts: 0, failed: 0, removed: 0 };
  const lags: number[] = [];
  try {
    const { measured, floor } = await byTurns(
      RUNS[options.level],
      async () => {
        // The window stays responsive while the main thread's event loop never stalls.
        const lag = monitorEventLoopDelay({ resolution: 10 });
        lag.enable();
        outcome = await importAndExtract(paths);
        lag.disable();
        lags.push(lag.percentile(99) / 1e6);
      },
      () => readSegmentMatch(paths),
    );
    if (outcome.failed) throw new Error(`${outcome.failed} of ${articles} files failed to import`);
    return [
      timedFigure(
        {
          key: 'import.throughput',
          label: `import + extraction, ${articles.toLocaleString('en-US')} articles`,
          unit: 'MB/s',
          targets: [
            { on: 'value', op: '>=', limit: 2 },
            { on: 'ratio', op: '<=', limit: 5 },
          ],
          detail: {
            articles,
            MB: Number(megabytes.toFixed(2)),
            facts: outcome.facts,
            'furniture lines set aside': outcome.removed,
            'main-thread event-loop delay p99 ms': Number(median(lags).toFixed(1)),
          },
        },
        measured,
        { label: 'read + Intl.Segmenter sentences + one regex pass', timing: floor },
        (ms) => megabytes / (ms / 1000),
      ),
    ];
  } finally {
    await shutdownWorkers();
  }
}
