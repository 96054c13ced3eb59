// The project's sources as a single-select listbox, virtualised so that thousands stay smooth.
// Focus stays on the list; the selected row is its active descendant, so arrow keys, Home/End and
// Page Up/Down move the selection (Delete is the Sources tab's, see SourcesPanel). Everything
// shown comes from files we do not control, so it is rendered as text only.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { SourceSummary } from '../../../shared/api';

const ROW_HEIGHT = 60;

export function SourceList(props: {
  sources: SourceSummary[];
  selectedId: string | null;
  onSelect: (sourceId: string) => void;
}) {
  const { sources, selectedId, onSelect } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: sources.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    // A first paint before layout (and in tests) still shows the first rows.
    initialRect: { width: 360, height: 600 },
  });
  const selectedIndex = sources.findIndex((s) => s.id === selectedId);

  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (sources.length === 0) return;
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? ROW_HEIGHT * 8) / ROW_HEIGHT) - 1);
    const at = selectedIndex < 0 ? -1 : selectedIndex;
    let next: number;
    switch (event.key) {
      case 'ArrowDown':
        next = Math.min(sources.length - 1, at + 1);
        break;
      case 'ArrowUp':
        next = Math.max(0, at - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = sources.length - 1;
        break;
      case 'PageDown':
        next = Math.min(sources.length - 1, at + page);
        break;
      case 'PageUp':
        next = Math.max(0, at - page);
        break;
      default:
        return;
    }
    event.preventDefault();
    const source = sources[next];
    if (source) onSelect(source.id);
  };

  return (
    <div
      className="source-scroller"
      ref={scroller}
      role="listbox"
      aria-label="Sources"
      tabIndex={0}
      aria-activedescendant={selectedIndex >= 0 ? optionId(selectedIndex) : undefined}
      onKeyDown={onKeyDown}
    >
      <div className="source-canvas" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const source = sources[item.index];
          if (!source) return null;
          const meta = source.meta;
          const selected = source.id === selectedId;
          return (
            <div
              key={source.id}
              id={optionId(item.index)}
              role="option"
              aria-selected={selected}
              aria-setsize={sources.length}
              aria-posinset={item.index + 1}
              className={`source-row${selected ? ' selected' : ''}`}
              data-source-id={source.id}
              style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              onClick={() => {
                onSelect(source.id);
                scroller.current?.focus();
              }}
            >
              <div className="source-main">
                <span className="source-title">{meta.title ?? source.fileName}</span>
                <span className="source-sub">
                  <span className="source-file">{source.fileName}</span>
                  {meta.outlet ? <span> · {meta.outlet}</span> : null}
                  {meta.publishedAt ? <span> · {meta.publishedAt}</span> : null}
                </span>
              </div>
              <div className="source-side">
                <span className="source-reliability" title={`Reliability ${source.reliability}`}>
                  {source.reliability}
                </span>
                <span className="source-facts">
                  {source.factCount} {source.factCount === 1 ? 'fact' : 'facts'}
                </span>
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}

function optionId(index: number): string {
  return `source-option-${index}`;
}
