// Reads what `attache add` printed back into one result per file, and names everything in a run's
// output that a person should never see: a stack trace, an INTERNAL, a raw control character.
import { printable } from '../../../src/cli/terminalText';

export type LineStatus = 'added' | 'duplicate' | 'failed' | 'cancelled';

export interface ResultLine {
  status: LineStatus;
  /** The error's code, for a failed file. */
  code?: string;
  line: string;
}

// Each status is padded to 11 columns (describeOutcome), so a name may itself start with spaces.
const STATUS = /^(?:added {6}|duplicate {2}|failed {5}|cancelled {2})/;

/**
 * The result line of each file, in the order given, read from stdout: the line that starts with
 * the status and the file's name as the command line prints it (control characters escaped). A
 * file without exactly one such line gets undefined.
 */
export function resultLines(stdout: string, fileNames: readonly string[]): (ResultLine | undefined)[] {
  const lines = stdout.split('\n').filter((l) => STATUS.test(l));
  return fileNames.map((name) => {
    const shown = printable(name);
    const mine = lines.filter((l) => {
      const rest = l.replace(STATUS, '');
      return rest === shown || rest.startsWith(`${shown} (`) || rest.startsWith(`${shown}: `);
    });
    // A longer name can start with this one ("a.txt" and "a.txt (copy).txt"): the exact name is
    // followed by nothing, " (" or ": ", and names in the suite are made so as not to collide.
    if (mine.length !== 1) return undefined;
    const line = mine[0]!;
    const prefix = STATUS.exec(line)![0];
    const status = prefix.trim() as LineStatus;
    const code = status === 'failed' ? /^: ([A-Z_]+): /.exec(line.slice(prefix.length + shown.length))?.[1] : undefined;
    return { status, ...(code ? { code } : {}), line };
  });
}

/** The closing count line of `attache add`, read back. */
export function summaryLine(stdout: string): { added: number; duplicates: number; failed: number } | undefined {
  const m = /^(\d+) added, (\d+) already in the project, (\d+) failed/m.exec(stdout);
  return m ? { added: Number(m[1]), duplicates: Number(m[2]), failed: Number(m[3]) } : undefined;
}

// A V8 stack frame ("    at fn (file.js:1:2)", "    at file.js:1:2", "    at new X (<anonymous>)").
const STACK_FRAME = /^\s+at (?:.+ \()?(?:[^\s()]+:\d+:\d+|<anonymous>|native)\)?$/m;
// eslint-disable-next-line no-control-regex -- a raw escape or carriage return reaching the terminal is the point.
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** What in a run's stdout and stderr a person must never be shown, one sentence each. */
export function outputProblems(stdout: string, stderr: string): string[] {
  const problems: string[] = [];
  for (const [stream, text] of [['stdout', stdout], ['stderr', stderr]] as const) {
    if (STACK_FRAME.test(text)) problems.push(`a stack trace on ${stream}: ${JSON.stringify(text.match(STACK_FRAME)![0].trim())}`);
    if (/\bINTERNAL\b/.test(text)) problems.push(`INTERNAL on ${stream}: ${JSON.stringify(text.split('\n').find((l) => l.includes('INTERNAL'))!.slice(0, 300))}`);
    if (RAW_CONTROL.test(text)) problems.push(`a raw control character on ${stream} (U+${text.match(RAW_CONTROL)![0].codePointAt(0)!.toString(16).padStart(4, '0')})`);
  }
  return problems;
}
