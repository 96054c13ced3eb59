// The facts as a multi-select listbox, virtualised so that tens of thousands stay smooth: only the
// rows in view are in the page, and only the blocks of rows near the view are fetched (a row not
// fetched yet shows as a placeholder). Each row names the value, what it is about and where it
// comes from, with a badge where other sources agree or disagree. Everything shown comes from
// files we do not control: text only.
import { useEffect, useRef, type MouseEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { FactView } from '../../../shared/api';
import { primaryValueText, supportWords } from './factWords';
import type { ListSelection, SelectMode } from './selection';

const ROW_HEIGHT = 58;

export function FactList(props: {
  /** Bumped when the list was loaded afresh: the rows in view are asked for again. */
  generation: number;
  total: number;
  rowAt: (index: number) => FactView | undefined;
  /** Called with the rows in view (and a few either side) whenever they change. */
  onRange: (from: number, to: number) => void;
  selection: ListSelection;
  onSelect: (factId: string, index: number, mode: SelectMode) => void;
}) {
  const { total, rowAt, selection, onRange, generation } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    initialRect: { width: 420, height: 600 },
  });
  const focusIndex = selection.focus === null ? -1 : selection.focusIndex;
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (focusIndex >= 0 && focusIndex < total) virtualizer.scrollToIndex(focusIndex, { align: 'auto' });
  }, [focusIndex, total, virtualizer]);

  useEffect(() => {
    if (last >= first) onRange(first, last);
  }, [first, last, onRange, generation]);

  const click = (event: MouseEvent, id: string, index: number) => {
    const mode: SelectMode = event.shiftKey ? 'range' : event.ctrlKey || event.metaKey ? 'toggle' : 'only';
    if (event.shiftKey) event.preventDefault(); // no text selection on Shift+click
    props.onSelect(id, index, mode);
    scroller.current?.focus();
  };

  return (
    <div
      className="fact-scroller"
      ref={scroller}
      role="listbox"
      aria-label="Facts"
      aria-multiselectable="true"
      tabIndex={0}
      aria-activedescendant={focusIndex >= 0 ? optionId(focusIndex) : undefined}
    >
      <div className="fact-canvas" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const view = rowAt(item.index);
          if (!view) {
            return (
              <div
                key={`row-${item.index}`}
                role="option"
                aria-selected={false}
                aria-busy="true"
                aria-setsize={total}
                aria-posinset={item.index + 1}
                className="fact-row fact-row-loading"
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              >
                <span className="fact-status">…</span>
              </div>
            );
          }
          const { fact } = view;
          const selected = selection.ids.has(fact.id);
          const focused = fact.id === selection.focus;
          const n = view.corroborated ? view.supportCount : 0;
          return (
            <div
              key={fact.id}
              id={optionId(item.index)}
              role="option"
              aria-selected={selected}
              aria-setsize={total}
              aria-posinset={item.index + 1}
              className={`fact-row status-${view.status}${selected ? ' selected' : ''}${focused ? ' focused' : ''}`}
              data-fact-id={fact.id}
              data-kind={fact.kind}
              style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              onMouseDown={(event) => {
                if (event.shiftKey) event.preventDefault();
              }}
              onClick={(event) => click(event, fact.id, item.index)}
            >
              <span className="fact-status" aria-label={view.status} title={view.status}>
                {view.status === 'verified' ? '✓' : view.status === 'rejected' ? '✗' : '•'}
              </span>
              <div className="fact-main">
                <span className="fact-line">
                  <span className={`fact-value${fact.values.length ? '' : ' fact-statement'}`}>{primaryValueText(fact)}</span>
                  <span className="fact-kind">{fact.kind}</span>
                </span>
                <span className="fact-sub">
                  <span className="fact-subject">
                    {fact.values.length > 0 ? fact.subject || fact.text : fact.speaker ? `said by ${fact.speaker}` : fact.subject}
                  </span>
                  <span className="fact-source"> · {view.sourceTitle ?? view.sourceFileName}</span>
                </span>
              </div>
              <div className="fact-badges">
                {view.inConflict ? <span className="badge badge-conflict">conflict</span> : null}
                {n > 1 ? <span className="badge badge-corroborated">{supportWords(n)}</span> : null}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}

function optionId(index: number): string {
  return `fact-option-${index}`;
}
