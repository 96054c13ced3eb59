// Brings a project file written by an older Attaché up to SCHEMA_VERSION, step by step, before
// the schema checks it. Each step takes the plain JSON of one version and returns the next.
//
// Version 0 (the first prototype, written with lowdb's stock JSONFile adapter, so indented):
//   - no `schemaVersion` field (a file may also say `"schemaVersion": 0`);
//   - no `settings`, and `brief` could be missing;
//   - each source had `meta` (what Attaché guessed: title, outlet, author, publishedAt, language)
//     and none of `guessed`, `edited`, `restoredLines`, `pages`, `reliability`: the analyst could
//     neither correct metadata nor restore a dropped line nor grade a source;
//   - `decisions` was an array of decisions, each naming its `factId`; a later entry for the same
//     fact replaced an earlier one.
// Version 1: no `whoDecisions` (Who's who could not be corrected by hand).
// Version 2: the schema in src/core/model.ts.
import { SCHEMA_VERSION } from '../../core/model';

export type MigrationOutcome =
  | { kind: 'ok'; data: unknown; fromVersion: number }
  | { kind: 'tooNew'; version: number }
  | { kind: 'invalid'; reason: string };

type Json = Record<string, unknown>;

const steps: Record<number, (project: Json) => Json> = {
  0: fromV0,
  1: fromV1,
};

export function migrateProject(raw: unknown): MigrationOutcome {
  if (!isObject(raw)) return { kind: 'invalid', reason: 'it does not hold a project object' };
  const declared = raw.schemaVersion;
  const fromVersion = declared === undefined ? 0 : declared;
  if (typeof fromVersion !== 'number' || !Number.isInteger(fromVersion) || fromVersion < 0) {
    return { kind: 'invalid', reason: `its schemaVersion ${JSON.stringify(declared)} is not a version number` };
  }
  if (fromVersion > SCHEMA_VERSION) return { kind: 'tooNew', version: fromVersion };
  let data: Json = raw;
  for (let version = fromVersion; version < SCHEMA_VERSION; version++) {
    const step = steps[version];
    if (!step) return { kind: 'invalid', reason: `no migration from schema version ${version}` };
    try {
      data = step(data);
    } catch (err) {
      // A step meets shapes it cannot read only when the file is damaged.
      return { kind: 'invalid', reason: `it cannot be upgraded from schema version ${version} (${(err as Error).message})` };
    }
  }
  return { kind: 'ok', data, fromVersion };
}

function fromV0(project: Json): Json {
  const sources = Array.isArray(project.sources) ? project.sources.map(sourceFromV0) : project.sources;
  const decisions = Array.isArray(project.decisions)
    ? Object.fromEntries(
        project.decisions.map((d: unknown) => {
          if (!isObject(d) || typeof d.factId !== 'string') throw new Error('a decision names no fact');
          return [d.factId, d];
        }),
      )
    : project.decisions;
  return {
    ...project,
    schemaVersion: 1,
    settings: project.settings ?? { maxFileBytes: 100 * 1024 * 1024 },
    sources,
    decisions,
    brief: project.brief ?? null,
  };
}

function fromV1(project: Json): Json {
  return { ...project, schemaVersion: 2, whoDecisions: project.whoDecisions ?? [] };
}

function sourceFromV0(source: unknown): unknown {
  if (!isObject(source)) return source;
  const { meta, ...rest } = source;
  return {
    ...rest,
    guessed: rest.guessed ?? meta,
    edited: rest.edited ?? {},
    restoredLines: rest.restoredLines ?? [],
    pages: rest.pages ?? [],
    reliability: rest.reliability ?? 'F',
  };
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
