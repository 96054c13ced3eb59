#!/usr/bin/env node
// The `attache` command. Runs the command line built ahead of time into out/cli by
// scripts/build-cli.mjs (`npm install` builds it); when src/ changed since that build it is
// rebuilt first, with a line on stderr saying so. No TypeScript is compiled when it runs.
import { ensureCliBuilt } from '../scripts/build-cli.mjs';

// `attache extract … --json | head`: the reader closing the pipe is not an error of ours.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

let entry;
try {
  entry = await ensureCliBuilt((line) => process.stderr.write(`${line}\n`));
} catch (error) {
  process.stderr.write(`attache: ${error.message}\n`);
  process.exit(1);
}
const { main } = await import(entry);
process.exitCode = await main(process.argv.slice(2));
