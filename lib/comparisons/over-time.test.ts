import { describe, expect, it } from 'vitest';
import { figureDate, primarySourceOf, readOverTime, seriesOf, type TimedFigure } from './over-time';

let n = 0;
const figure = (source: string, min: number, max: number | null, dates: Partial<TimedFigure> = {}): TimedFigure => ({
  id: `f${++n}`,
  source,
  min,
  max,
  outcome: 'killed',
  victimGroup: 'civilians',
  periodEnd: null,
  reportedAt: null,
  ...dates,
});
const reported = (day: string) => ({ reportedAt: `${day}T09:30:00.000Z` });

describe('figureDate', () => {
  it('takes the period’s end first, the reported day next, and nothing when neither is known', () => {
    expect(figureDate({ periodEnd: '2026-11-01T00:00:00.000Z', reportedAt: '2026-11-03T10:00:00.000Z' })).toEqual({
      day: '2026-11-01',
      basis: 'period_end',
    });
    expect(figureDate({ periodEnd: null, reportedAt: '2026-11-03T23:30:00.000Z' })).toEqual({
      day: '2026-11-03',
      basis: 'reported',
    });
    expect(figureDate({ periodEnd: null, reportedAt: null })).toBeNull();
  });
});

describe('seriesOf', () => {
  it('groups by primary source in first-seen order, each oldest first, undated apart', () => {
    const figures = [
      figure('Monitor', 300, null, reported('2026-11-10')),
      figure('Ministry', 6, 6, reported('2026-11-02')),
      figure('Monitor', 200, null, reported('2026-11-03')),
      figure('Monitor', 250, null),
    ];
    const series = seriesOf(figures);
    expect(series.map((s) => s.source)).toEqual(['Monitor', 'Ministry']);
    expect(series[0].points.map((p) => p.figure.min)).toEqual([200, 300]);
    expect(series[0].undated.map((f) => f.min)).toEqual([250]);
    expect(primarySourceOf(figures[0])).toBe('Monitor');
  });
});

describe('readOverTime', () => {
  it('says when a later count from one source falls below its own earlier one', () => {
    const reading = readOverTime([
      figure('Monitor', 251, null, reported('2026-11-03')),
      figure('Monitor', 180, 200, { periodEnd: '2026-11-09T00:00:00.000Z' }),
      figure('Ministry', 6, 6, reported('2026-11-01')),
    ]);
    expect(reading.reasons).toEqual([
      "Monitor's count fell: 180–200 civilians killed (period ending 9 November 2026) is below its own earlier " +
        'at least 251 civilians killed (reported 3 November 2026): check whether the source corrected its count.',
    ]);
    expect(reading.days).toBe(3);
  });

  it('does not call a rising count, an earlier one, another victim group or a wider range a shrink', () => {
    const reading = readOverTime([
      figure('Monitor', 100, 200, reported('2026-11-01')),
      // A lower floor but a higher ceiling: wider, not smaller.
      figure('Monitor', 90, 300, reported('2026-11-02')),
      figure('Monitor', 150, 320, reported('2026-11-03')),
      // Fewer, but children, not civilians: another count.
      { ...figure('Monitor', 20, 20, reported('2026-11-02')), victimGroup: 'children' },
      // Lower, but reported the same day as the one before: no order to read.
      figure('Ministry', 50, 50, reported('2026-11-05')),
      figure('Ministry', 40, 40, reported('2026-11-05')),
    ]);
    expect(reading.reasons).toEqual([]);
  });

  it('names a different place or cause as what may explain a shrink', () => {
    const [reason] = readOverTime([
      { ...figure('Monitor', 300, 300, reported('2026-11-01')), place: 'Aleppo province' },
      { ...figure('Monitor', 40, 40, reported('2026-11-04')), place: 'eastern Aleppo' },
    ]).reasons;
    expect(reason).toContain('but the two differ in place (Aleppo province vs eastern Aleppo)');
  });

  it('says where sources’ latest figures count different scopes, leaving out a scope not stated', () => {
    const reading = readOverTime([
      { ...figure('Monitor', 100, null, reported('2026-11-01')), place: 'Aleppo', period: '3 days' },
      { ...figure('Monitor', 150, null, reported('2026-11-05')), place: 'Aleppo', period: '10 days' },
      { ...figure('Ministry', 6, 6, reported('2026-11-04')), place: 'east Aleppo', period: '10 days' },
      { ...figure('Activists', 120, null, reported('2026-11-04')), victimGroup: 'people' },
    ]);
    expect(reading.reasons).toEqual([
      'The sources’ latest figures count a different place: Aleppo (Monitor); east Aleppo (Ministry). ' +
        'Their series may not measure the same thing.',
      'The sources’ latest figures count a different victim group: civilians (Monitor and Ministry); people (Activists). ' +
        'Their series may not measure the same thing.',
    ]);
  });

  it('counts figures with no date', () => {
    const reading = readOverTime([figure('Monitor', 1, 1), figure('Ministry', 2, 2, reported('2026-11-01'))]);
    expect(reading.undated).toBe(1);
    expect(reading.days).toBe(1);
  });
});
