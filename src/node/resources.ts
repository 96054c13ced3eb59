// The repository's resources/ folder (fonts, sample articles), found by walking up from this
// module — src/node/ when run from source, a bundle under out/ when built — and then from the
// working directory. A fixed '../../' path would be right for one of those layouts only.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AttacheError } from '../core/errors';

function walkUp(start: string, folder: string, holds: string): string | null {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, 'resources', folder);
    if (existsSync(join(candidate, holds))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function moduleFolder(): string | null {
  try {
    return dirname(fileURLToPath(import.meta.url));
  } catch {
    // NOTE: a CommonJS bundle has no import.meta.url; the working directory still applies.
    return null;
  }
}

/** resources/<folder> (holding the file `holds`, if named), or null when neither walk finds it. */
export function findResourceFolder(folder: string, holds = ''): string | null {
  const here = moduleFolder();
  return (here && walkUp(here, folder, holds)) || walkUp(process.cwd(), folder, holds);
}

/** The sample articles the demo imports (resources/samples). */
export function samplesFolder(): string {
  const found = findResourceFolder('samples');
  if (found) return found;
  throw new AttacheError(
    'NOT_FOUND',
    'The sample articles (resources/samples) were not found; run the demo from an Attaché checkout.',
  );
}
