#!/usr/bin/env node
// The `attache` command. Runs the TypeScript sources through tsx so the CLI, the app and the
// tests share one build of the core with no compile step.
import { register } from 'tsx/esm/api';

// `attache extract … --json | head`: the reader closing the pipe is not an error of ours.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
