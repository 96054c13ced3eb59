// Who's who: the people, places and bodies the sources name, each with every name they give it
// and the facts and sources that mention it. The back end works the entries out (src/core/whosWho)
// and sends a window of them; choosing one shows its facts. Names are source text: shown as text.
import { useEffect, useState } from 'react';
import type { CallValue, WhoPage } from '../../../shared/api';
import { plural } from '../facts/factWords';
import { HighlightedSentence } from '../facts/HighlightedSentence';
import './who.css';

type Detail = CallValue<'whoFacts'>;
type Kind = '' | 'person' | 'place' | 'organisation';
const ROWS = 200;
const KIND_WORDS: Record<Exclude<Kind, ''>, string> = { person: 'person', place: 'place', organisation: 'organisation' };

export function WhoView() {
  const [kind, setKind] = useState<Kind>('');
  const [text, setText] = useState('');
  const [page, setPage] = useState<WhoPage | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [detail, setDetail] = useState<Detail | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void window.attache.whoPage({ ...(kind ? { type: kind } : {}), ...(text.trim() ? { text: text.trim() } : {}), offset: 0, limit: ROWS }).then((r) => {
      if (!live) return;
      if (r.ok) setPage(r.value);
      else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [kind, text]);

  useEffect(() => {
    if (!chosen) return setDetail(null);
    let live = true;
    void window.attache.whoFacts({ id: chosen }).then((r) => {
      if (live) setDetail(r.ok ? r.value : null);
    });
    return () => {
      live = false;
    };
  }, [chosen]);

  return (
    <div className="who-view">
      <div className="who-filters" role="search" aria-label="Filter Who's who">
        <input type="search" className="fact-search" aria-label="Find a name" placeholder="Find a name…" value={text} onChange={(e) => setText(e.target.value)} />
        <label>
          Kind
          <select value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            <option value="">all</option>
            <option value="person">people</option>
            <option value="place">places</option>
            <option value="organisation">organisations</option>
          </select>
        </label>
        <span className="muted">{page ? `${plural(page.total, 'name')}${page.total > page.rows.length ? `, the first ${page.rows.length} shown` : ''}` : ''}</span>
      </div>
      {error ? <p role="alert">{error}</p> : null}
      <div className="who-split">
        <ul className="who-list" aria-label="Who's who">
          {page?.rows.map((row) => (
            <li key={row.id}>
              <button type="button" className={`who-entry${chosen === row.id ? ' chosen' : ''}`} aria-pressed={chosen === row.id} onClick={() => setChosen(row.id)}>
                <span className="who-name">{row.name}</span>
                <span className="fact-kind">{KIND_WORDS[row.type]}</span>
                <span className="who-variants">{row.variants.length > 1 ? `also ${row.variants.slice(1).map((v) => v.name).join(', ')}` : ''}</span>
                <span className="muted">
                  {plural(row.sources.length, 'source')}, {plural(row.factCount, 'fact')}
                </span>
              </button>
            </li>
          ))}
        </ul>
        <section className="who-detail" aria-label="Mentions" tabIndex={0}>
          {detail ? (
            <>
              <h2>{detail.row.name}</h2>
              <p>
                <span className="muted">Named </span>
                {detail.row.variants.map((v) => `${v.name} (${v.count})`).join(', ')}
              </p>
              <p>
                <span className="muted">In </span>
                {detail.row.sources.map((s) => s.name).join('; ')}
              </p>
              <ul className="who-facts" aria-label={`Facts that mention ${detail.row.name}`}>
                {detail.facts.map((f) => (
                  <li key={f.fact.id}>
                    <span className="muted">{f.sourceTitle ?? f.sourceFileName}</span>
                    <span className="who-sentence">
                      <HighlightedSentence fact={f.fact} />
                    </span>
                  </li>
                ))}
              </ul>
              {detail.total > detail.facts.length ? <p className="muted">and {detail.total - detail.facts.length} more</p> : null}
            </>
          ) : (
            <p className="empty-hint">Choose a name to see the facts and sources that mention it.</p>
          )}
        </section>
      </div>
    </div>
  );
}
