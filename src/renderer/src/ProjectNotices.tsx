// What opening a project found and did, said where the analyst sees it: a read-only project (it
// is shown but never changed), sources read again because an import was cut short. The words come
// from the back end (ProjectInfo.notices) and are rendered as text.
import { useState } from 'react';
import type { ProjectInfo } from '../../shared/api';

/** A tag beside the project's name while the file may not be written. */
export function ReadOnlyTag(props: { project: ProjectInfo }) {
  if (!props.project.readOnly) return null;
  return (
    <span className="read-only-tag" title="The project file may not be written: Attaché shows it but cannot change it.">
      Read-only
    </span>
  );
}

/** The open's notices, until the analyst dismisses them (notices of another open show anew). */
export function ProjectNotices(props: { project: ProjectInfo }) {
  const { project } = props;
  const [dismissed, setDismissed] = useState<string | null>(null);
  // Keyed by what was said: notices of another open (or of a reopen) are shown again.
  const said = `${project.path}\n${project.notices.join('\n')}`;
  if (project.notices.length === 0 || dismissed === said) return null;
  return (
    <section className={`project-notices${project.readOnly ? ' read-only' : ''}`} aria-label="About this project">
      <ul>
        {project.notices.map((notice, i) => (
          <li key={i}>{notice}</li>
        ))}
      </ul>
      <button type="button" onClick={() => setDismissed(said)}>
        Dismiss
      </button>
    </section>
  );
}
