import { scaleLinear } from 'd3-scale';
import { formatNumber, formatRange } from './describe';
import type { Range } from './range';

// Where each figure's range sits on one shared axis, in SVG units. Pure, so the chart
// component only draws and the geometry can be tested without rendering.

export type ChartRow = Range & { label: string; outcome: string; victimGroup: string };

export type PlacedRow = {
  label: string;
  /** The range in words: "251 or more", "270–330", "6". */
  words: string;
  /** open: no ceiling, drawn to the right edge; exact: one value, drawn as a point. */
  kind: 'closed' | 'open' | 'exact';
  x1: number;
  x2: number;
  /** Baseline of the label and centre line of the bar. */
  labelY: number;
  barY: number;
};

export type ChartLayout = {
  width: number;
  height: number;
  plot: { left: number; right: number };
  domain: [number, number];
  axisY: number;
  ticks: { value: number; x: number; label: string }[];
  rows: PlacedRow[];
};

const MARGIN = { left: 12, right: 24, top: 8 };
const ROW_HEIGHT = 48;
const AXIS_HEIGHT = 30;
// One count for nice() and ticks(), so the domain ends on a tick.
const TICKS = 5;

export function rangeWords({ min, max }: Range): string {
  return max === null ? `${formatNumber(min)} or more` : formatRange({ min, max });
}

export function chartLayout(rows: readonly ChartRow[], width: number): ChartLayout {
  const plot = { left: MARGIN.left, right: width - MARGIN.right };
  const finite = rows.flatMap((r) => (r.max === null ? [r.min] : [r.min, r.max]));
  // Open ranges need room past their lower bound to show that they carry on.
  const headroom = rows.some((r) => r.max === null) ? 1.5 : 1.1;
  const x = scaleLinear()
    .domain([0, Math.max(10, ...finite.map((v) => v * headroom))])
    .range([plot.left, plot.right])
    .nice(TICKS)
    .clamp(true);
  const domain = x.domain() as [number, number];
  const axisY = MARGIN.top + rows.length * ROW_HEIGHT + 6;
  return {
    width,
    height: axisY + AXIS_HEIGHT,
    plot,
    domain,
    axisY,
    // Counts are whole numbers: a fractional tick would suggest a precision no source gave.
    ticks: x
      .ticks(TICKS)
      .filter(Number.isInteger)
      .map((value) => ({ value, x: x(value), label: formatNumber(value) })),
    rows: rows.map((r, i) => {
      const top = MARGIN.top + i * ROW_HEIGHT;
      const kind = r.max === null ? 'open' : r.min === r.max ? 'exact' : 'closed';
      return {
        label: r.label,
        words: rangeWords(r),
        kind,
        x1: x(r.min),
        x2: r.max === null ? plot.right : x(r.max),
        labelY: top + 16,
        barY: top + 34,
      };
    }),
  };
}
