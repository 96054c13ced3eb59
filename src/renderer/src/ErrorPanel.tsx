// An error as the analyst sees it: what happened, in a sentence, with the code for support, and
// the one remedy we can offer (restoring the last good copy of a damaged project).
import type { Result } from '../../shared/api';

type ErrorShape = Extract<Result<unknown>, { ok: false }>['error'];
export type ShownError = ErrorShape & { path?: string };

export function ErrorPanel(props: { error: ShownError; onRestore?: (path: string) => void; onDismiss: () => void }) {
  const { error } = props;
  const path = error.path ?? error.file;
  const canRestore = error.code === 'PROJECT_DAMAGED' && path !== undefined && props.onRestore !== undefined;
  return (
    <section className="error-panel" role="alert" aria-label="Error">
      <p className="error-message">{error.message}</p>
      <p className="error-code">
        <code>{error.code}</code>
        {error.file ? <span className="error-file"> · {error.file}</span> : null}
      </p>
      <div className="error-actions">
        {canRestore ? (
          <button type="button" className="primary" onClick={() => props.onRestore?.(path)}>
            Restore last good copy
          </button>
        ) : null}
        <button type="button" onClick={props.onDismiss}>
          Dismiss
        </button>
      </div>
    </section>
  );
}
