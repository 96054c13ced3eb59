// The packaging configuration flips Electron's fuses. No Electron binary is built here, so the test
// reads electron-builder.yml as electron-builder does (YAML) and checks each fuse against the
// option names electron-builder itself accepts (its scheme.json), so a misspelt fuse fails too.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);
// js-yaml is what electron-builder reads its configuration with (a dependency of app-builder-lib).
const yaml = require('js-yaml') as { load(text: string): unknown };

const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
const scheme = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as {
  definitions: Record<string, { properties: Record<string, unknown> }>;
};

describe('electron-builder.yml', () => {
  const fuses = config['electronFuses'] as Record<string, unknown>;

  it('turns off running as Node, NODE_OPTIONS and --inspect', () => {
    expect(fuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
    });
  });

  it('loads the app only from an asar archive whose integrity is checked, cookies encrypted', () => {
    expect(config['asar']).toBe(true);
    expect(fuses).toMatchObject({
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      // The renderer is served from app://, so file:// needs none of its old privileges.
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('names only fuses electron-builder knows', () => {
    const known = Object.keys(scheme.definitions['FuseOptionsV1']?.properties ?? {});
    expect(known.length).toBeGreaterThan(5);
    for (const name of Object.keys(fuses)) expect(known).toContain(name);
    for (const value of Object.values(fuses)) expect(typeof value).toBe('boolean');
  });

  it('publishes nowhere (no auto-update: Attaché is offline)', () => {
    expect(config['publish']).toBeNull();
  });
});
