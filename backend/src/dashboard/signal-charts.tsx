import { pct } from '../../../core/analysis/format.ts';
import type { WeekSignals } from '../trends/index.ts';

/**
 * The four signals over the weeks as small line charts, drawn on the server as inline SVG: the
 * page runs no script and loads nothing. Each chart's scale starts at 0 and ends at the first of
 * `SCALE_TOPS` above its highest value, so a workaround rate moving between 2% and 6% is seen
 * moving. A week with nothing to measure leaves a gap in the line, not a fall to zero.
 */

interface ChartSpec {
  title: string;
  /** Which way is good news, said under the title. */
  better: 'higher' | 'lower';
  read: (week: WeekSignals) => number | null;
  show: (value: number) => string;
}

const CHARTS: readonly ChartSpec[] = [
  { title: 'Coverage', better: 'higher', read: (w) => w.coveragePct, show: pct },
  { title: 'Completion', better: 'higher', read: (w) => w.completionPct, show: pct },
  { title: 'Hesitation score', better: 'lower', read: (w) => w.hesitationScore, show: String },
  { title: 'Workaround rate', better: 'lower', read: (w) => w.workaroundPct, show: pct },
];

/** Tops a scale may end at: round numbers a reader can take in at a glance. */
const SCALE_TOPS = [10, 20, 25, 50, 100];

// About the size a chart is drawn at on a laptop, so that its 11 px labels stay 11 px.
const WIDTH = 260;
const HEIGHT = 128;
const PLOT = { left: 30, right: 242, top: 10, bottom: 102 };

/** The four charts of `weeks` (oldest first), side by side where there is room. */
export function SignalCharts({ weeks }: { weeks: readonly WeekSignals[] }) {
  return (
    <div class="charts">
      {CHARTS.map((spec) => (
        <SignalChart spec={spec} weeks={weeks} />
      ))}
    </div>
  );
}

function SignalChart({ spec, weeks }: { spec: ChartSpec; weeks: readonly WeekSignals[] }) {
  const values = weeks.map(spec.read);
  const top = SCALE_TOPS.find((candidate) => candidate >= Math.max(0, ...numbers(values))) ?? 100;
  const x = (index: number) =>
    weeks.length === 1
      ? (PLOT.left + PLOT.right) / 2
      : PLOT.left + ((PLOT.right - PLOT.left) * index) / (weeks.length - 1);
  const y = (value: number) => PLOT.bottom - ((PLOT.bottom - PLOT.top) * value) / top;
  const latest = values.at(-1) ?? null;
  const lastIndex = values.reduce<number>(
    (last, value, index) => (value === null ? last : index),
    -1,
  );
  const described = weeks
    .map(
      (week, index) =>
        `${week.week} ${values[index] === null ? 'no data' : spec.show(values[index]!)}`,
    )
    .join(', ');

  return (
    <figure class="chart">
      <h3>{spec.title}</h3>
      <p class="latest">{latest === null ? '–' : spec.show(latest)}</p>
      <p class="hint">
        {weeks.at(-1)?.week} · {spec.better} is better
      </p>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${spec.title}: ${described}`}>
        {[0, top / 2, top].map((tick) => (
          <>
            <line class="grid" x1={PLOT.left} x2={PLOT.right} y1={y(tick)} y2={y(tick)} />
            <text class="tick" x={PLOT.left - 5} y={y(tick) + 3.5} text-anchor="end">
              {tick}
            </text>
          </>
        ))}
        {weeks.map((week, index) => (
          <text class="tick" x={x(index)} y={HEIGHT - 8} text-anchor="middle">
            {week.week.slice(5)}
          </text>
        ))}
        <path class="line" d={linePath(values, x, y)} />
        {values.map((value, index) =>
          value === null ? null : (
            <circle
              class={index === lastIndex ? 'dot last' : 'dot'}
              cx={x(index)}
              cy={y(value)}
              r={index === lastIndex ? 4 : 3}
            />
          ),
        )}
      </svg>
    </figure>
  );
}

/** The SVG path through the values, lifting the pen over weeks without one. */
function linePath(
  values: readonly (number | null)[],
  x: (index: number) => number,
  y: (value: number) => number,
): string {
  let pen = 'M';
  const parts: string[] = [];
  values.forEach((value, index) => {
    if (value === null) {
      pen = 'M';
      return;
    }
    parts.push(`${pen}${round(x(index))} ${round(y(value))}`);
    pen = 'L';
  });
  return parts.join(' ');
}

function numbers(values: readonly (number | null)[]): number[] {
  return values.filter((value): value is number => value !== null);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
