// The Facts tab: every fact the extractor found, to verify or reject. (Minimal first version.)
import { useCallback, useEffect, useState } from 'react';
import type { FactView } from '../../../shared/api';

export function FactsView() {
  const [facts, setFacts] = useState<FactView[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const result = await window.attache.factsList({});
    if (result.ok) setFacts(result.value);
    else setError(result.error.message);
  }, []);

  useEffect(() => {
    void load();
    return window.attache.on('projectChanged', ({ what }) => {
      if (what !== 'project') void load();
    });
  }, [load]);

  if (error) return <p className="empty-hint panel-hint">{error}</p>;
  if (!facts) return <div aria-busy="true" />;
  if (facts.length === 0) return <p className="empty-hint panel-hint">Facts appear here after import.</p>;
  return (
    <ul aria-label="Facts">
      {facts.map((f) => (
        <li key={f.fact.id}>{f.fact.text}</li>
      ))}
    </ul>
  );
}
