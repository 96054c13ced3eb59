// Child process for the lock tests: opens a project, says so, then either exits without closing
// (argv[3] = 'exit') or holds it until killed (argv[3] = 'hold').
import { openProjectFile } from '../../../../src/node/store';

const [path, mode] = process.argv.slice(2);
const handle = await openProjectFile(path!, { owner: `Attaché window (pid ${process.pid})` });
handle.update((p) => (p.name = `held by ${process.pid}`));
process.stdout.write('open\n');
if (mode === 'exit') process.exit(0);
setInterval(() => undefined, 1_000);
