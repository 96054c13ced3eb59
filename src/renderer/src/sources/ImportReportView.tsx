// What happened to each file of an import, in plain words: in, already there, or why not. Every
// name and message comes from files we do not control, so all of it is rendered as text.
import type { ImportReport } from '../../../shared/api';
import { baseName } from './fileNames';

export function ImportReportView(props: {
  report: ImportReport;
  onDismiss: () => void;
  onShow: (sourceId: string) => void;
}) {
  const { report } = props;
  const parts = [`${report.added} added`];
  if (report.duplicates > 0) parts.push(`${report.duplicates} already in the project`);
  if (report.failed > 0) parts.push(`${report.failed} failed`);
  if (report.cancelled) parts.push('import cancelled');
  const listed = report.outcomes.filter((o) => o.status !== 'cancelled');
  const cancelled = report.outcomes.filter((o) => o.status === 'cancelled');
  return (
    <section className={`import-report${report.failed > 0 ? ' has-failures' : ''}`} aria-label="Import report">
      <header>
        <h2>Import finished: {parts.join(', ')}</h2>
        <button type="button" className="quiet" onClick={props.onDismiss} aria-label="Dismiss the import report">
          Dismiss
        </button>
      </header>
      <ul>
        {listed.map((outcome, i) => (
          <li key={`${outcome.file}-${i}`} className={`outcome outcome-${outcome.status}`}>
            <span className="outcome-badge">{BADGES[outcome.status]}</span>
            <span className="outcome-file" title={outcome.file}>
              {baseName(outcome.file)}
            </span>
            {outcome.status === 'added' ? (
              <span className="outcome-text">
                {outcome.notes.length > 0 ? `${outcome.notes.join('; ')} ` : ''}
                <button type="button" className="link" onClick={() => props.onShow(outcome.sourceId)}>
                  Show
                </button>
              </span>
            ) : outcome.status === 'duplicate' ? (
              <span className="outcome-text">
                already in the project as {outcome.existingFileName}{' '}
                <button type="button" className="link" onClick={() => props.onShow(outcome.sourceId)}>
                  Show
                </button>
              </span>
            ) : outcome.status === 'failed' ? (
              <span className="outcome-text">
                <code>{outcome.error.code}</code> {outcome.error.message}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {cancelled.length > 0 ? (
        // A cancelled batch of hundreds would bury the few files that matter: one line for all.
        <details className="outcome-cancelled-all">
          <summary>
            {cancelled.length} {cancelled.length === 1 ? 'file' : 'files'} not imported (cancelled)
          </summary>
          <ul aria-label="Files not imported">
            {cancelled.map((outcome, i) => (
              <li key={`${outcome.file}-${i}`} title={outcome.file}>
                {baseName(outcome.file)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

const BADGES: Record<ImportReport['outcomes'][number]['status'], string> = {
  added: 'Added',
  duplicate: 'Duplicate',
  failed: 'Failed',
  cancelled: 'Cancelled',
};
