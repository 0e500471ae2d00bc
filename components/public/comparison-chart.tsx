import { chartLayout, type ChartRow, type PlacedRow } from '@/lib/figures/chart';
import { formatNumber } from '@/lib/figures/describe';

// Each figure's range on one shared axis, drawn on the server: no script, and the same
// words in the SVG's description as in its picture. Shape, never colour, tells an open range
// (arrow), a closed one (end caps) and an exact count (dot) apart.

const WIDTH = 480;
const ARROW = 10;

export function ComparisonChart({ rows, id = 'range-chart' }: { rows: ChartRow[]; id?: string }) {
  if (rows.length === 0) return null;
  const layout = chartLayout(rows, WIDTH);
  const [, top] = layout.domain;
  const summary = layout.rows.map((r, i) => `${r.label}: ${r.words} ${rows[i].victimGroup} ${rows[i].outcome}`);
  return (
    <figure className="space-y-2">
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        className="h-auto w-full max-w-xl"
      >
        <title id={`${id}-title`}>{`Each source’s range on one scale from 0 to ${formatNumber(top)}`}</title>
        <desc id={`${id}-desc`}>{`${summary.join('; ')}.`}</desc>
        {layout.ticks.map((t) => (
          <g key={t.value}>
            <line x1={t.x} x2={t.x} y1={0} y2={layout.axisY} className="stroke-slate-200" />
            <text x={t.x} y={layout.axisY + 18} fontSize={13} textAnchor="middle" className="fill-slate-700">
              {t.label}
            </text>
          </g>
        ))}
        <line
          x1={layout.plot.left}
          x2={layout.plot.right}
          y1={layout.axisY}
          y2={layout.axisY}
          className="stroke-slate-500"
        />
        {layout.rows.map((r, i) => (
          <g key={i} data-kind={r.kind}>
            <text x={layout.plot.left} y={r.labelY} fontSize={15} className="fill-slate-900">
              <tspan fontWeight={600}>{r.label}</tspan>
              <tspan className="fill-slate-700">{` — ${r.words}`}</tspan>
            </text>
            <Mark row={r} />
          </g>
        ))}
      </svg>
      <figcaption className="text-sm text-slate-700">
        Each bar runs from a figure’s lowest to its highest possible value. An arrow to the edge means the source gave
        no upper figure (“or more”); a dot marks an exact count. The table above gives the same figures.
      </figcaption>
    </figure>
  );
}

function Mark({ row: { kind, x1, x2, barY } }: { row: PlacedRow }) {
  if (kind === 'exact') return <circle cx={x1} cy={barY} r={6} className="fill-slate-800" />;
  const cap = (x: number) => (
    <line x1={x} x2={x} y1={barY - 8} y2={barY + 8} strokeWidth={2} className="stroke-slate-800" />
  );
  if (kind === 'closed') {
    return (
      <>
        <rect x={x1} y={barY - 5} width={Math.max(x2 - x1, 2)} height={10} className="fill-slate-800" />
        {cap(x1)}
        {cap(x2)}
      </>
    );
  }
  // No cap on the right: the arrow says the range carries on past the axis.
  return (
    <>
      <rect x={x1} y={barY - 5} width={x2 - ARROW - x1} height={10} className="fill-slate-800" />
      {cap(x1)}
      <path d={`M${x2 - ARROW},${barY - 9} L${x2},${barY} L${x2 - ARROW},${barY + 9} Z`} className="fill-slate-800" />
    </>
  );
}
