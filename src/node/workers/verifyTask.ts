// The verification worker's side of incremental verification: the index of each open project's
// facts (core/verify/verifyIndex.ts), kept between changes, so that a change crosses to the
// worker as that change alone. The service names the state it believes the worker holds
// (`base`); a worker that holds another (it was restarted, or a change never landed) answers
// `stale`, and the service sends every fact once more. The verification pool has one worker, so
// every change of a project reaches the one that holds its index.
import type { Fact, Group } from '../../core/model';
import { VerifyIndex, type VerifyChange } from '../../core/verify/verifyIndex';

export type GroupPayload =
  /** Every fact of the project after the change: the index is built anew from them. */
  | { project: string; revision: number; facts: Fact[] }
  /** The change alone, made to the index at `base`. */
  | { project: string; revision: number; base: number; change: VerifyChange }
  /** The project was closed: its index is let go. */
  | { project: string; release: true };

export type GroupResult = { groups: Group[] } | { stale: true };

/** Open projects whose index is kept; past this many, the one changed longest ago is let go. */
const KEPT = 2;
const held = new Map<string, { revision: number; index: VerifyIndex }>();

export function groupTask(payload: GroupPayload): GroupResult {
  if ('release' in payload) {
    held.delete(payload.project);
    return { stale: true };
  }
  let entry = held.get(payload.project);
  if ('facts' in payload) entry = { revision: payload.revision, index: VerifyIndex.of(payload.facts) };
  else {
    if (!entry || entry.revision !== payload.base) return { stale: true };
    try {
      entry.index.apply(payload.change);
    } catch (err) {
      // Half made: the index holds neither state; the next change sends every fact.
      held.delete(payload.project);
      throw err;
    }
    entry.revision = payload.revision;
  }
  // Most recently changed last.
  held.delete(payload.project);
  held.set(payload.project, entry);
  for (const key of held.keys()) if (held.size > KEPT) held.delete(key);
  return { groups: [...entry.index.groups] };
}
