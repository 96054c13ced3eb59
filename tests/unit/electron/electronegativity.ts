// Runs Electronegativity (Doyensec's checker of Electron misconfigurations) on a folder, offline.
// Its own runner fetches translations from S3 on every run and its AvailableSecurityFixes check
// fetches Electron's release list from GitHub; tests never touch the network, so this drives the
// same pieces the runner does (loader, parser, atomic and global checks) with the English texts
// the package ships, and leaves that one check out (Electron's version is pinned in package.json
// and updated on purpose, not by a test).
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));
const fromPackage = createRequire(join(packageDir, 'package.json'));

/** The checks that would reach the network, never run here. */
export const NETWORK_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

export interface Finding {
  id: string;
  severity: 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH';
  confidence: 'TENTATIVE' | 'FIRM' | 'CERTAIN';
  /** Relative to the scanned folder, with forward slashes. */
  file: string;
  line: number;
  manualReview: boolean;
  description: string;
}

export interface Scan {
  checks: number;
  files: number;
  findings: Finding[];
  /** Files the parser could not read (a finding may hide in them). */
  errors: Array<{ file: string; message: string }>;
}

interface RawIssue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: Finding['severity'] };
  confidence: { name: Finding['confidence'] };
  manualReview: boolean;
  description: string;
  visibility?: { inlineDisabled?: boolean; globalCheckDisabled?: boolean };
}

interface Checker {
  _enabled_checks: unknown[];
}

let i18nReady = false;

function useShippedEnglish(): void {
  if (i18nReady) return;
  const i18n = fromPackage('i18n') as {
    configure(options: Record<string, unknown>): void;
    setLocale(locale: string): void;
  };
  // The same configuration as the package's locales/i18n.js, without its download.
  i18n.configure({
    locales: ['en-US'],
    defaultLocale: 'en-US',
    directory: join(packageDir, 'dist/locales'),
    updateFiles: false,
    objectNotation: true,
    retryInDefaultLocale: true,
    register: globalThis,
  });
  i18n.setLocale('en-US');
  i18nReady = true;
}

export async function scanWithElectronegativity(folder: string, electronVersion: string): Promise<Scan> {
  useShippedEnglish();
  const { LoaderDirectory } = fromPackage('./dist/loader') as {
    LoaderDirectory: new () => {
      load(input: string): Promise<void>;
      list_files: Iterable<string>;
      load_buffer(file: string): Buffer;
    };
  };
  const { Parser } = fromPackage('./dist/parser') as {
    Parser: new (
      babelFirst: boolean,
      typescriptBabelFirst: boolean,
    ) => {
      parse(
        file: string,
        buffer: Buffer,
      ): [unknown, unknown, unknown, Array<{ message: string }> | undefined];
    };
  };
  const { Finder, GlobalChecks } = fromPackage('./dist/finder') as {
    Finder: new (
      custom: string[],
      exclude: string[],
      upgrade?: string,
    ) => Checker & {
      find(
        file: string,
        data: unknown,
        type: unknown,
        content: unknown,
        x: null,
        version: string,
      ): Promise<RawIssue[]>;
    };
    GlobalChecks: new (
      custom: string[],
      exclude: string[],
      upgrade?: string,
    ) => Checker & {
      getResults(issues: RawIssue[], output?: string): Promise<RawIssue[]>;
    };
  };

  const exclude = NETWORK_CHECKS.map((name) => name.toLowerCase());
  const loader = new LoaderDirectory();
  await loader.load(folder);
  const parser = new Parser(false, true);
  const globals = new GlobalChecks([], exclude);
  // As the runner does: the exclusion list of the atomic checks holds no global check.
  const finder = new Finder([], []);
  const files = [...loader.list_files];
  let issues: RawIssue[] = [];
  const errors: Scan['errors'] = [];
  for (const file of files) {
    try {
      const [type, data, content, warnings] = parser.parse(file, loader.load_buffer(file));
      if (data === null) continue;
      for (const warning of warnings ?? [])
        errors.push({ file: relative(folder, file), message: warning.message });
      issues.push(...(await finder.find(file, data, type, content, null, electronVersion)));
    } catch (err) {
      errors.push({ file: relative(folder, file), message: (err as Error).message });
    }
  }
  issues = await globals.getResults(issues);
  const findings = issues
    .filter((i) => !i.visibility || (!i.visibility.inlineDisabled && !i.visibility.globalCheckDisabled))
    .map((i) => ({
      id: i.id,
      severity: i.severity.name,
      confidence: i.confidence.name,
      file: relative(folder, i.file).split('\\').join('/'),
      line: i.location.line,
      manualReview: i.manualReview,
      description: i.description,
    }));
  return {
    checks: globals._enabled_checks.length + finder._enabled_checks.length,
    files: files.length,
    findings,
    errors,
  };
}
