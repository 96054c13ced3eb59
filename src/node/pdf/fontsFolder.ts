// Where the bundled fonts are: ATTACHE_RESOURCES, then Electron's resources folder in a packaged
// app, then the repository's resources/fonts (src/node/resources.ts finds it).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AttacheError } from '../../core/errors';
import { findResourceFolder } from '../resources';

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

export function fontsFolder(): string {
  const candidates: string[] = [];
  const env = process.env['ATTACHE_RESOURCES'];
  if (env) candidates.push(join(env, 'fonts'), env);
  const packaged = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  if (packaged) candidates.push(join(packaged, 'fonts'), join(packaged, 'resources', 'fonts'));
  for (const folder of candidates) if (hasFonts(folder)) return folder;
  const found = findResourceFolder('fonts', FONT_FILES.serif);
  if (found) return found;
  throw new AttacheError(
    'EXPORT_FAILED',
    `The PDF fonts (${FONT_FILES.serif} and the others) were not found in resources/fonts; reinstall Attaché or set ATTACHE_RESOURCES to the folder that holds fonts/.`,
  );
}
