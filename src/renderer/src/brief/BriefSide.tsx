// Beside the brief: export to PDF or Word, the integrity check and the endnotes as they will print.
import { use, useEffect, useRef, useState } from 'react';
import type { CallValue, Endnote, IntegrityProblem } from '../../../shared/api';
import { plural } from '../facts/factWords';
import { shortcutLabel } from '../shortcuts';
import { ExportRequestContext, type ExportKind } from './exportRequest';

type ExportFormat = ExportKind;
type ExportResult = NonNullable<CallValue<'briefExportPdf'>> | (NonNullable<CallValue<'briefExportDocx'>> & { pages?: undefined });
type ExportState =
  | { kind: 'idle' }
  | { kind: 'running'; format: ExportFormat }
  | { kind: 'done'; result: ExportResult }
  | { kind: 'printing'; result: CallValue<'briefPrint'> }
  | { kind: 'cancelled' }
  | { kind: 'failed'; code: string; message: string };

/** Open or Show in folder failed (the file moved, no application for it): said under the buttons. */
type RevealState = { kind: 'idle' } | { kind: 'failed'; message: string };

/** `refused`: the problems no override lets past (quotes that are not their sources' words). */
export function ExportPanel(props: { problems: number; refused: number; beforeExport: () => Promise<void> }) {
  // The options outlive the panel (see exportRequest.ts); the menu's requests come the same way.
  const { request, answered, choices, choose } = use(ExportRequestContext);
  const { paper, allowUnverified, frontMatter } = choices;
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const [reveal, setReveal] = useState<RevealState>({ kind: 'idle' });
  const openButton = useRef<HTMLButtonElement>(null);

  const run = async (format: ExportFormat) => {
    setState({ kind: 'running', format });
    setReveal({ kind: 'idle' });
    await props.beforeExport();
    const options = { paper, allowUnverified, frontMatter };
    if (format === 'PRINT') {
      const printed = await window.attache.briefPrint(options);
      if (printed.ok) setState({ kind: 'printing', result: printed.value });
      else setState({ kind: 'failed', code: printed.error.code, message: printed.error.message });
      return;
    }
    const result = format === 'PDF' ? await window.attache.briefExportPdf(options) : await window.attache.briefExportDocx(options);
    if (!result.ok) setState({ kind: 'failed', code: result.error.code, message: result.error.message });
    else if (result.value === null) setState({ kind: 'cancelled' });
    else setState({ kind: 'done', result: result.value });
  };
  const runRef = useRef(run);
  runRef.current = run;

  // The menu's Export PDF…, Export DOCX… and Print… run this panel's export, with its options.
  // Once per request, even where effects run twice (React's strict mode in development).
  const handled = useRef(0);
  useEffect(() => {
    if (!request || handled.current === request.id) return;
    handled.current = request.id;
    answered(request.id);
    void runRef.current(request.kind);
  }, [request, answered]);

  // After an export the keyboard is where the next step is: Open.
  const done = state.kind === 'done';
  useEffect(() => {
    if (done) openButton.current?.focus();
  }, [done]);

  const openLast = async (how: 'open' | 'folder') => {
    const result = await window.attache.exportOpenLast({ how });
    setReveal(result.ok ? { kind: 'idle' } : { kind: 'failed', message: result.error.message });
  };

  return (
    <section className="side-panel export-panel" aria-labelledby="export-heading">
      <h2 id="export-heading">Export</h2>
      <div className="export-options">
        <label>
          Paper{' '}
          <select value={paper} onChange={(e) => choose({ paper: e.target.value as 'A4' | 'Letter' })}>
            <option value="A4">A4</option>
            <option value="Letter">Letter</option>
          </select>
        </label>
        <label title="Automatic: a cover and a contents page only for a brief longer than three pages">
          Cover and contents{' '}
          <select value={frontMatter} onChange={(e) => choose({ frontMatter: e.target.value as 'auto' | 'always' | 'never' })}>
            <option value="auto">Automatic</option>
            <option value="always">Always</option>
            <option value="never">Never</option>
          </select>
        </label>
        <label className="allow-unverified">
          <input type="checkbox" checked={allowUnverified} onChange={(e) => choose({ allowUnverified: e.target.checked })} />
          Export anyway (unverified citations, unwritten prompts)
        </label>
      </div>
      {props.refused > 0 ? (
        <p className="export-warning">
          The integrity check lists {plural(props.refused, 'quote')} that {props.refused === 1 ? 'is' : 'are'} not {props.refused === 1 ? 'its source’s' : 'their sources’'} words: export
          refuses {props.refused === 1 ? 'it' : 'them'} even when you choose to export anyway.
        </p>
      ) : props.problems > 0 && !allowUnverified ? (
        <p className="export-warning">The integrity check lists {plural(props.problems, 'problem')}: export will refuse until they are fixed or you choose to export anyway.</p>
      ) : null}
      <div className="export-actions">
        <button type="button" className="primary" disabled={state.kind === 'running'} onClick={() => void run('PDF')} title={`Export the brief as PDF (${shortcutLabel('exportPdf')})`}>
          Export PDF…
        </button>
        {/* For seniors who edit in Word: the same brief, its citations as Word endnotes. */}
        <button type="button" disabled={state.kind === 'running'} onClick={() => void run('DOCX')} title={`Export the brief as a Word document (${shortcutLabel('exportDocx')})`}>
          Export DOCX…
        </button>
        <button
          type="button"
          disabled={state.kind === 'running'}
          onClick={() => void run('PRINT')}
          title={`Open the brief’s PDF in your PDF viewer, to print exactly the pages an export gives (${shortcutLabel('print')})`}
        >
          Print…
        </button>
      </div>
      <div className="export-state" role="status" aria-live="polite">
        {state.kind === 'running' ? (
          <>
            <progress aria-label="Exporting" /> {state.format === 'PRINT' ? 'Preparing the pages to print…' : `Writing the ${state.format === 'PDF' ? 'PDF' : 'Word document'}…`}
          </>
        ) : state.kind === 'done' ? (
          <p className="export-done">
            Saved {state.result.pages !== undefined ? `${plural(state.result.pages, 'page')}, ` : ''}
            {plural(state.result.citations, 'citation')} to <code className="export-path">{state.result.path}</code>
          </p>
        ) : state.kind === 'printing' ? (
          <p className="export-done">
            The brief ({plural(state.result.pages, 'page')}) is open in your PDF viewer: print it from there.
          </p>
        ) : state.kind === 'cancelled' ? (
          <p className="muted">Export cancelled.</p>
        ) : state.kind === 'failed' ? (
          <p className="export-failed" role="alert">
            {state.message} <code>{state.code}</code>
          </p>
        ) : null}
      </div>
      {state.kind === 'done' ? (
        <>
          {/* No path goes back: main opens the file it wrote last for this window. */}
          <div className="export-reveal">
            <button type="button" ref={openButton} onClick={() => void openLast('open')} title="Open the exported file in its application">
              Open
            </button>
            <button type="button" onClick={() => void openLast('folder')} title="Show the exported file in its folder">
              Show in folder
            </button>
          </div>
          {reveal.kind === 'failed' ? (
            <p className="export-failed" role="alert">
              {reveal.message}
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

/** Scrolls the brief to the first place that cites the fact, and makes it blink. */
function showCitation(factId: string) {
  const target = document.querySelector<HTMLElement>(`.brief-document sup.cite[data-fact-id="${CSS.escape(factId)}"]`);
  if (!target) return;
  target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  target.classList.remove('cite-flash');
  void target.offsetWidth; // restart the animation
  target.classList.add('cite-flash');
}

/** Scrolls the brief to its nth prompt for the analyst (the problems list them in the brief's order) and selects it. */
function showPrompt(nth: number) {
  const target = document.querySelectorAll<HTMLElement>('.brief-document .brief-prompt')[nth];
  if (!target) return;
  target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const range = document.createRange();
  range.selectNodeContents(target);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

export function IntegrityPanel(props: { problems: readonly IntegrityProblem[] | null }) {
  const { problems } = props;
  return (
    <section className="side-panel integrity-panel" aria-labelledby="integrity-heading">
      <h2 id="integrity-heading">
        Integrity {problems && problems.length > 0 ? <span className="badge badge-conflict">{plural(problems.length, 'problem')}</span> : null}
      </h2>
      {problems === null ? null : problems.length === 0 ? (
        <p className="integrity-ok">Every citation points at a verified fact.</p>
      ) : (
        <>
          <ul aria-label="Integrity problems">
            {problems.map((p, i) => (
              <li key={`${p.factId}-${i}`} className={`problem problem-${p.reason}`}>
                <button
                  type="button"
                  onClick={() => (p.reason === 'prompt' ? showPrompt(problems.slice(0, i).filter((q) => q.reason === 'prompt').length) : showCitation(p.factId))}
                  title={p.reason === 'prompt' ? 'Show this prompt in the brief' : 'Show this citation in the brief'}
                >
                  {p.message}
                </button>
              </li>
            ))}
          </ul>
          <p className="integrity-hint">To remove a citation, click it in the text and press Delete, or remove its key-figures row. A prompt goes when you type over it or press Backspace in it.</p>
        </>
      )}
    </section>
  );
}

export function EndnoteList(props: { endnotes: readonly Endnote[] }) {
  return (
    <section className="side-panel endnotes-panel" aria-labelledby="endnotes-heading">
      <h2 id="endnotes-heading">Endnotes</h2>
      {props.endnotes.length === 0 ? (
        <p className="empty-hint">No citations yet.</p>
      ) : (
        <ol aria-label="Endnotes" className="endnotes">
          {props.endnotes.map((n) => (
            <li key={n.number} value={n.number} data-fact-id={n.factId}>
              {n.text}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
