import { describeDate, formatDay, seriesOf, type TimedFigure } from '@/lib/comparisons/over-time';
import { rangeWords } from '@/lib/figures/chart';
import { timeChartLayout, TIME_FONT, type PlacedPoint } from '@/lib/figures/time-chart';
import { ScrollRegion } from './scroll-region';

// Each primary source's figures along the days they cover, drawn on the server (no script):
// one panel per source on a shared time axis and value scale, the same words in the SVG's
// description, and a table that says it all again, with the figures that have no date.
// Shape, never colour, tells an open range (arrow up), a closed one (end caps) and an exact
// count (dot) apart, as in the range chart beside it (comparison-chart.tsx).

const WIDTH = 480;
const ARROW = 7;

export type OverTimeFigure = TimedFigure & { asWritten: string };

/** Drawn when the dated figures cover two days or more; otherwise nothing (one day has no "over time"). */
export function FiguresOverTime({ figures, id = 'time-chart' }: { figures: OverTimeFigure[]; id?: string }) {
  const series = seriesOf(figures);
  const drawn = series.filter((s) => s.points.length > 0);
  const days = [...new Set(drawn.flatMap((s) => s.points.map((p) => p.date.day)))].sort();
  if (days.length < 2) return null;
  const layout = timeChartLayout(
    drawn.map((s) => ({
      label: s.source,
      points: s.points.map(({ figure: f, date }) => ({ id: f.id, day: date.day, min: f.min, max: f.max })),
    })),
    WIDTH,
  );
  const undated = series.flatMap((s) => s.undated);
  const words = (f: TimedFigure) => `${rangeWords(f)} ${f.victimGroup} ${f.outcome}`;
  const description = [
    ...drawn.map(
      (s) => `${s.source}: ${s.points.map((p) => `${words(p.figure)}, ${describeDate(p.date)}`).join('; then ')}.`,
    ),
    ...(undated.length ? [notDrawn(undated.length)] : []),
  ].join(' ');
  const count = drawn.reduce((n, s) => n + s.points.length, 0);
  return (
    <figure className="space-y-3">
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        className="h-auto w-full max-w-xl"
      >
        <title id={`${id}-title`}>
          {`Each source’s figures over time: ${count} figure${count === 1 ? '' : 's'} from ${formatDay(days[0])} to ${formatDay(days.at(-1)!)}`}
        </title>
        <desc id={`${id}-desc`}>{description}</desc>
        {layout.timeTicks.map((t) => (
          <line key={t.day} x1={t.x} x2={t.x} y1={0} y2={layout.axisY} className="stroke-slate-200" />
        ))}
        {layout.panels.map((panel, i) => (
          <g key={panel.label} data-series={panel.label}>
            <text x={8} y={panel.labelY} fontSize={14} className="fill-slate-900">
              <tspan fontWeight={600}>{panel.label}</tspan>
              <tspan className="fill-slate-700">{` — ${drawn[i].points.length} dated`}</tspan>
            </text>
            {panel.valueTicks.map((t) => (
              <g key={t.value}>
                <line
                  x1={layout.plot.left}
                  x2={layout.plot.right}
                  y1={t.y}
                  y2={t.y}
                  className={t.value === 0 ? 'stroke-slate-500' : 'stroke-slate-200'}
                />
                <text
                  x={layout.plot.left - 6}
                  y={t.y + 4}
                  fontSize={TIME_FONT}
                  textAnchor="end"
                  className="fill-slate-700"
                >
                  {t.label}
                </text>
              </g>
            ))}
            {panel.points.map((p, k) => (
              <Mark
                key={p.id}
                point={p}
                day={drawn[i].points[k].date.day}
                words={rangeWords(drawn[i].points[k].figure)}
              />
            ))}
          </g>
        ))}
        <line
          x1={layout.plot.left}
          x2={layout.plot.right}
          y1={layout.axisY}
          y2={layout.axisY}
          className="stroke-slate-500"
        />
        {layout.timeTicks.map((t) => (
          <text
            key={t.day}
            x={t.labelX}
            y={layout.axisY + 18}
            fontSize={TIME_FONT}
            textAnchor="middle"
            className="fill-slate-700"
          >
            {t.label}
          </text>
        ))}
      </svg>
      <figcaption className="text-sm text-slate-700">
        Each figure sits at the day it covers: the end of its period when we know it, otherwise the day it was reported.
        A bar runs from its lowest to its highest possible value; an arrow to the top means the source gave no upper
        figure (“or more”); a dot marks an exact count. {undated.length ? `${notDrawn(undated.length)} ` : ''}
        The table below gives the same figures.
      </figcaption>
      <ScrollRegion label="Each source’s figures by date, as a table">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="mb-1 text-left font-semibold">Each source’s figures by date</caption>
          <thead>
            <tr className="border-b border-slate-400">
              {['Source', 'Date', 'The date is', 'Figure', 'As reported'].map((c) => (
                <th key={c} scope="col" className="px-2 py-1">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.flatMap((s) => [
              ...s.points.map(({ figure, date }) => (
                <tr key={figure.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="px-2 py-1 font-medium">
                    {s.source}
                  </th>
                  <td className="px-2 py-1">
                    <time dateTime={date.day}>{formatDay(date.day)}</time>
                  </td>
                  <td className="px-2 py-1">{date.basis === 'period_end' ? 'End of the period' : 'Day reported'}</td>
                  <td className="px-2 py-1">{words(figure)}</td>
                  <td className="px-2 py-1">{figure.asWritten}</td>
                </tr>
              )),
              ...s.undated.map((figure) => (
                <tr key={figure.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="px-2 py-1 font-medium">
                    {s.source}
                  </th>
                  <td className="px-2 py-1">No date</td>
                  <td className="px-2 py-1">Not drawn</td>
                  <td className="px-2 py-1">{words(figure)}</td>
                  <td className="px-2 py-1">{figure.asWritten}</td>
                </tr>
              )),
            ])}
          </tbody>
        </table>
      </ScrollRegion>
    </figure>
  );
}

function notDrawn(n: number) {
  return n === 1
    ? 'One figure has no date (no period end, no reported day): it is listed in the table, not drawn.'
    : `${n} figures have no date (no period end, no reported day): they are listed in the table, not drawn.`;
}

function Mark({ point: { kind, x, y1, y2 }, day, words }: { point: PlacedPoint; day: string; words: string }) {
  const cap = (y: number) => <line x1={x - 5} x2={x + 5} y1={y} y2={y} strokeWidth={2} className="stroke-slate-800" />;
  return (
    <g data-kind={kind} data-day={day} data-words={words}>
      {kind === 'exact' ? <circle cx={x} cy={y1} r={4.5} className="fill-slate-800" /> : null}
      {kind === 'closed' ? (
        <>
          <rect x={x - 2} y={y2} width={4} height={Math.max(y1 - y2, 2)} className="fill-slate-800" />
          {cap(y1)}
          {cap(y2)}
        </>
      ) : null}
      {kind === 'open' ? (
        // No cap on top: the arrow says the range carries on past the scale.
        <>
          <rect x={x - 2} y={y2 + ARROW} width={4} height={Math.max(y1 - y2 - ARROW, 2)} className="fill-slate-800" />
          {cap(y1)}
          <path d={`M${x - 5},${y2 + ARROW} L${x},${y2} L${x + 5},${y2 + ARROW} Z`} className="fill-slate-800" />
        </>
      ) : null}
    </g>
  );
}
