// Before the unit tests: the CLI tests run the command line as people do, built into out/cli;
// build it once here when src/ changed, so no test finds it stale while another rebuilds it.
import { ensureCliBuilt } from '../../scripts/build-cli.mjs';

export default async function setup(): Promise<void> {
  await ensureCliBuilt((line) => console.log(line));
}
