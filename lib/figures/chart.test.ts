import { describe, expect, it } from 'vitest';
import { chartLayout, rangeWords, type ChartRow } from './chart';

const row = (label: string, min: number, max: number | null): ChartRow => ({
  label,
  min,
  max,
  outcome: 'killed',
  victimGroup: 'civilians',
});

const tenDays = [
  row('Syrian Observatory for Human Rights', 251, null),
  row('Activists', 201, null),
  row('Al Jazeera', 200, null),
];

describe('chartLayout', () => {
  it('runs open ranges to the right edge, starting at their lower bound', () => {
    const layout = chartLayout(tenDays, 480);
    for (const r of layout.rows) {
      expect(r.kind).toBe('open');
      expect(r.x2).toBe(layout.plot.right);
      // Room to show the range continues: never squeezed against the edge.
      expect(layout.plot.right - r.x1).toBeGreaterThan((layout.plot.right - layout.plot.left) / 4);
    }
    expect(layout.rows.map((r) => r.words)).toEqual(['251 or more', '201 or more', '200 or more']);
  });

  it('draws an exact value as a point and a closed range between its bounds', () => {
    const layout = chartLayout([row('SANA', 6, 6), row('Monitor', 270, 330)], 480);
    const [exact, closed] = layout.rows;
    expect(exact.kind).toBe('exact');
    expect(exact.x1).toBe(exact.x2);
    expect(closed.kind).toBe('closed');
    expect(closed.x2).toBeGreaterThan(closed.x1);
    expect(closed.x2).toBeLessThan(layout.plot.right);
    expect(exact.words).toBe('6');
    expect(closed.words).toBe('270–330');
  });

  it('keeps every bar inside the plot area and every row above the axis', () => {
    const layout = chartLayout([row('a', 0, 40), row('b', 1_000, 1_396), row('c', 500, null)], 600);
    for (const r of layout.rows) {
      expect(r.x1).toBeGreaterThanOrEqual(layout.plot.left);
      expect(r.x2).toBeLessThanOrEqual(layout.plot.right);
      expect(r.x1).toBeLessThanOrEqual(r.x2);
      expect(r.barY).toBeLessThan(layout.axisY);
    }
    expect(layout.height).toBeGreaterThan(layout.axisY);
  });

  it('starts the domain at 0 and ends it on a tick above every finite bound', () => {
    const layout = chartLayout([row('a', 0, 40), row('b', 1_000, 1_396)], 600);
    expect(layout.domain[0]).toBe(0);
    expect(layout.domain[1]).toBeGreaterThanOrEqual(1_396);
    const values = layout.ticks.map((t) => t.value);
    expect(values[0]).toBe(0);
    expect(values.at(-1)).toBe(layout.domain[1]);
    expect(layout.ticks.find((t) => t.value === 1_000)?.label).toBe('1,000');
    expect(layout.ticks[0].x).toBe(layout.plot.left);
    expect(layout.ticks.at(-1)!.x).toBe(layout.plot.right);
  });

  it('gives open ranges headroom beyond the largest finite bound', () => {
    expect(chartLayout(tenDays, 480).domain[1]).toBeGreaterThanOrEqual(251 * 1.5);
  });

  it('uses whole-number ticks even for tiny figures', () => {
    const layout = chartLayout([row('a', 1, 2)], 480);
    expect(layout.ticks.length).toBeGreaterThan(1);
    expect(layout.ticks.every((t) => Number.isInteger(t.value))).toBe(true);
  });

  it('lays out no rows for empty input, with a usable axis', () => {
    const layout = chartLayout([], 480);
    expect(layout.rows).toEqual([]);
    expect(layout.domain).toEqual([0, 10]);
    expect(layout.ticks.length).toBeGreaterThan(1);
    expect(layout.height).toBeGreaterThan(0);
  });
});

describe('rangeWords', () => {
  it('says "or more" for open ranges and reuses the comparison wording otherwise', () => {
    expect(rangeWords({ min: 251, max: null })).toBe('251 or more');
    expect(rangeWords({ min: 0, max: 40 })).toBe('up to 40');
  });
});
