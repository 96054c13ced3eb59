// Where the bundled fonts are: ATTACHE_RESOURCES, then Electron's resources folder in a packaged
// app, then the repository found by walking up from this file and from the working directory.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AttacheError } from '../../core/errors';

export const FONT_FILES = {
  serif: 'NotoSerif_400Regular.ttf',
  serifBold: 'NotoSerif_700Bold.ttf',
  serifItalic: 'NotoSerif_400Regular_Italic.ttf',
  jp: 'NotoSansJP_400Regular.ttf',
  jpBold: 'NotoSansJP_700Bold.ttf',
} as const;

function hasFonts(folder: string): boolean {
  return existsSync(join(folder, FONT_FILES.serif));
}

function walkUp(start: string): string | null {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, 'resources', 'fonts');
    if (hasFonts(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function moduleFolder(): string | null {
  try {
    return dirname(fileURLToPath(import.meta.url));
  } catch {
    // NOTE: a CommonJS bundle has no import.meta.url; the other places still apply.
    return null;
  }
}

export function fontsFolder(): string {
  const candidates: string[] = [];
  const env = process.env['ATTACHE_RESOURCES'];
  if (env) candidates.push(join(env, 'fonts'), env);
  const packaged = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  if (packaged) candidates.push(join(packaged, 'fonts'), join(packaged, 'resources', 'fonts'));
  for (const folder of candidates) if (hasFonts(folder)) return folder;
  const here = moduleFolder();
  const found = (here && walkUp(here)) || walkUp(process.cwd());
  if (found) return found;
  throw new AttacheError(
    'EXPORT_FAILED',
    `The PDF fonts (${FONT_FILES.serif} and the others) were not found in resources/fonts; reinstall Attaché or set ATTACHE_RESOURCES to the folder that holds fonts/.`,
  );
}
