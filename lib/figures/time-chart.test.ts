import { describe, expect, it } from 'vitest';
import { labelWidth, SAME_DAY_STEP, timeChartLayout, TIME_FONT, type TimeSeriesInput } from './time-chart';

const WIDTH = 560;

function addDays(day: string, n: number) {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Labels as boxes: [left, right] of each tick label. */
const boxes = (layout: ReturnType<typeof timeChartLayout>) =>
  layout.timeTicks.map((t) => [t.labelX - labelWidth(t.label) / 2, t.labelX + labelWidth(t.label) / 2] as const);

function expectLegible(layout: ReturnType<typeof timeChartLayout>) {
  // Time labels: at least two, none touching the next, all inside the chart, in day order.
  const b = boxes(layout);
  expect(layout.timeTicks.length).toBeGreaterThanOrEqual(2);
  b.forEach(([left, right], i) => {
    expect(left).toBeGreaterThanOrEqual(0);
    expect(right).toBeLessThanOrEqual(layout.width);
    if (i > 0) expect(left).toBeGreaterThan(b[i - 1][1]);
  });
  expect(new Set(layout.timeTicks.map((t) => t.label)).size).toBe(layout.timeTicks.length);
  // Value labels: a line of text apart, inside their panel.
  for (const panel of layout.panels) {
    expect(panel.valueTicks.length).toBeGreaterThanOrEqual(2);
    panel.valueTicks.forEach((t, i) => {
      expect(t.y).toBeGreaterThanOrEqual(panel.top);
      expect(t.y).toBeLessThanOrEqual(panel.bottom);
      if (i > 0) expect(Math.abs(t.y - panel.valueTicks[i - 1].y)).toBeGreaterThanOrEqual(TIME_FONT + 4);
    });
    // Each panel's name sits above its plot and below the previous panel.
    expect(panel.labelY).toBeLessThan(panel.top);
  }
  layout.panels.forEach((p, i) => {
    if (i > 0) expect(p.labelY - TIME_FONT).toBeGreaterThan(layout.panels[i - 1].bottom);
  });
  // Every mark inside its panel and the plot.
  for (const panel of layout.panels) {
    for (const p of panel.points) {
      expect(p.x).toBeGreaterThanOrEqual(layout.plot.left);
      expect(p.x).toBeLessThanOrEqual(layout.plot.right);
      expect(p.y2).toBeGreaterThanOrEqual(panel.top);
      expect(p.y1).toBeLessThanOrEqual(panel.bottom);
      expect(p.y2).toBeLessThanOrEqual(p.y1);
    }
  }
  expect(layout.axisY).toBeGreaterThan(layout.panels.at(-1)!.bottom);
  expect(layout.height).toBeGreaterThan(layout.axisY + TIME_FONT);
}

describe('timeChartLayout', () => {
  it('with two figures a day apart: both days inside the range, in order, with readable ticks', () => {
    const layout = timeChartLayout(
      [
        { label: 'Monitor', points: [{ id: 'a', day: '2026-11-03', min: 200, max: null }] },
        { label: 'Ministry', points: [{ id: 'b', day: '2026-11-04', min: 6, max: 6 }] },
      ],
      WIDTH,
    );
    expectLegible(layout);
    expect(layout.timeDomain[0] < '2026-11-03').toBe(true);
    expect(layout.timeDomain[1] > '2026-11-04').toBe(true);
    const [[open], [exact]] = layout.panels.map((p) => p.points);
    expect(open.kind).toBe('open');
    expect(open.y2).toBe(layout.panels[0].top);
    expect(exact.kind).toBe('exact');
    expect(exact.y1).toBe(exact.y2);
    expect(exact.x).toBeGreaterThan(open.x);
    // The value scale starts at 0 and leaves room above an open range's floor.
    expect(layout.valueDomain[0]).toBe(0);
    expect(layout.valueDomain[1]).toBeGreaterThan(200);
  });

  it('with two figures of one day: a range around that day, the marks set apart', () => {
    const layout = timeChartLayout(
      [
        {
          label: 'Monitor',
          points: [
            { id: 'a', day: '2026-11-03', min: 200, max: 250 },
            { id: 'b', day: '2026-11-03', min: 240, max: 300 },
          ],
        },
      ],
      WIDTH,
    );
    expectLegible(layout);
    const [a, b] = layout.panels[0].points;
    expect(b.x - a.x).toBe(SAME_DAY_STEP);
    expect(layout.timeTicks.some((t) => t.day === '2026-11-03')).toBe(true);
  });

  it('with 60 figures over two months from three sources: ticks thin out, nothing overlaps', () => {
    const series: TimeSeriesInput[] = ['Monitor', 'Ministry', 'Activists'].map((label, s) => ({
      label,
      points: Array.from({ length: 20 }, (_, i) => ({
        id: `${s}-${i}`,
        day: addDays('2026-09-01', i * 3 + s),
        min: 100 + i * 40 + s,
        max: i % 3 === 0 ? null : i % 3 === 1 ? 100 + i * 40 + s : 140 + i * 40,
      })),
    }));
    const layout = timeChartLayout(series, WIDTH);
    expectLegible(layout);
    expect(layout.panels).toHaveLength(3);
    expect(layout.timeTicks.length).toBeLessThanOrEqual(10);
    // Every figure drawn once, in time order within its series.
    for (const panel of layout.panels) {
      expect(panel.points).toHaveLength(20);
      panel.points.forEach((p, i) => i > 0 && expect(p.x).toBeGreaterThan(panel.points[i - 1].x));
    }
    expect(layout.valueDomain[1]).toBeGreaterThanOrEqual(100 + 19 * 40 + 2);
  });

  it('with 60 sources of one figure each over three years: one panel each, year-or-month labels', () => {
    const series: TimeSeriesInput[] = Array.from({ length: 60 }, (_, i) => ({
      label: `Source ${i + 1}`,
      points: [{ id: `f${i}`, day: addDays('2024-01-15', i * 18), min: 1_000 * (i + 1), max: 1_000 * (i + 1) }],
    }));
    const layout = timeChartLayout(series, WIDTH);
    expectLegible(layout);
    expect(layout.panels).toHaveLength(60);
    expect(layout.timeTicks.every((t) => /^(\w{3} )?\d{4}$/.test(t.label))).toBe(true);
    expect(layout.valueDomain[1]).toBeGreaterThanOrEqual(60_000);
  });

  it('on a phone-sized width still keeps at least two labels apart', () => {
    const layout = timeChartLayout(
      [
        {
          label: 'Monitor',
          points: [
            { id: 'a', day: '2026-01-01', min: 10, max: 20 },
            { id: 'b', day: '2026-12-20', min: 30, max: null },
          ],
        },
      ],
      320,
    );
    expectLegible(layout);
  });
});
