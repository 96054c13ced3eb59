// Child process for the crash test: opens the project (taking over the lock its killed
// predecessor left), then saves new generations as fast as it can until it is killed. It reports
// "saved n" only after flush() resolved, so the parent knows n was on disk.
import { openProjectFile } from '../../../../src/node/store';
import { check, fill } from './crashContent';

const handle = await openProjectFile(process.argv[2]!, { owner: `crash writer (pid ${process.pid})`, debounceMs: 0 });
const state = check(handle.data);
if (!state.ok) throw new Error(`opened an inconsistent project: ${state.why}`);
let n = state.n;
process.stdout.write(`started ${n}\n`);
for (;;) {
  n += 1;
  const generation = n;
  handle.update((p) => fill(p, generation));
  await handle.flush();
  process.stdout.write(`saved ${n}\n`);
}
