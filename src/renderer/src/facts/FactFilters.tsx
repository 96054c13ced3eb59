// The filters over the facts list: status, kind, source, conflicts only, and words to find; and
// the order the list is shown in.
import { FactKind, type FactStatus } from '../../../core/model';
import { memo, type Ref } from 'react';
import type { FactFilter, FactSort, SourceSummary } from '../../../shared/api';

const SORTS: ReadonlyArray<[FactSort, string]> = [
  ['document', 'as in the sources'],
  ['support', 'most sources first'],
  ['status', 'unverified first'],
  ['kind', 'by kind'],
];

const STATUSES: readonly FactStatus[] = ['unverified', 'verified', 'rejected'];

export function FactFilters(props: {
  filter: FactFilter;
  text: string;
  onText: (text: string) => void;
  onFilter: (filter: FactFilter) => void;
  sort: FactSort;
  onSort: (sort: FactSort) => void;
  sources: readonly SourceSummary[];
  shown: number;
  total: number;
  /** The find box, which Ctrl/Cmd+F focuses from any tab. */
  findRef?: Ref<HTMLInputElement>;
}) {
  const { filter, onFilter } = props;
  const set = <K extends keyof FactFilter>(key: K, value: FactFilter[K] | undefined) => {
    const next = { ...filter };
    if (value === undefined || value === false || value === '') delete next[key];
    else next[key] = value;
    onFilter(next);
  };
  const filtered = props.shown !== props.total;
  return (
    <div className="fact-filters" role="search" aria-label="Filter facts">
      <input
        type="search"
        className="fact-search"
        ref={props.findRef}
        placeholder="Find in facts…"
        aria-label="Find in facts"
        value={props.text}
        onChange={(e) => props.onText(e.target.value)}
        onKeyDown={(e) => {
          // Esc closes the find: the words go and the keys go back to the list.
          if (e.key !== 'Escape') return;
          e.preventDefault();
          props.onText('');
          e.currentTarget.blur();
        }}
      />
      <label>
        <span>Status</span>
        <select value={filter.status ?? ''} onChange={(e) => set('status', (e.target.value || undefined) as FactStatus | undefined)}>
          <option value="">any</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Kind</span>
        <select value={filter.kind ?? ''} onChange={(e) => set('kind', (e.target.value || undefined) as FactFilter['kind'])}>
          <option value="">any</option>
          {FactKind.options.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Source</span>
        <select value={filter.sourceId ?? ''} onChange={(e) => set('sourceId', e.target.value || undefined)}>
          <option value="">any</option>
          <SourceOptions sources={props.sources} />
        </select>
      </label>
      <label>
        <span>Order</span>
        <select value={props.sort} onChange={(e) => props.onSort(e.target.value as FactSort)}>
          {SORTS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="fact-conflicts-only">
        <input type="checkbox" checked={filter.conflictsOnly ?? false} onChange={(e) => set('conflictsOnly', e.target.checked)} />
        <span>Conflicts only</span>
      </label>
      <span className="fact-count" aria-live="polite">
        {filtered ? `${props.shown} of ${props.total}` : props.total} {props.total === 1 ? 'fact' : 'facts'}
      </span>
    </div>
  );
}

/**
 * One option per source: thousands in a large project, the same on every key press in the find
 * box, so drawn again only when the sources change.
 */
const SourceOptions = memo(function SourceOptions(props: { sources: readonly SourceSummary[] }) {
  return props.sources.map((s) => (
    <option key={s.id} value={s.id}>
      {s.meta.title ?? s.fileName}
    </option>
  ));
});
