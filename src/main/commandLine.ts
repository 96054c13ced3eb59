// Project files named on the command line: `attache report.attache`, a double-click in a file
// manager (Linux, Windows), or a second launch forwarding its argv to the running instance.
import { isAbsolute, resolve } from 'node:path';

/**
 * The `.attache` paths in argv, resolved against the launching process's working folder.
 * Switches (`--foo`) and Chromium's own arguments are ignored.
 */
export function projectPathsIn(argv: readonly string[], workingDirectory: string): string[] {
  const paths: string[] = [];
  for (const arg of argv) {
    if (arg.startsWith('-')) continue;
    if (!/\.attache$/i.test(arg)) continue;
    const full = isAbsolute(arg) ? arg : resolve(workingDirectory, arg);
    if (!paths.includes(full)) paths.push(full);
  }
  return paths;
}
