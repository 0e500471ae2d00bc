import { scaleLinear, scaleUtc } from 'd3-scale';
import { formatNumber } from './describe';

// Where each source's figures sit over time, in SVG units: one panel per source, stacked,
// sharing the time axis (across) and the value scale (up). Panels keep labels apart however
// many sources there are; each figure is a vertical mark at its day. Pure, so the component
// only draws and the geometry is tested without rendering (lib/figures/time-chart.test.ts).

export type TimePoint = { id: string; day: string; min: number; max: number | null };
export type TimeSeriesInput = { label: string; points: TimePoint[] };

export type PlacedPoint = {
  id: string;
  kind: 'closed' | 'open' | 'exact';
  x: number;
  /** y1 the lower bound; y2 the upper (the panel's top for an open range). */
  y1: number;
  y2: number;
};

export type Panel = {
  label: string;
  /** Baseline of the source's name, above its plot. */
  labelY: number;
  top: number;
  bottom: number;
  valueTicks: { value: number; y: number; label: string }[];
  points: PlacedPoint[];
};

export type TimeChartLayout = {
  width: number;
  height: number;
  plot: { left: number; right: number };
  /** First and last day shown, ISO. */
  timeDomain: [string, string];
  valueDomain: [number, number];
  axisY: number;
  /** x: the tick's line; labelX: its label's centre, kept inside the chart. */
  timeTicks: { day: string; x: number; labelX: number; label: string }[];
  panels: Panel[];
};

export const TIME_FONT = 12;
const MARGIN = { left: 48, right: 16, top: 4 };
const LABEL_HEIGHT = 22;
const PLOT_HEIGHT = 72;
const PANEL_GAP = 14;
const AXIS_HEIGHT = 28;
/** How far apart marks of one day are set, so none hides another. */
export const SAME_DAY_STEP = 8;
const DAY = 86_400_000;

/** A generous width for a label in the chart's font: wide enough never to under-estimate. */
export function labelWidth(text: string, fontSize = TIME_FONT): number {
  return text.length * fontSize * 0.62;
}

const utc = (day: string) => new Date(`${day}T00:00:00Z`);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

function dayFormat(spanDays: number): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions =
    spanDays <= 180
      ? { day: 'numeric', month: 'short' }
      : spanDays <= 3 * 366
        ? { month: 'short', year: 'numeric' }
        : { year: 'numeric' };
  return new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
}

/**
 * Day ticks whose labels fit between their neighbours: d3's ticks for fewer and fewer
 * intervals until no two labels touch, whole days only, each label said once.
 */
function timeTicks(x: ReturnType<typeof scaleUtc<number>>, spanDays: number, width: number, plotWidth: number) {
  const format = dayFormat(spanDays);
  const tick = (d: Date) => {
    const label = format.format(d);
    const half = labelWidth(label) / 2;
    return { day: isoDay(d), x: x(d), labelX: Math.min(width - half, Math.max(half, x(d))), label };
  };
  const gap = 10;
  for (let count = Math.max(2, Math.floor(plotWidth / 60)); count >= 1; count--) {
    const seen = new Set<string>();
    const ticks = x
      .ticks(count)
      .filter((d) => d.getUTCHours() === 0 && d.getUTCMinutes() === 0)
      .map(tick)
      .filter((t) => !seen.has(t.label) && seen.add(t.label));
    const fits = ticks.every(
      (t, i) =>
        i === 0 || ticks[i - 1].labelX + (labelWidth(ticks[i - 1].label) + labelWidth(t.label)) / 2 + gap <= t.labelX,
    );
    if (fits && ticks.length > 0) return ticks;
  }
  const [first] = x.domain();
  return [tick(first)];
}

export function timeChartLayout(series: readonly TimeSeriesInput[], width: number): TimeChartLayout {
  const plot = { left: MARGIN.left, right: width - MARGIN.right };
  const days = series.flatMap((s) => s.points.map((p) => utc(p.day).getTime()));
  const [first, last] = [Math.min(...days), Math.max(...days)];
  const span = Math.max(last - first, DAY);
  // Room either side of the first and last figure (one day at least): marks never sit on the edge.
  const pad = Math.max(DAY, span * 0.06);
  const x = scaleUtc()
    .domain([new Date(first - pad), new Date(last + pad)])
    .range([plot.left, plot.right]);
  const spanDays = Math.round((last - first) / DAY);

  const values = series.flatMap((s) => s.points.flatMap((p) => (p.max === null ? [p.min] : [p.min, p.max])));
  const open = series.some((s) => s.points.some((p) => p.max === null));
  const y = scaleLinear()
    .domain([0, Math.max(10, ...values.map((v) => v * (open ? 1.3 : 1.1)))])
    .range([PLOT_HEIGHT, 0])
    .nice(3);
  const valueDomain = y.domain() as [number, number];
  const ticks = y
    .ticks(3)
    .filter(Number.isInteger)
    .map((value) => ({ value, offset: y(value), label: formatNumber(value) }));

  const panels = series.map((s, i): Panel => {
    const labelY = MARGIN.top + i * (LABEL_HEIGHT + PLOT_HEIGHT + PANEL_GAP) + 15;
    const top = labelY - 15 + LABEL_HEIGHT;
    // Marks of one day are spread around it, in the series' order.
    const perDay = new Map<string, number>();
    for (const p of s.points) perDay.set(p.day, (perDay.get(p.day) ?? 0) + 1);
    const seen = new Map<string, number>();
    const points = s.points.map((p): PlacedPoint => {
      const n = perDay.get(p.day)!;
      const k = seen.get(p.day) ?? 0;
      seen.set(p.day, k + 1);
      const cx = x(utc(p.day)) + (k - (n - 1) / 2) * SAME_DAY_STEP;
      return {
        id: p.id,
        kind: p.max === null ? 'open' : p.min === p.max ? 'exact' : 'closed',
        x: Math.min(plot.right, Math.max(plot.left, cx)),
        y1: top + y(p.min),
        y2: top + (p.max === null ? 0 : y(p.max)),
      };
    });
    return {
      label: s.label,
      labelY,
      top,
      bottom: top + PLOT_HEIGHT,
      valueTicks: ticks.map((t) => ({ value: t.value, y: top + t.offset, label: t.label })),
      points,
    };
  });
  const axisY = (panels.at(-1)?.bottom ?? MARGIN.top) + 6;
  return {
    width,
    height: axisY + AXIS_HEIGHT,
    plot,
    timeDomain: [isoDay(x.domain()[0]), isoDay(x.domain()[1])],
    valueDomain,
    axisY,
    timeTicks: timeTicks(x, spanDays, width, plot.right - plot.left),
    panels,
  };
}
