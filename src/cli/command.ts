// What a CLI command is, and the two ways it can fail: bad usage (exit 2) or an AttacheError the
// person can act on (exit 1, one line starting with the error's code). A command module holds its
// name, usage and options; its `run` imports what does the work (the session, the store, the
// pipeline) with `import()`, so `attache --help` and bad usage load the command table only
// (eslint.config.mjs forbids static imports of them; tests/unit/cli/builtCli.test.ts checks it).
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options?: ParseArgsConfig['options'];
  run(args: ParsedArgs, io: CliIO): Promise<number | void>;
}

export interface ParsedArgs {
  positionals: string[];
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
}

export class UsageError extends Error {}

export function parseCommandArgs(command: Command, argv: string[]): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { help: { type: 'boolean', short: 'h' }, ...(command.options ?? {}) },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function flag(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}

export function requirePositionals(args: ParsedArgs, min: number, what: string): void {
  if (args.positionals.length < min) throw new UsageError(`missing ${what}`);
}
