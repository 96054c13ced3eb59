// A project's facts kept between changes, by source, with the groups over them: what the
// verification worker holds so that a change of sources crosses to it as that change alone (the
// sources taken out, the facts of the sources added or read again), not as every fact again.
//
// The groups after a change are `groupFacts` over every fact the index then holds: equal, member
// for member and reason for reason, to a full regroup (tests/unit/core/verify/verifyIndex.test.ts
// adds and takes out sources in random orders and checks it). The figure layer matches a source
// added, taken out or read again against what it holds (figureIndex.ts); the event layer's
// candidates of unchanged sources are kept, and its pairs judged again: a word's weight is its
// rarity over the whole project, which every source moves (see "Adding one source" in
// README.md, Performance).
import type { Fact, Group } from '../model';
import type { EventCandidateMemo } from './eventGroups';
import { FigureIndex, type FigureChange } from './figureIndex';

/** One change: sources taken out, and sources whose facts are now these (new ones, or read again). */
export interface VerifyChange {
  remove?: readonly string[];
  sources?: ReadonlyArray<{ sourceId: string; facts: readonly Fact[] }>;
}

export class VerifyIndex {
  private readonly bySource = new Map<string, readonly Fact[]>();
  private flat: Fact[] | null = null;
  private current: Group[] = [];
  /** The event layer's candidates of the facts held, built once per fact (facts never change in place). */
  private readonly eventMemo: EventCandidateMemo = new WeakMap();
  private readonly figures = new FigureIndex();

  /** An index over `facts` (the facts of a project as it stands), grouped once. */
  static of(facts: readonly Fact[]): VerifyIndex {
    const index = new VerifyIndex();
    const bySource = new Map<string, Fact[]>();
    for (const f of facts) {
      const list = bySource.get(f.sourceId);
      if (list) list.push(f);
      else bySource.set(f.sourceId, [f]);
    }
    index.apply({ sources: [...bySource].map(([sourceId, list]) => ({ sourceId, facts: list })) });
    return index;
  }

  /** Applies `change` and returns the groups over every fact held after it. */
  apply(change: VerifyChange): Group[] {
    for (const id of change.remove ?? []) this.bySource.delete(id);
    for (const { sourceId, facts } of change.sources ?? []) {
      if (facts.some((f) => f.sourceId !== sourceId)) throw new Error(`VerifyIndex: a fact given for source ${sourceId} names another source`);
      // A source read again keeps its place: the facts stay in the order the project holds them.
      if (facts.length) this.bySource.set(sourceId, facts);
      else this.bySource.delete(sourceId);
    }
    this.flat = null;
    this.figures.change(change.remove ?? [], change.sources ?? []);
    this.current = this.figures.groups(this.facts(), this.eventMemo);
    return this.current;
  }

  /** Every fact held, source by source in the order the sources came. */
  facts(): readonly Fact[] {
    this.flat ??= [...this.bySource.values()].flat();
    return this.flat;
  }

  get groups(): readonly Group[] {
    return this.current;
  }

  /** What the figure layer judged on the last change (every pair, or the part the change touched). */
  get lastFigureChange(): FigureChange {
    return this.figures.last;
  }

  get factCount(): number {
    return this.facts().length;
  }
}
