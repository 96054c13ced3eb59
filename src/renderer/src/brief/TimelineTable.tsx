// A timeline table put in the brief from the Timeline tab: a row per mark (date, what happened,
// the sources it cites). The analyst may reword the date and the words, or drop a row; the
// citations stay those of the verified facts the row was made from.
import { useContext } from 'react';
import type { TimelineRow } from '../../../core/model';
import { CitationContext } from './citationContext';

export function TimelineTable(props: { rows: TimelineRow[]; onChange: (rows: TimelineRow[]) => void }) {
  const info = useContext(CitationContext);
  const edit = (i: number, key: 'date' | 'what', value: string) => props.onChange(props.rows.map((row, j) => (j === i ? { ...row, [key]: value } : row)));
  if (props.rows.length === 0) return <p className="empty-hint key-figures-empty">This timeline has no rows left: insert it again from the Timeline tab.</p>;
  return (
    <table className="key-figures timeline-table">
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">What</th>
          <th scope="col">Sources</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row, i) => (
          <tr key={`${row.factIds[0]}-${i}`}>
            <td>
              <input aria-label="Date" value={row.date} onChange={(e) => edit(i, 'date', e.target.value)} />
            </td>
            <td>
              <textarea aria-label="What" rows={3} value={row.what} onChange={(e) => edit(i, 'what', e.target.value)} />
            </td>
            <td className="key-figure-side">
              {row.factIds.map((id) => {
                const problem = info.problemOf.get(id);
                return (
                  <sup key={id} data-fact-id={id} className={`cite${problem ? ' cite-problem' : ''}`} title={problem ?? info.sentenceOf.get(id)}>
                    {info.numberOf.get(id) ?? '?'}
                  </sup>
                );
              })}
              <button type="button" className="quiet" aria-label={`Remove the row of ${row.date || 'this date'}`} onClick={() => props.onChange(props.rows.filter((_, j) => j !== i))}>
                ×
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
