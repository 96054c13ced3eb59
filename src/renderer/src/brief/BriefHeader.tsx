// The brief's cover fields: title, subtitle, who it is for and by, its date and its marking.
import type { Brief } from '../../../shared/api';

export const MARKINGS = ['UNCLASSIFIED', 'OFFICIAL', 'CONFIDENTIAL', 'SECRET'] as const;
const OTHER = '__other__';

type HeaderKey = 'title' | 'subtitle' | 'preparedFor' | 'preparedBy' | 'date' | 'marking';

export function BriefHeader(props: { brief: Brief; onChange: (key: HeaderKey, value: string) => void }) {
  const { brief, onChange } = props;
  const standard = (MARKINGS as readonly string[]).includes(brief.marking);
  const field = (key: Exclude<HeaderKey, 'marking'>, label: string, type = 'text') => (
    <div className={`brief-field field-${key}`}>
      <label htmlFor={`brief-${key}`}>{label}</label>
      <input id={`brief-${key}`} type={type} value={brief[key]} onChange={(e) => onChange(key, e.target.value)} />
    </div>
  );
  return (
    <section className="brief-header" aria-label="Cover">
      {field('title', 'Title')}
      {field('subtitle', 'Subtitle')}
      {field('preparedFor', 'Prepared for')}
      {field('preparedBy', 'Prepared by')}
      {field('date', 'Date', 'date')}
      <div className="brief-field field-marking">
        <label htmlFor="brief-marking">Marking</label>
        <div className="marking-inputs">
          <select
            id="brief-marking"
            value={standard ? brief.marking : OTHER}
            onChange={(e) => onChange('marking', e.target.value === OTHER ? (standard ? 'OFFICIAL-SENSITIVE' : brief.marking) : e.target.value)}
          >
            {MARKINGS.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
            <option value={OTHER}>Other…</option>
          </select>
          {!standard ? (
            <input
              aria-label="Marking text"
              value={brief.marking}
              maxLength={60}
              onChange={(e) => onChange('marking', e.target.value)}
            />
          ) : null}
        </div>
      </div>
    </section>
  );
}
