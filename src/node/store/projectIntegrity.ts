// The integrity check of an opened project (src/core/projectIntegrity.ts), applied: what it found
// is told to the analyst as the open's notices, and its repairs are made only after the file as it
// was opened is kept beside it (`<project>.damaged-<timestamp>`), so a damaged project is never
// overwritten without a copy of it. A read-only project is only told about.
import { basename } from 'node:path';
import { plural } from '../../core/plural';
import { checkProjectIntegrity, type IntegrityFinding } from '../../core/projectIntegrity';
import { keepDamaged } from './backupRestore';
import type { ProjectHandle } from './projectFile';

/** The findings listed one notice each, at most this many (ProjectInfo holds up to 100 notices). */
const LISTED = 30;
/** ProjectInfo's limit on one notice. */
const NOTICE_CHARS = 2000;

export interface OpenIntegrity {
  notices: string[];
  /** True when repairs changed the project (facts or sources may have moved: re-index them). */
  repaired: boolean;
}

export async function repairOnOpen(handle: ProjectHandle, now: string): Promise<OpenIntegrity> {
  const { findings, repaired } = checkProjectIntegrity(handle.data);
  if (findings.length === 0) return { notices: [], repaired: false };
  const name = basename(handle.path);
  const found = `${name} holds ${plural(findings.length, 'problem')} that a file Attaché wrote never has (it was damaged or edited by hand)`;
  if (!repaired) return { notices: [clip(`${found}; Attaché cannot repair them, and keeps everything as it is:`), ...listed(findings, name)], repaired: false };
  if (handle.readOnly) {
    return { notices: [clip(`${found}; it is read-only, so nothing was repaired:`), ...listed(findings, name, false)], repaired: false };
  }
  let copy: string | null;
  try {
    copy = await keepDamaged(handle.path, now);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { notices: [clip(`${found}; a copy of it could not be kept (${why}), so nothing was repaired:`), ...listed(findings, name, false)], repaired: false };
  }
  handle.update((project) => Object.assign(project, repaired));
  const fixed = findings.filter((f) => f.repaired).length;
  const kept = copy ? `; the file as it was is kept as ${basename(copy)}` : '';
  return { notices: [clip(`${found}. Attaché repaired ${fixed} of them${kept}:`), ...listed(findings, name)], repaired: true };
}

/** One line per finding; `applied` false when the repairs were not made (read-only, no copy kept). */
export function listed(findings: readonly IntegrityFinding[], name: string, applied = true): string[] {
  const label = (f: IntegrityFinding) => (!f.repaired ? 'Not repaired' : applied ? 'Repaired' : 'To repair when it can be written');
  const lines = findings.slice(0, LISTED).map((f) => clip(`${label(f)}: ${f.message}`));
  if (findings.length > LISTED) lines.push(`… and ${findings.length - LISTED} more; \`attache info ${name}\` lists them all.`);
  return lines;
}

function clip(text: string): string {
  return text.length > NOTICE_CHARS ? `${text.slice(0, NOTICE_CHARS - 1)}…` : text;
}
