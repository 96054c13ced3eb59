// The Brief tab: the briefing being written from verified facts. (Minimal first version.)
import { useCallback, useEffect, useState } from 'react';
import type { Brief } from '../../../shared/api';

export function BriefView() {
  const [brief, setBrief] = useState<Brief | null | undefined>(undefined);

  const load = useCallback(async () => {
    const result = await window.attache.briefGet({});
    if (result.ok) setBrief(result.value);
  }, []);

  useEffect(() => {
    void load();
    return window.attache.on('projectChanged', ({ what }) => {
      if (what === 'brief') void load();
    });
  }, [load]);

  if (brief === undefined) return <div aria-busy="true" />;
  if (brief === null) {
    return (
      <div className="panel-hint">
        <button type="button" className="primary" onClick={() => void window.attache.briefDraft({}).then(load)}>
          Draft from verified facts
        </button>
      </div>
    );
  }
  return <h2>{brief.title}</h2>;
}
