// What opening the project found and did (sources read again, integrity repairs, read-only), as
// the back end worded it (ProjectInfo.notices). Shown until dismissed; the words come from the
// project file, so they are rendered as text.
export function OpenNotices(props: { notices: readonly string[]; onDismiss: () => void }) {
  return (
    <section className="open-notices" aria-label="What opening found">
      <header>
        <h2>When it opened this project, Attaché found:</h2>
        <button type="button" className="quiet" onClick={props.onDismiss} aria-label="Dismiss what opening found">
          Dismiss
        </button>
      </header>
      <ul>
        {props.notices.map((notice, i) => (
          <li key={i}>{notice}</li>
        ))}
      </ul>
    </section>
  );
}
