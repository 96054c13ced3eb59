// Types of scripts/build-cli.mjs, for the tests and benchmarks that import it.
export declare const ROOT: string;
export declare const CLI_OUT: string;

export interface CliBuildState {
  current: boolean;
  /** Why not, naming the file ("src/cli/main.ts changed since the command line was built"). */
  reason: string;
}

export interface CliBuild {
  outdir: string;
  files: number;
  bytes: number;
  ms: number;
}

/** out/cli/build.json: each input's [mtimeMs, size], and the inputs bundled into each output. */
export interface CliManifest {
  esbuild: string;
  inputs: Record<string, [number, number]>;
  outputs: Record<string, string[]>;
}

export declare function cliBuildState(outdir?: string): CliBuildState;
export declare function buildCli(outdir?: string): Promise<CliBuild>;
export declare function ensureCliBuilt(say?: (line: string) => void, outdir?: string): Promise<string>;
