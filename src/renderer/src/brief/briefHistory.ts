// The brief's edits as steps of the session's one history, so that Ctrl+Z outside a text field
// takes back a redraft, a removed section or a stretch of writing even after the Brief tab was
// left and opened again (the tab's editors, and TipTap's own typing undo, go when it unmounts).
// Typing is one step per visit of the tab: each save while the step is still the newest one
// extends it, so a paragraph written with pauses is undone as one edit, not word by word. Pure:
// no React, no window; the view hands in how to save and how to show a brief.
import type { Brief } from '../../../shared/api';
import type { DecisionHistory, HistoryStep, StepOutcome } from '../history/decisionHistory';

/** How a step reaches the back end (an error's words, or null when saved). */
export type SaveBrief = (brief: Brief) => Promise<StepOutcome>;

/** The Brief tab while it is mounted: a step shows what it put back, after saving what was typed. */
export interface BriefScreen {
  show(brief: Brief): void;
  /** Saves pending typing; run before every undo and redo, so no step jumps over words just typed. */
  flush(): Promise<void>;
}

interface BriefStep extends HistoryStep {
  before: Brief;
  after: Brief;
}

export class BriefEdits {
  /** The typing step of this visit of the tab, while nothing newer was recorded over it. */
  private typing: BriefStep | null = null;
  private screen: BriefScreen | null = null;

  constructor(
    private readonly history: DecisionHistory,
    private readonly save: SaveBrief,
  ) {}

  /** The view, while mounted; the returned function detaches it and ends the visit's typing step. */
  attach(screen: BriefScreen): () => void {
    this.screen = screen;
    this.typing = null;
    const stopFlushing = this.history.beforeEachStep(() => screen.flush());
    return () => {
      stopFlushing();
      if (this.screen === screen) this.screen = null;
      this.typing = null;
    };
  }

  /** Typed edits were saved: `before` is what the back end held until this save. */
  typed(before: Brief, after: Brief): void {
    if (this.typing && this.history.isNewest(this.typing)) {
      this.typing.after = after;
      return;
    }
    this.typing = this.step('Edited the brief', before, after);
    this.history.record(this.typing);
  }

  /** The brief was replaced or restructured at once (a redraft, a template, a removed section). */
  replaced(label: string, before: Brief, after: Brief): void {
    this.typing = null;
    this.history.record(this.step(label, before, after));
  }

  private step(label: string, before: Brief, after: Brief): BriefStep {
    const put = async (brief: Brief): Promise<StepOutcome> => {
      const failed = await this.save(brief);
      if (failed !== null) return failed;
      // What was typed after this step is gone from the screen: the next typing starts a new step.
      this.typing = null;
      this.screen?.show(brief);
      return null;
    };
    const step: BriefStep = {
      label,
      before,
      after,
      undo: () => put(step.before),
      redo: () => put(step.after),
    };
    return step;
  }
}

const perHistory = new WeakMap<DecisionHistory, BriefEdits>();

/** The one BriefEdits of a project's history: the Brief tab comes and goes, its steps stay. */
export function briefEditsOf(history: DecisionHistory, save: SaveBrief): BriefEdits {
  let edits = perHistory.get(history);
  if (!edits) {
    edits = new BriefEdits(history, save);
    perHistory.set(history, edits);
  }
  return edits;
}
