// The Brief tab: the briefing being written from verified facts. Without a brief: draft one from
// the verified facts, or start from a template. With one: the cover fields, each section's text in
// a TipTap editor (citations are atoms showing their number), key-figures tables, and beside it
// the export, the integrity check and the endnotes. Edits are saved a moment after typing stops,
// and at once when focus leaves a field.
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { Editor } from '@tiptap/react';
import type { Brief, Endnote, IntegrityProblem } from '../../../shared/api';
import { citedFactIds } from '../../../core/brief/walk';
import { keysOf } from '../shortcuts';
import { plural } from '../facts/factWords';
import { BlockEditor } from './BlockEditor';
import { BriefHeader } from './BriefHeader';
import { EndnoteList, ExportPanel, IntegrityPanel } from './BriefSide';
import { CitationContext, type CitationInfo } from './citationContext';
import { CitationPicker } from './CitationPicker';
import { KeyFiguresTable } from './KeyFiguresTable';
import { TimelineTable } from './TimelineTable';
import { briefEditsOf } from './briefHistory';
import { useDecisionHistory } from '../history/historyContext';
import { replaceFigures, replaceRun, splitRuns, type TextBlock } from './briefDoc';
import { listenForBriefReplaced } from './briefSync';
import './brief.css';

const SAVE_DELAY_MS = 700;

/** Section ids only need to be unique within the brief. */
function newSectionId(brief: Brief): string {
  const taken = new Set(brief.sections.map((x) => x.id));
  let n = brief.sections.length + 1;
  while (taken.has(`section-${n}`)) n++;
  return `section-${n}`;
}

type SaveState = { kind: 'saved' } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'failed'; message: string };

interface Replaced {
  label: string;
  brief: Brief;
}

/** A whole brief to the back end, as a history step needs it: the error's words or null. */
async function putBrief(brief: Brief): Promise<string | null> {
  const result = await window.attache.briefUpdate({ brief });
  return result.ok ? null : result.error.message;
}

/** What the history's status line says a replacement did ("Undid: redrafted the brief"). */
const REPLACED_WORDS: Record<string, string> = {
  Draft: 'Drafted the brief',
  Redraft: 'Redrafted the brief',
  'Visit template': 'Replaced the brief with the visit template',
  'Blank brief': 'Replaced the brief with a blank one',
};

export function BriefView() {
  const [brief, setBriefState] = useState<Brief | null | undefined>(undefined);
  /** Bumped when the brief is replaced as a whole: the editors are built afresh. */
  const [generation, setGeneration] = useState(0);
  const [endnotes, setEndnotes] = useState<Endnote[]>([]);
  const [problems, setProblems] = useState<IntegrityProblem[] | null>(null);
  /** How many facts are verified, for the page that offers a draft (asked only while there is no brief). */
  const [verifiedCount, setVerifiedCount] = useState(0);
  const [save, setSave] = useState<SaveState>({ kind: 'saved' });
  const [error, setError] = useState<string | null>(null);
  const [replaced, setReplaced] = useState<Replaced | null>(null);
  const [picking, setPicking] = useState(false);
  const [busy, setBusy] = useState(false);
  const briefRef = useRef<Brief | null>(null);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const activeEditor = useRef<Editor | null>(null);
  const [hasEditor, setHasEditor] = useState(false);
  const history = useDecisionHistory();
  const edits = useMemo(() => (history ? briefEditsOf(history, putBrief) : null), [history]);
  /** The brief as the back end holds it: what a history step of the next save goes back to. */
  const savedRef = useRef<Brief | null>(null);
  /** Set by a structural edit (a removed section): its save is that step, not typing. */
  const pendingLabel = useRef<string | null>(null);

  // The side panel and the citations' tooltips come from the endnotes and the check: no call here
  // lists the facts (the picker asks for the verified ones it shows when it opens).
  const refreshSide = useCallback(async () => {
    if (!briefRef.current) {
      const counts = await window.attache.factsPage({ limit: 0 });
      if (counts.ok) setVerifiedCount(counts.value.counts.verified);
      return;
    }
    const [notes, check] = await Promise.all([window.attache.briefEndnotes({}), window.attache.briefCheck({})]);
    if (notes.ok) setEndnotes(notes.value);
    if (check.ok) setProblems(check.value);
  }, []);

  /** Takes a brief from the back end as the one shown, rebuilding the editors. */
  const show = useCallback(
    (next: Brief | null) => {
      briefRef.current = next;
      savedRef.current = next;
      dirty.current = false;
      setBriefState(next);
      setGeneration((g) => g + 1);
      activeEditor.current = null;
      setHasEditor(false);
      void refreshSide();
    },
    [refreshSide],
  );

  const saveNow = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const current = briefRef.current;
    if (!dirty.current || !current) return;
    dirty.current = false;
    setSave({ kind: 'saving' });
    const result = await window.attache.briefUpdate({ brief: current });
    if (!result.ok) {
      dirty.current = true;
      setSave({ kind: 'failed', message: result.error.message });
      return;
    }
    setSave(dirty.current ? { kind: 'pending' } : { kind: 'saved' });
    const before = savedRef.current;
    savedRef.current = current;
    if (before && before !== current) {
      const label = pendingLabel.current;
      pendingLabel.current = null;
      if (label) edits?.replaced(label, before, current);
      else {
        edits?.typed(before, current);
        setReplaced(null);
      }
    }
    void refreshSide();
  }, [refreshSide, edits]);

  /** A local edit: shown at once, saved after a pause. */
  const edit = useCallback(
    (change: (b: Brief) => Brief) => {
      const current = briefRef.current;
      if (!current) return;
      const next = change(current);
      briefRef.current = next;
      setBriefState(next);
      dirty.current = true;
      setSave({ kind: 'pending' });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveNow(), SAVE_DELAY_MS);
    },
    [saveNow],
  );

  useEffect(() => {
    let live = true;
    void window.attache.briefGet({}).then((result) => {
      if (!live) return;
      if (result.ok) show(result.value);
      else setError(result.error.message);
    });
    const offSync = listenForBriefReplaced(() => {
      void window.attache.briefGet({}).then((result) => {
        if (live && result.ok) show(result.value);
      });
    });
    const off = window.attache.on('projectChanged', ({ what }) => {
      // 'brief' is this view's own save, which refreshes the side itself: the text on screen is
      // already the newest, and refreshing again would ask for the endnotes twice per autosave.
      if (what !== 'project' && what !== 'brief') void refreshSide();
    });
    const detach = edits?.attach({ show, flush: saveNow });
    return () => {
      live = false;
      off();
      offSync();
      // Leaving the tab keeps what was typed, as a step of the history like any other save.
      if (timer.current) clearTimeout(timer.current);
      const before = savedRef.current;
      const after = briefRef.current;
      if (dirty.current && after) {
        const label = pendingLabel.current;
        void putBrief(after).then((failed) => {
          if (failed !== null || !before) return;
          if (label) edits?.replaced(label, before, after);
          else edits?.typed(before, after);
        });
      }
      detach?.();
    };
  }, [show, refreshSide, edits, saveNow]);

  const replaceWith = async (label: string, call: () => ReturnType<typeof window.attache.briefDraft>) => {
    setBusy(true);
    try {
      await saveNow();
      const before = briefRef.current;
      const result = await call();
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      setError(null);
      setReplaced(before ? { label, brief: before } : null);
      if (before) edits?.replaced(REPLACED_WORDS[label] ?? label, before, result.value);
      show(result.value);
    } finally {
      setBusy(false);
    }
  };

  const undoReplace = async () => {
    if (!replaced) return;
    if (history) {
      // The replacement is the history's newest step (typing after it hides this button).
      setReplaced(null);
      await history.undo();
      return;
    }
    const result = await window.attache.briefUpdate({ brief: replaced.brief });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setReplaced(null);
    show(replaced.brief);
  };

  const citationInfo = useMemo<CitationInfo>(() => {
    const numberOf = new Map<string, number>();
    if (brief) citedFactIds(brief).forEach((id, i) => numberOf.set(id, i + 1));
    return {
      numberOf,
      problemOf: new Map((problems ?? []).map((p) => [p.factId, p.message])),
      sentenceOf: new Map(endnotes.filter((n) => n.sentence).map((n) => [n.factId, n.sentence])),
    };
  }, [brief, problems, endnotes]);

  // Which text runs get an editor: those with text when the brief was loaded, and the first run of
  // a section without tables (so an empty section can be written in).
  const shownRuns = useMemo(() => {
    const shown = new Map<string, Set<number>>();
    for (const section of briefRef.current?.sections ?? []) {
      const { runs, figures } = splitRuns(section.blocks);
      const set = new Set<number>();
      runs.forEach((run, i) => {
        if (run.length > 0 || (i === 0 && figures.length === 0)) set.add(i);
      });
      shown.set(section.id, set);
    }
    return shown;
    // NOTE: keyed on the generation alone on purpose: only a new brief decides which editors exist.
  }, [generation]);

  if (brief === undefined) return <div className="brief-view" aria-busy="true" />;

  if (brief === null) {
    return (
      <div className="brief-empty">
        <h2>No brief yet</h2>
        <p className="muted">
          A draft places each verified fact ({plural(verifiedCount, 'verified fact')} now) in the section it belongs to, with its
          citation; the key figures become a table.
        </p>
        <div className="brief-empty-actions">
          <button type="button" className="primary" disabled={busy} onClick={() => void replaceWith('Draft', () => window.attache.briefDraft({}))}>
            Draft from verified facts
          </button>
          <button type="button" disabled={busy} onClick={() => void replaceWith('Visit template', () => window.attache.briefCreate({ template: 'visit' }))}>
            Visit template
          </button>
          <button type="button" disabled={busy} onClick={() => void replaceWith('Blank brief', () => window.attache.briefCreate({ template: 'blank' }))}>
            Blank brief
          </button>
        </div>
        <BriefError error={error} />
      </div>
    );
  }

  const command = (run: (e: Editor) => void) => {
    const e = activeEditor.current;
    if (e && !e.isDestroyed) run(e);
  };
  const keepFocus = (event: MouseEvent) => event.preventDefault();

  return (
    <CitationContext value={citationInfo}>
      <div className="brief-view">
        <div
          className="brief-main"
          onBlur={(event) => {
            // Leaving a field saves at once; moving within the document waits for the pause.
            if (!event.currentTarget.contains(event.relatedTarget as Node | null)) void saveNow();
            else if (event.target instanceof HTMLInputElement) void saveNow();
          }}
        >
          <div className="brief-toolbar" role="toolbar" aria-label="Brief editing">
            <button type="button" onMouseDown={keepFocus} disabled={!hasEditor} onClick={() => command((e) => e.chain().focus().toggleBold().run())} title={`Bold (${keysOf('bold')})`}>
              <strong>B</strong>
            </button>
            <button type="button" onMouseDown={keepFocus} disabled={!hasEditor} onClick={() => command((e) => e.chain().focus().toggleItalic().run())} title={`Italic (${keysOf('italic')})`}>
              <em>I</em>
            </button>
            <button type="button" onMouseDown={keepFocus} disabled={!hasEditor} onClick={() => command((e) => e.chain().focus().toggleBulletList().run())} title="Bullet list">
              • List
            </button>
            <button type="button" onMouseDown={keepFocus} disabled={!hasEditor} onClick={() => setPicking(true)} title="Insert a citation to a verified fact at the cursor">
              Cite a fact…
            </button>
            <span className={`brief-save save-${save.kind}`} role="status">
              {save.kind === 'saved' ? 'All changes saved' : save.kind === 'failed' ? `Not saved: ${save.message}` : 'Saving…'}
            </span>
            <span className="toolbar-spacer" />
            {replaced ? (
              <button type="button" className="quiet" onClick={() => void undoReplace()}>
                Undo {replaced.label.toLowerCase()}
              </button>
            ) : null}
            <button type="button" disabled={busy} onClick={() => void replaceWith('Redraft', () => window.attache.briefDraft({}))} title="Replace this brief with a new draft from the verified facts (you can undo)">
              Redraft from verified facts
            </button>
          </div>
          <BriefError error={error} />

          <div className="brief-document" key={generation}>
            <BriefHeader brief={brief} onChange={(key, value) => edit((b) => ({ ...b, [key]: value }))} />
            {brief.sections.map((section, s) => {
              const { runs, figures } = splitRuns(section.blocks);
              const shown = shownRuns.get(section.id) ?? new Set([0]);
              return (
                <section key={section.id} className="brief-section" aria-label={section.title || `Section ${s + 1}`}>
                  <div className="section-head">
                    <input
                      className="section-title"
                      aria-label="Section title"
                      value={section.title}
                      placeholder="Section title"
                      onChange={(e) =>
                        edit((b) => ({ ...b, sections: b.sections.map((x) => (x.id === section.id ? { ...x, title: e.target.value } : x)) }))
                      }
                    />
                    <button
                      type="button"
                      className="quiet section-remove"
                      aria-label={`Remove section ${section.title || s + 1}`}
                      title="Remove this section (you can undo)"
                      onClick={() => {
                        void (async () => {
                          // What was typed before is its own step; the removal is the next one.
                          await saveNow();
                          setReplaced({ label: 'Remove section', brief: briefRef.current ?? brief });
                          pendingLabel.current = `Removed the section “${section.title || s + 1}”`;
                          edit((b) => ({ ...b, sections: b.sections.filter((x) => x.id !== section.id) }));
                          await saveNow();
                        })();
                      }}
                    >
                      ×
                    </button>
                  </div>
                  {runs.map((run, r) => (
                    <div key={r} className="section-run">
                      {shown.has(r) ? (
                        <BlockEditor
                          blocks={run}
                          label={`${section.title || 'Section'} text`}
                          onFocus={(e) => {
                            activeEditor.current = e;
                            setHasEditor(true);
                          }}
                          onChange={(blocks: TextBlock[]) =>
                            edit((b) => ({
                              ...b,
                              sections: b.sections.map((x) => (x.id === section.id ? { ...x, blocks: replaceRun(x.blocks, r, blocks) } : x)),
                            }))
                          }
                        />
                      ) : null}
                      {figures[r]?.type === 'keyFigures' ? (
                        <KeyFiguresTable
                          rows={figures[r].rows}
                          onChange={(rows) =>
                            edit((b) => ({
                              ...b,
                              sections: b.sections.map((x) =>
                                x.id === section.id ? { ...x, blocks: replaceFigures(x.blocks, r, { type: 'keyFigures', rows }) } : x,
                              ),
                            }))
                          }
                        />
                      ) : figures[r]?.type === 'timeline' ? (
                        <TimelineTable
                          rows={figures[r].rows}
                          onChange={(rows) =>
                            edit((b) => ({
                              ...b,
                              sections: b.sections.map((x) => (x.id === section.id ? { ...x, blocks: replaceFigures(x.blocks, r, { type: 'timeline', rows }) } : x)),
                            }))
                          }
                        />
                      ) : null}
                    </div>
                  ))}
                </section>
              );
            })}
            <button
              type="button"
              className="add-section"
              onClick={() =>
                edit((b) => ({
                  ...b,
                  sections: [...b.sections, { id: newSectionId(b), title: 'New section', blocks: [] }],
                }))
              }
            >
              Add section
            </button>
          </div>
        </div>

        <aside className="brief-side" aria-label="Export and checks">
          <ExportPanel problems={problems?.length ?? 0} refused={problems?.filter((p) => !p.overridable).length ?? 0} beforeExport={saveNow} />
          <IntegrityPanel problems={problems} />
          <EndnoteList endnotes={endnotes} />
        </aside>
      </div>
      {picking ? (
        <CitationPicker
          onClose={() => setPicking(false)}
          onPick={(factId) => {
            setPicking(false);
            command((e) => e.chain().focus().insertContent({ type: 'citation', attrs: { factId } }).run());
          }}
        />
      ) : null}
    </CitationContext>
  );
}

/** What went wrong with the last brief action, announced to screen readers. */
function BriefError(props: { error: string | null }) {
  return props.error ? (
    <p className="brief-error" role="alert">
      {props.error}
    </p>
  ) : null;
}
