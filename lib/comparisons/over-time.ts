import { capitalise, formatRange, listJoin, possessive } from '@/lib/figures/describe';
import { EXPLAINING_DIMENSIONS, SCOPE_LABELS, normaliseScope, type ScopeDimension } from '@/lib/figures/scope';

// A comparison's figures over time (decision 025): each primary source's figures in the
// order of the dates they cover, and what the automatic reading adds from that order: a
// source whose later count fell below its own earlier one, and sources whose latest figures
// count different scopes. Pure and safe in the browser: the public page, the review
// workspace and the chart's layout (lib/figures/time-chart.ts) all read the same series.

export type TimedFigure = {
  id: string;
  /** The figure's source as the comparison names it (its claim's claimant). */
  source: string;
  min: number;
  max: number | null;
  outcome: string;
  victimGroup: string;
  place?: string | null;
  period?: string | null;
  cause?: string | null;
  /** The end of the period the figure covers (a calendar day, ISO), when a reviewer set it. */
  periodEnd: string | null;
  /** When the article reporting the figure was published (ISO), when known. */
  reportedAt: string | null;
};

export type FigureDate = {
  /** The calendar day, "2026-11-03" (UTC). */
  day: string;
  /** What the day is: the end of the period the figure covers, or the day it was reported. */
  basis: 'period_end' | 'reported';
};

export type TimedPoint<F extends TimedFigure = TimedFigure> = { figure: F; date: FigureDate };

export type Series<F extends TimedFigure = TimedFigure> = {
  /** The primary source (primarySourceOf). */
  source: string;
  /** Its dated figures, oldest first; figures of one day keep the comparison's order. */
  points: TimedPoint<F>[];
  /** Its figures with no date: listed in the table, never drawn. */
  undated: F[];
};

/**
 * The source a figure's series belongs to: today the claim's claimant. Every grouping by
 * source over time goes through here, so that "who cited whom" (an appearance citing
 * another source) can change the answer in one place.
 */
export function primarySourceOf(figure: Pick<TimedFigure, 'source'>): string {
  return figure.source;
}

const day = (iso: string) => iso.slice(0, 10);

/** The period's end when set, else the day the figure was reported; null when neither is known. */
export function figureDate(figure: Pick<TimedFigure, 'periodEnd' | 'reportedAt'>): FigureDate | null {
  if (figure.periodEnd) return { day: day(figure.periodEnd), basis: 'period_end' };
  if (figure.reportedAt) return { day: day(figure.reportedAt), basis: 'reported' };
  return null;
}

/** One series per primary source, in the order sources first appear among `figures`. */
export function seriesOf<F extends TimedFigure>(figures: readonly F[]): Series<F>[] {
  const bySource = new Map<string, Series<F>>();
  figures.forEach((figure) => {
    const source = primarySourceOf(figure);
    const series = bySource.get(source) ?? { source, points: [], undated: [] };
    bySource.set(source, series);
    const date = figureDate(figure);
    if (date) series.points.push({ figure, date });
    else series.undated.push(figure);
  });
  // Array.prototype.sort is stable: figures of one day stay in the comparison's order.
  for (const series of bySource.values()) series.points.sort((a, b) => a.date.day.localeCompare(b.date.day));
  return [...bySource.values()];
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** "3 November 2026", read as a calendar day whatever the server's time zone. */
export function formatDay(isoDay: string): string {
  return dayFormat.format(new Date(`${isoDay}T00:00:00Z`));
}

/** "period ending 3 November 2026" or "reported 3 November 2026". */
export function describeDate(date: FigureDate): string {
  return `${date.basis === 'period_end' ? 'period ending' : 'reported'} ${formatDay(date.day)}`;
}

const same = (a: string | null | undefined, b: string | null | undefined) => normaliseScope(a) === normaliseScope(b);

/**
 * A later figure from one source that falls below its own earlier one: of the same outcome
 * and victim group, on a later day, its lower bound lower and its upper bound no higher
 * (an open upper bound is the highest). A count of the dead that shrinks is either a
 * correction or a different count, and a reader should be told which to look for.
 */
export function shrinkingCounts<F extends TimedFigure>(series: Series<F>): [TimedPoint<F>, TimedPoint<F>][] {
  const found: [TimedPoint<F>, TimedPoint<F>][] = [];
  series.points.forEach((later, i) => {
    // The nearest earlier figure of the same kind: the count the later one revises.
    const earlier = series.points
      .slice(0, i)
      .reverse()
      .find(
        (e) =>
          e.date.day < later.date.day &&
          same(e.figure.outcome, later.figure.outcome) &&
          same(e.figure.victimGroup, later.figure.victimGroup),
      );
    if (!earlier) return;
    const upper = (f: F) => f.max ?? Infinity;
    if (later.figure.min < earlier.figure.min && upper(later.figure) <= upper(earlier.figure)) {
      found.push([earlier, later]);
    }
  });
  return found;
}

const figureWords = (f: TimedFigure) => `${formatRange(f)} ${f.victimGroup} ${f.outcome}`;

function differingScope(a: TimedFigure, b: TimedFigure): ScopeDimension[] {
  return (['place', 'cause'] as const).filter((d) => normaliseScope(a[d]) && normaliseScope(b[d]) && !same(a[d], b[d]));
}

function explainShrink<F extends TimedFigure>(source: string, [earlier, later]: [TimedPoint<F>, TimedPoint<F>]) {
  const head =
    `${capitalise(possessive(source))} count fell: ${figureWords(later.figure)} (${describeDate(later.date)}) ` +
    `is below its own earlier ${figureWords(earlier.figure)} (${describeDate(earlier.date)})`;
  const differIn = differingScope(earlier.figure, later.figure);
  if (differIn.length === 0) return `${head}: check whether the source corrected its count.`;
  const values = differIn.map((d) => `${SCOPE_LABELS[d]} (${earlier.figure[d]} vs ${later.figure[d]})`);
  return `${head}, but the two differ in ${listJoin(values)}: they may not count the same thing.`;
}

/**
 * Where sources' latest figures count different scopes: for each of place, period, cause
 * and victim group, the sources by the value their latest figure states. A source that
 * states none is left out: a missing scope is unknown, not different (decision 003).
 */
function explainScopes<F extends TimedFigure>(series: readonly Series<F>[]): string[] {
  const latest = series.map((s) => ({
    source: s.source,
    figure: s.points.at(-1)?.figure ?? s.undated.at(-1)!,
  }));
  const reasons: string[] = [];
  for (const dimension of EXPLAINING_DIMENSIONS) {
    const groups = new Map<string, { value: string; sources: string[] }>();
    for (const { source, figure } of latest) {
      const key = normaliseScope(figure[dimension]);
      if (key === null) continue;
      const group = groups.get(key) ?? { value: figure[dimension]!.trim(), sources: [] };
      group.sources.push(source);
      groups.set(key, group);
    }
    if (groups.size < 2) continue;
    const parts = [...groups.values()].map((g) => `${g.value} (${listJoin(g.sources)})`);
    reasons.push(
      `The sources’ latest figures count a different ${SCOPE_LABELS[dimension]}: ${parts.join('; ')}. ` +
        'Their series may not measure the same thing.',
    );
  }
  return reasons;
}

export type OverTimeReading = {
  /** Plain English, added to the automatic reading's reasons. */
  reasons: string[];
  /** How many distinct days the dated figures cover. */
  days: number;
  /** Figures with no date (no period end, no reported date). */
  undated: number;
};

export function readOverTime(figures: readonly TimedFigure[]): OverTimeReading {
  const series = seriesOf(figures);
  const days = new Set(series.flatMap((s) => s.points.map((p) => p.date.day))).size;
  const reasons = series.flatMap((s) => shrinkingCounts(s).map((pair) => explainShrink(s.source, pair)));
  if (series.length > 1) reasons.push(...explainScopes(series));
  return { reasons, days, undated: series.reduce((n, s) => n + s.undated.length, 0) };
}
