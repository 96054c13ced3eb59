// The shortcuts sheet (? or Help › Keyboard Shortcuts): every shortcut by area, from the table the
// native menu and the tooltips read, its keys named the platform's way. A native <dialog>: it
// holds the focus, Esc closes it.
import { useEffect, useId, useRef } from 'react';
import { SHORTCUT_AREAS, shortcutsFor } from '../../shared/shortcuts';
import { platform } from './shortcuts';

export function ShortcutsSheet(props: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const rows = shortcutsFor(platform);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (!el.open) el.showModal();
    return () => {
      if (el.open) el.close();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className="shortcuts-sheet"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        props.onClose();
      }}
    >
      <header className="shortcuts-header">
        <h2 id={titleId}>Keyboard shortcuts</h2>
        <button type="button" onClick={props.onClose} title="Close the list (Esc)">
          Close
        </button>
      </header>
      <div className="shortcuts-areas">
        {SHORTCUT_AREAS.map((area) => {
          const inArea = rows.filter((row) => row.area === area);
          if (inArea.length === 0) return null;
          const headingId = `${titleId}-${area.replace(/\W+/g, '-')}`;
          return (
            <section key={area} aria-labelledby={headingId} className="shortcuts-area">
              <h3 id={headingId}>{area}</h3>
              <table>
                <tbody>
                  {inArea.map((row) => (
                    <tr key={row.id}>
                      <th scope="row">{row.action}</th>
                      <td>
                        {row.keys.map((key, i) => (
                          <span key={key}>
                            {i > 0 ? <span className="shortcut-or"> or </span> : null}
                            <kbd>{key}</kbd>
                          </span>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          );
        })}
      </div>
    </dialog>
  );
}
