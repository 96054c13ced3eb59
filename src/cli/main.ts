// `attache`: the same core as the app, headless. Exit codes: 0 done, 1 a user error (one line that
// starts with the error's code), 2 bad usage.
import { AttacheError } from '../core/errors';
import { parseCommandArgs, UsageError, type CliIO, type Command } from './command';
import { commands } from './commands';
import { printable } from './terminalText';

const defaultIO: CliIO = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

export function helpText(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'attache — verified facts and cited briefings from source documents, offline.',
    '',
    'Usage: attache <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `attache <command> --help` for a command’s options.',
  ].join('\n');
}

export async function main(argv: string[], io: CliIO = defaultIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(helpText());
    return name ? 0 : 2;
  }
  const command: Command | undefined = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`attache: unknown command "${name}"\n\n${helpText()}`);
    return 2;
  }
  try {
    const args = parseCommandArgs(command, rest);
    if (args.values.help) {
      io.out(`Usage: ${command.usage}\n\n${command.summary}`);
      return 0;
    }
    return (await command.run(args, io)) ?? 0;
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`attache ${command.name}: ${err.message}\nUsage: ${command.usage}`);
      return 2;
    }
    if (err instanceof AttacheError) {
      // The message may quote a path or a file's words: printed as text, never as terminal commands.
      io.err(`${err.code}: ${printable(err.message)}`);
      return 1;
    }
    io.err(internalError(err, process.env['ATTACHE_DEBUG'] === '1'));
    return 1;
  }
}

/**
 * An error Attaché has no words for, said in a person's words: what it was, that the project is
 * left as its last save had it, and how to see more. The stack only when asked for (ATTACHE_DEBUG=1):
 * a trace is for the developer the analyst reports it to, not for the analyst.
 */
export function internalError(err: unknown, debug: boolean): string {
  const message = printable((err instanceof Error ? err.message : String(err)).split('\n')[0]!.slice(0, 500));
  const head = `INTERNAL: Attaché met an error it has no words for (${message}). Projects are left as their last save had them; run again with ATTACHE_DEBUG=1 to see where it happened, and report it.`;
  return debug && err instanceof Error && err.stack ? `${head}\n${err.stack}` : head;
}
