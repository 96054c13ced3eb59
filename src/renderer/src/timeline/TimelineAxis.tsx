// The timeline's overview: its marks on a time axis from the first to the last, with day, month
// or year ticks as the span needs. Marks on one day stack; a mark whose sources disagree is a
// diamond, the others dots. A picture for the eye only (hidden from screen readers): the list
// beside it holds the same marks as buttons with their words, and is what the keys move through.
import type { TimelineMarkView } from '../../../shared/api';

const WIDTH = 1000;
const PAD = 24;
const AXIS_Y = 58;
const STEP = 9;
const DAY_MS = 86_400_000;

/** An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) as a day number; a year or month stands at its first day. */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.floor(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS);
}

export interface Tick {
  day: number;
  label: string;
}

/** Ticks for a span of days: every day (or every few) up to two months, then months, then years. */
export function axisTicks(first: number, last: number, locale = 'en-GB'): Tick[] {
  const span = last - first;
  const at = (day: number) => new Date(day * DAY_MS);
  if (span <= 62) {
    const every = Math.max(1, Math.ceil((span + 1) / 12));
    const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    const ticks: Tick[] = [];
    for (let day = first; day <= last; day += every) ticks.push({ day, label: format.format(at(day)) });
    return ticks;
  }
  const start = at(first);
  const end = at(last);
  const months = (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth();
  const monthly = months <= 36;
  const every = monthly ? Math.max(1, Math.ceil((months + 1) / 12)) : Math.max(1, Math.ceil((end.getUTCFullYear() - start.getUTCFullYear() + 1) / 12)) * 12;
  const format = new Intl.DateTimeFormat(locale, monthly ? { month: 'short', year: 'numeric', timeZone: 'UTC' } : { year: 'numeric', timeZone: 'UTC' });
  const ticks: Tick[] = [];
  let y = start.getUTCFullYear();
  let m = monthly ? start.getUTCMonth() : 0;
  for (;;) {
    const day = Math.floor(Date.UTC(y, m, 1) / DAY_MS);
    if (day > last) break;
    if (day >= first) ticks.push({ day, label: format.format(at(day)) });
    m += every;
    y += Math.floor(m / 12);
    m %= 12;
  }
  return ticks;
}

export function TimelineAxis(props: { marks: readonly TimelineMarkView[]; first: string; last: string; chosen: string | null; onChoose: (index: number) => void }) {
  const first = dayNumber(props.first);
  const last = Math.max(first, dayNumber(props.last));
  const x = (day: number) => (last === first ? WIDTH / 2 : PAD + ((day - first) / (last - first)) * (WIDTH - PAD * 2));
  const stacked = new Map<number, number>();
  const dots = props.marks.map((mark, i) => {
    const day = dayNumber(mark.start);
    const level = stacked.get(day) ?? 0;
    stacked.set(day, level + 1);
    return { mark, i, cx: x(day), cy: AXIS_Y - 10 - Math.min(level, 4) * STEP, end: mark.end !== mark.start ? x(dayNumber(mark.end)) : null };
  });
  return (
    <svg className="timeline-axis" viewBox={`0 0 ${WIDTH} ${AXIS_Y + 22}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <line x1={PAD / 2} x2={WIDTH - PAD / 2} y1={AXIS_Y} y2={AXIS_Y} className="axis-line" />
      {axisTicks(first, last).map((t) => (
        <g key={t.day}>
          <line x1={x(t.day)} x2={x(t.day)} y1={AXIS_Y} y2={AXIS_Y + 5} className="axis-line" />
          <text x={x(t.day)} y={AXIS_Y + 17} textAnchor="middle" className="axis-label">
            {t.label}
          </text>
        </g>
      ))}
      {dots.map(({ mark, i, cx, cy, end }) => {
        const chosen = props.chosen === mark.id;
        const r = chosen ? 6 : 4.2;
        return (
          <g key={mark.id} className={`axis-mark${mark.conflict ? ' conflict' : ''}${chosen ? ' chosen' : ''}`} onClick={() => props.onChoose(i)}>
            {end !== null ? <line x1={cx} x2={end} y1={cy} y2={cy} className="axis-span" /> : null}
            {mark.conflict ? <rect x={cx - r} y={cy - r} width={r * 2} height={r * 2} transform={`rotate(45 ${cx} ${cy})`} /> : <circle cx={cx} cy={cy} r={r} />}
          </g>
        );
      })}
    </svg>
  );
}
