// One history of the analyst's decisions for the whole session of a project, kept above the tabs
// so that a tab switch (which unmounts the view that made the decision) does not lose it. Each
// step knows how to take itself back and how to make itself again; the views record steps, the
// project screen runs Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y over them. Pure: no React, no window.
/** What a step's undo or redo reports: null when done, else the reason it could not be. */
export type StepOutcome = string | null;

export interface HistoryStep {
  /** Past tense, as the status line says it: "Verified 3 facts". */
  label: string;
  undo(): Promise<StepOutcome>;
  redo(): Promise<StepOutcome>;
}

/** The status line after an undo or redo. */
export interface HistoryReport {
  ok: boolean;
  message: string;
}

/** Enough for a long session; the oldest steps fall off first. */
export const MAX_STEPS = 500;

function lowerFirst(text: string): string {
  return text.length === 0 ? text : text[0]!.toLowerCase() + text.slice(1);
}

export class DecisionHistory {
  private done: HistoryStep[] = [];
  private undone: HistoryStep[] = [];
  /** One undo or redo at a time: a second Ctrl+Z while the first runs waits its turn. */
  private running: Promise<unknown> = Promise.resolve();
  private listeners = new Set<() => void>();
  /** Run before each undo or redo: a view saves what is still pending, so no step jumps over it. */
  private preparers = new Set<() => Promise<void>>();
  /** What the last undo or redo did, for the status line. */
  lastReport: HistoryReport | null = null;

  constructor(private readonly limit = MAX_STEPS) {}

  /** A new decision: it can be undone, and what was undone before can no longer be redone. */
  record(step: HistoryStep): void {
    this.done.push(step);
    if (this.done.length > this.limit) this.done.splice(0, this.done.length - this.limit);
    this.undone = [];
    // What the last undo or redo did is no longer the news: the status line says the new decision.
    this.lastReport = null;
    this.notify();
  }

  /** Whether `step` is the one Ctrl+Z would take back now (a view may still extend it). */
  isNewest(step: HistoryStep): boolean {
    return this.done.at(-1) === step;
  }

  /** `prepare` runs (and is awaited) before every undo and redo until the returned function is called. */
  beforeEachStep(prepare: () => Promise<void>): () => void {
    this.preparers.add(prepare);
    return () => this.preparers.delete(prepare);
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** The label of the step Ctrl+Z would take back. */
  get nextUndo(): string | null {
    return this.done.at(-1)?.label ?? null;
  }

  get nextRedo(): string | null {
    return this.undone.at(-1)?.label ?? null;
  }

  undo(): Promise<HistoryReport> {
    return this.serial(async () => {
      await this.prepare();
      const step = this.done.pop();
      if (!step) return this.report({ ok: false, message: 'Nothing to undo.' });
      const failed = await this.attempt(() => step.undo());
      if (failed !== null) {
        // The step stays where it was: the analyst may try again once the cause is gone.
        this.done.push(step);
        return this.report({ ok: false, message: `Could not undo ${lowerFirst(step.label)}: ${failed}` });
      }
      this.undone.push(step);
      return this.report({ ok: true, message: `Undid: ${lowerFirst(step.label)}` });
    });
  }

  redo(): Promise<HistoryReport> {
    return this.serial(async () => {
      await this.prepare();
      const step = this.undone.pop();
      if (!step) return this.report({ ok: false, message: 'Nothing to redo.' });
      const failed = await this.attempt(() => step.redo());
      if (failed !== null) {
        this.undone.push(step);
        return this.report({ ok: false, message: `Could not redo ${lowerFirst(step.label)}: ${failed}` });
      }
      this.done.push(step);
      return this.report({ ok: true, message: `Redid: ${lowerFirst(step.label)}` });
    });
  }

  /** Called whenever the steps change (the undo button's label follows). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  private report(report: HistoryReport): HistoryReport {
    this.lastReport = report;
    this.notify();
    return report;
  }

  private async prepare(): Promise<void> {
    for (const prepare of [...this.preparers]) await this.attempt(async () => (await prepare(), null));
  }

  private async attempt(run: () => Promise<StepOutcome>): Promise<StepOutcome> {
    try {
      return await run();
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }

  private serial<T>(run: () => Promise<T>): Promise<T> {
    const next = this.running.then(run, run);
    this.running = next.catch(() => undefined);
    return next;
  }
}
