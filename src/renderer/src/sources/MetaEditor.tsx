// A source's metadata, edited in place. Each field shows the analyst's own value; where they have
// none, Attaché's guess shows through as the placeholder. A field saves when it loses focus or on
// Enter; Esc puts back what was there; emptying a field hands it back to the guess.
import { useEffect, useId, useState } from 'react';
import type { Reliability, SourceDetail } from '../../../shared/api';
import { RELIABILITY_LABELS } from './sourceWords';

export type MetaKey = 'title' | 'outlet' | 'author' | 'publishedAt' | 'language';

const FIELDS: ReadonlyArray<{ key: MetaKey; label: string; hint?: string; check?: (value: string) => string | null }> = [
  { key: 'title', label: 'Title' },
  { key: 'outlet', label: 'Outlet' },
  { key: 'author', label: 'Author' },
  {
    key: 'publishedAt',
    label: 'Published',
    hint: 'YYYY-MM-DD',
    check: (v) => (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v) ? null : 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD.'),
  },
  {
    key: 'language',
    label: 'Language',
    hint: 'e.g. en, fr, vi',
    check: (v) => (/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(v) ? null : 'Write a language tag such as en, fr or pt-BR.'),
  },
];

const RELIABILITIES: Reliability[] = ['A', 'B', 'C', 'D', 'E', 'F'];

export function MetaEditor(props: {
  detail: SourceDetail;
  /** Resolves to an error message, or null when saved. */
  onSave: (key: MetaKey, value: string) => Promise<string | null>;
  onReliability: (reliability: Reliability) => void;
}) {
  const { detail } = props;
  const reliabilityId = useId();
  return (
    <form className="meta-editor" aria-label="Source details" onSubmit={(event) => event.preventDefault()}>
      {FIELDS.map((field) => (
        <MetaField
          key={`${detail.summary.id}-${field.key}`}
          label={field.label}
          hint={field.hint}
          check={field.check}
          edited={detail.edited[field.key]}
          guessed={detail.guessed[field.key]}
          onSave={(value) => props.onSave(field.key, value)}
        />
      ))}
      <div className="meta-field">
        <label htmlFor={reliabilityId}>Reliability</label>
        <select
          id={reliabilityId}
          value={detail.summary.reliability}
          onChange={(event) => props.onReliability(event.target.value as Reliability)}
        >
          {RELIABILITIES.map((r) => (
            <option key={r} value={r}>
              {RELIABILITY_LABELS[r]}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}

function MetaField(props: {
  label: string;
  hint: string | undefined;
  check: ((value: string) => string | null) | undefined;
  /** undefined: no edit (the guess applies); null: the analyst said "none". */
  edited: string | null | undefined;
  guessed: string | null;
  onSave: (value: string) => Promise<string | null>;
}) {
  const id = useId();
  const saved = props.edited ?? '';
  const [draft, setDraft] = useState(saved);
  const [focused, setFocused] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // The stored value changed underneath (another field's save, a reload): show it unless the
  // analyst is in the middle of typing here.
  useEffect(() => {
    if (!focused && !busy) setDraft(saved);
  }, [saved, focused, busy]);

  const commit = async () => {
    const value = draft.trim();
    if (value === saved) {
      setProblem(null);
      return;
    }
    const invalid = value && props.check ? props.check(value) : null;
    if (invalid) {
      setProblem(invalid);
      return;
    }
    setBusy(true);
    try {
      const failure = await props.onSave(value);
      setProblem(failure);
      if (!failure) setDraft(value);
    } finally {
      setBusy(false);
    }
  };

  const placeholder = props.edited === null ? 'none' : (props.guessed ?? props.hint ?? 'unknown');
  const fromGuess = props.edited === undefined && props.guessed !== null;
  return (
    <div className={`meta-field${problem ? ' invalid' : ''}`}>
      <label htmlFor={id}>
        {props.label}
        {fromGuess && !draft ? <span className="meta-guess-tag"> (guessed)</span> : null}
      </label>
      <div className="meta-input">
        <input
          id={id}
          type="text"
          value={draft}
          placeholder={placeholder}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          spellCheck={false}
          onChange={(event) => setDraft(event.target.value)}
          onFocus={() => setFocused(true)}
          onBlur={() => {
            setFocused(false);
            void commit();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              void commit();
            } else if (event.key === 'Escape') {
              event.preventDefault();
              setDraft(saved);
              setProblem(null);
            }
          }}
        />
        {props.edited !== undefined ? (
          <button
            type="button"
            className="quiet meta-reset"
            title={props.guessed ? `Use Attaché's guess: ${props.guessed}` : "Use Attaché's guess"}
            aria-label={`Use the guessed ${props.label.toLowerCase()}`}
            onClick={() => {
              setDraft('');
              void props.onSave('').then((failure) => setProblem(failure));
            }}
          >
            ↺
          </button>
        ) : null}
      </div>
      {problem ? (
        <p className="meta-problem" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
