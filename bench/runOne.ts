// One bench module in a process of its own (started by bench/run.ts): runs its `figures`, prints
// each figure's line, writes them as JSON to the file named. Exits 3 when the module has no
// `figures` (a plain script, which run.ts then runs as one).
// Usage: node --import tsx bench/runOne.ts <module.ts> <level> <workDir> <cacheDir> <out.json>
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describeFigure, type Bench, type BenchOptions } from './figure';

const NO_FIGURES_EXIT = 3;

const [modulePath, level, workDir, cacheDir, outPath] = process.argv.slice(2);
if (!modulePath || !level || !workDir || !cacheDir || !outPath) {
  console.error('usage: runOne.ts <module.ts> <full|quick|smoke> <workDir> <cacheDir> <out.json>');
  process.exit(2);
}
const loaded = (await import(pathToFileURL(resolve(modulePath)).href)) as { figures?: Bench };
if (typeof loaded.figures !== 'function') process.exit(NO_FIGURES_EXIT);
const options: BenchOptions = {
  level: level as BenchOptions['level'],
  workDir,
  cacheDir,
  log: (line) => console.log(`  ${line}`),
};
const figures = await loaded.figures(options);
for (const figure of figures) console.log(describeFigure(figure));
await writeFile(outPath, JSON.stringify(figures));
// Idle worker threads and timers of the module must not keep its process waiting.
process.exit(0);
