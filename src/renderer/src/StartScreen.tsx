// The first thing the analyst sees: make a project, open one, or pick up a recent one.
import { useEffect, useState } from 'react';
import type { RecentProject } from '../../shared/api';
import { ErrorPanel, type ShownError } from './ErrorPanel';
import { withShortcut } from './shortcuts';

export function StartScreen(props: {
  busy: boolean;
  error: ShownError | null;
  onNew: () => void;
  onOpen: () => void;
  onOpenRecent: (path: string) => void;
  onRestore: (path: string) => void;
  onDismissError: () => void;
  /** Files dropped on the start screen: a project file opens. */
  onDrop: (files: File[]) => void;
}) {
  const [recent, setRecent] = useState<RecentProject[] | null>(null);

  useEffect(() => {
    let live = true;
    void window.attache.recentList({}).then((result) => {
      if (live) setRecent(result.ok ? result.value : []);
    });
    return () => {
      live = false;
    };
  }, []);

  return (
    <main
      className="start-screen"
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDrop={(event) => {
        event.preventDefault();
        const files = Array.from(event.dataTransfer.files);
        if (files.length > 0) props.onDrop(files);
      }}
    >
      <header className="start-header">
        <h1>Attaché</h1>
        <p className="tagline">Sources in, checked facts out, a cited brief at the end.</p>
      </header>
      <div className="start-actions">
        <button type="button" className="primary" onClick={props.onNew} disabled={props.busy} title={withShortcut('Create a new project', 'new')}>
          New project…
        </button>
        <button type="button" onClick={props.onOpen} disabled={props.busy} title={withShortcut('Open a project file', 'open')}>
          Open…
        </button>
      </div>
      {props.error ? <ErrorPanel error={props.error} onRestore={props.onRestore} onDismiss={props.onDismissError} /> : null}
      <section className="recent" aria-labelledby="recent-heading">
        <h2 id="recent-heading">Recent projects</h2>
        {recent === null ? null : recent.length === 0 ? (
          <p className="muted">No recent projects yet.</p>
        ) : (
          <ul className="recent-list">
            {recent.map((entry) => (
              <li key={entry.path}>
                <button
                  type="button"
                  className="recent-item"
                  disabled={props.busy || !entry.exists}
                  onClick={() => props.onOpenRecent(entry.path)}
                  title={entry.exists ? entry.path : `${entry.path} (moved or deleted)`}
                >
                  <span className="recent-name">{entry.name}</span>
                  <span className="recent-path">{entry.path}</span>
                  {entry.exists ? null : <span className="recent-missing">missing</span>}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
