#!/usr/bin/env node
// The `attache` command. Runs the TypeScript sources through tsx so the CLI, the app and the
// tests share one build of the core with no compile step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
