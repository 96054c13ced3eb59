// Opens a project for one CLI command and always closes it (flushing to disk, releasing the lock),
// whatever the command does.
import { resolve } from 'node:path';
import { AttacheSession, noDialogs, type RecentList } from '../node/service';
import type { CliIO } from './command';
import { printable } from './terminalText';

/** The CLI does not touch the app's recent list: it names its paths itself. */
const noRecent: RecentList = {
  list: async () => [],
  add: async () => {},
  has: async () => false,
};

export function cliSession(): AttacheSession {
  return new AttacheSession({
    dialogs: noDialogs,
    recent: noRecent,
    emit: () => {},
    owner: `the attache command line (pid ${process.pid})`,
    debounceMs: 0,
    // One command, one change: the index grouping keeps for the next change has no next change.
    keepVerificationIndex: false,
  });
}

/** `io` hears what opening found and did (sources read again, integrity repairs), one line each. */
export async function withProject<T>(path: string, work: (session: AttacheSession) => Promise<T>, io?: Pick<CliIO, 'err'>): Promise<T> {
  const session = cliSession();
  const info = await session.openAt(resolve(path));
  for (const notice of info.notices) io?.err(printable(notice));
  try {
    return await work(session);
  } finally {
    await session.close();
  }
}
