// One source, open: its metadata (editable), the cleaned article text facts point into, and what
// cleaning dropped. The text is untrusted: it goes into the page as a text node, never as HTML.
import { useCallback, useEffect, useState } from 'react';
import type { Reliability, SourceDetail } from '../../../shared/api';
import type { ShownError } from '../ErrorPanel';
import { useDecisionHistory } from '../history/historyContext';
import { DroppedLines, type KnownLine } from './DroppedLines';
import { MetaEditor, type MetaKey } from './MetaEditor';
import { sizeLabel } from './fileNames';

/** How the status line names a field after an undo ("Undid: changed the outlet of …"). */
const FIELD_WORDS: Record<MetaKey, string> = {
  title: 'title',
  outlet: 'outlet',
  author: 'author',
  publishedAt: 'publication date',
  language: 'language',
};

export function SourceDetailPane(props: {
  sourceId: string;
  /** Changes whenever the back end reports a change: the pane reloads. */
  revision: number;
  restoredMemory: Map<string, KnownLine>;
  onChanged: () => void;
  onError: (error: ShownError) => void;
  onRequestRemove: () => void;
}) {
  const { sourceId, revision, onError, onChanged, restoredMemory } = props;
  const [detail, setDetail] = useState<SourceDetail | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  const [busyLine, setBusyLine] = useState<number | null>(null);
  const history = useDecisionHistory();

  const load = useCallback(async () => {
    const result = await window.attache.sourcesGet({ sourceId });
    if (result.ok) {
      setDetail(result.value);
      setMissing(null);
    } else {
      setMissing(result.error.message);
    }
    return result.ok;
  }, [sourceId]);

  useEffect(() => {
    let live = true;
    void window.attache.sourcesGet({ sourceId }).then((result) => {
      if (!live) return;
      if (result.ok) {
        setDetail(result.value);
        setMissing(null);
      } else {
        setMissing(result.error.message);
      }
    });
    return () => {
      live = false;
    };
  }, [sourceId, revision]);

  /** A change of metadata as one step of the session's history (this pane may be gone at undo). */
  const recordMeta = (label: string, apply: (forward: boolean) => Parameters<typeof window.attache.sourcesUpdateMeta>[0]) => {
    const run = async (forward: boolean) => {
      const result = await window.attache.sourcesUpdateMeta(apply(forward));
      return result.ok ? null : result.error.message;
    };
    history?.record({ label, undo: () => run(false), redo: () => run(true) });
  };

  const saveMeta = async (key: MetaKey, value: string): Promise<string | null> => {
    // What the field held: the analyst's value, "none" (null), or nothing ('' hands it to the guess).
    const before = detail?.edited[key];
    const was = before === undefined ? '' : before;
    const result = await window.attache.sourcesUpdateMeta({ sourceId, meta: { [key]: value } });
    if (!result.ok) return result.error.message;
    const name = result.value.meta.title ?? result.value.fileName;
    // A save of what was already there (Enter, then the field losing focus) is no new step.
    if (value !== was) recordMeta(`Changed the ${FIELD_WORDS[key]} of “${name}”`, (forward) => ({ sourceId, meta: { [key]: forward ? value : was } }));
    await load();
    onChanged();
    return null;
  };

  const setReliability = async (reliability: Reliability) => {
    const was = detail?.summary.reliability;
    const result = await window.attache.sourcesUpdateMeta({ sourceId, reliability });
    if (!result.ok) onError(result.error);
    else if (was !== undefined && was !== reliability) {
      const name = result.value.meta.title ?? result.value.fileName;
      recordMeta(`Graded “${name}” ${reliability}`, (forward) => ({ sourceId, reliability: forward ? reliability : was }));
    }
    await load();
    onChanged();
  };

  const setRestored = async (line: number, restored: boolean) => {
    if (restored && detail) {
      const dropped = detail.removed.find((r) => r.line === line);
      if (dropped) restoredMemory.set(`${sourceId}:${line}`, { text: dropped.text, reason: dropped.reason });
    }
    setBusyLine(line);
    try {
      const result = await window.attache.sourcesSetLineRestored({ sourceId, line, restored });
      if (!result.ok) onError(result.error);
      await load();
      onChanged();
    } finally {
      setBusyLine(null);
    }
  };

  if (missing) return <p className="empty-hint detail-missing">{missing}</p>;
  if (!detail || detail.summary.id !== sourceId) return <div className="source-detail loading" aria-busy="true" />;

  const { summary } = detail;
  const title = summary.meta.title ?? summary.fileName;
  return (
    <article className="source-detail" aria-label={`Source: ${title}`}>
      <header className="detail-header">
        <div className="detail-heading">
          <h2>{title}</h2>
          <p className="detail-facts">
            <span>{summary.fileName}</span> · <span>{summary.format.toUpperCase()}</span> · <span>{sizeLabel(summary.byteLength)}</span> ·{' '}
            <span>added {new Date(summary.importedAt).toLocaleString()}</span> ·{' '}
            <span>
              {summary.factCount} {summary.factCount === 1 ? 'fact' : 'facts'}
            </span>
          </p>
        </div>
        <button type="button" className="danger" onClick={props.onRequestRemove} title="Remove this source (Delete)">
          Remove source…
        </button>
      </header>

      <MetaEditor detail={detail} onSave={saveMeta} onReliability={(r) => void setReliability(r)} />

      <section className="article" aria-labelledby="article-heading">
        <h3 id="article-heading">
          Article text <span className="count">{summary.charCount.toLocaleString()} characters</span>
          {detail.removed.length > 0 ? (
            // The dropped lines sit below a text that may be long: one step to reach them.
            <a className="jump" href="#dropped-heading" onClick={jumpTo('dropped-heading')}>
              {detail.removed.length} {detail.removed.length === 1 ? 'line' : 'lines'} dropped by cleaning ↓
            </a>
          ) : null}
        </h3>
        <ArticleText text={detail.text} pages={detail.pages} />
      </section>

      <DroppedLines
        detail={detail}
        busyLine={busyLine}
        restoredText={(line) => detail.restored.find((r) => r.line === line) ?? restoredMemory.get(`${sourceId}:${line}`)}
        onSetRestored={(line, restored) => void setRestored(line, restored)}
      />
    </article>
  );
}

/** The cleaned text, with a marker where each PDF page starts (drawn by CSS, not part of the text). */
function ArticleText({ text, pages }: { text: string; pages: SourceDetail['pages'] }) {
  if (text.length === 0) return <p className="empty-hint">Cleaning left no text in this source.</p>;
  const starts = pages.filter((p) => p.offset <= text.length);
  if (starts.length === 0) {
    return (
      <div className="article-text" aria-label="Article text" role="document">
        {text}
      </div>
    );
  }
  const parts: Array<{ page: number | null; text: string }> = [];
  const first = starts[0]!;
  if (first.offset > 0) parts.push({ page: null, text: text.slice(0, first.offset) });
  starts.forEach((p, i) => parts.push({ page: p.page, text: text.slice(p.offset, starts[i + 1]?.offset ?? text.length) }));
  return (
    <div className="article-text" aria-label="Article text" role="document">
      {parts.map((part, i) => (
        <span key={i}>
          {part.page !== null ? <span className="page-start" data-page={part.page} /> : null}
          {part.text}
        </span>
      ))}
    </div>
  );
}

/** Scrolls to an element of the page without changing the URL (the page has no router). */
function jumpTo(id: string) {
  return (event: { preventDefault(): void }) => {
    event.preventDefault();
    const target = document.getElementById(id);
    target?.scrollIntoView({ block: 'start' });
    target?.closest('section')?.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
  };
}
