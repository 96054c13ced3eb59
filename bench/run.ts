// `npm run bench`: every benchmark script in this folder, one after another, each in its own
// process so one's warm-up or heap does not colour the next. Prints figures and ratios.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
// Names pick scripts (`npm run bench -- search`); flags (`--quick`) are passed on to each.
const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const scripts = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts')
  .filter((f) => only.length === 0 || only.some((name) => f.startsWith(name)))
  .sort();
let failed = 0;
for (const script of scripts) {
  console.log(`\n== ${script.replace(/\.ts$/, '')}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(here, script), ...flags], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed++;
    console.log(`(${script} failed with exit code ${run.status ?? run.signal})`);
  }
}
process.exit(failed ? 1 : 0);
