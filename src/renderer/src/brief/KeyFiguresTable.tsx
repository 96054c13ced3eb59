// A key-figures table: each row is a verified figure with its citation; the analyst may reword the
// indicator, the value and the "as of" date, or drop a row.
import { useContext } from 'react';
import type { KeyFigureRow } from '../../../core/model';
import { CitationContext } from './citationContext';

export function KeyFiguresTable(props: { rows: KeyFigureRow[]; onChange: (rows: KeyFigureRow[]) => void }) {
  const info = useContext(CitationContext);
  const edit = (i: number, key: 'indicator' | 'value' | 'asOf', value: string) =>
    props.onChange(props.rows.map((row, j) => (j === i ? { ...row, [key]: value } : row)));
  if (props.rows.length === 0) return <p className="empty-hint key-figures-empty">No key figures: verify numeric facts and redraft.</p>;
  return (
    <table className="key-figures">
      <thead>
        <tr>
          <th scope="col">Indicator</th>
          <th scope="col">Value</th>
          <th scope="col">As of</th>
          <th scope="col">
            <span className="visually-hidden">Citation and actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row, i) => {
          const problem = info.problemOf.get(row.factId);
          return (
            <tr key={`${row.factId}-${i}`}>
              <td>
                <input aria-label="Indicator" value={row.indicator} onChange={(e) => edit(i, 'indicator', e.target.value)} />
              </td>
              <td>
                <input aria-label="Value" value={row.value} onChange={(e) => edit(i, 'value', e.target.value)} />
              </td>
              <td>
                <input aria-label="As of" value={row.asOf} onChange={(e) => edit(i, 'asOf', e.target.value)} />
              </td>
              <td className="key-figure-side">
                <sup data-fact-id={row.factId} className={`cite${problem ? ' cite-problem' : ''}`} title={problem ?? info.sentenceOf.get(row.factId)}>
                  {info.numberOf.get(row.factId) ?? '?'}
                </sup>
                <button
                  type="button"
                  className="quiet"
                  aria-label={`Remove ${row.indicator || 'this row'}`}
                  onClick={() => props.onChange(props.rows.filter((_, j) => j !== i))}
                >
                  ×
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
