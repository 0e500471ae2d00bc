import { checkBreakdowns, wholeOf, type Breakdown, type BreakdownFigure } from './breakdown';
import { capitalise, describeFigure } from './describe';
import { explain } from './reasons';
import { overlap, type Overlap } from './range';
import {
  EXPLAINING_DIMENSIONS,
  normaliseScope,
  scopeDifferences,
  type ScopeDifferences,
  type ScopeDimension,
} from './scope';

// The automatic reading of a comparison, shown beside the reviewer's own. The rules:
// - A figure marked as part of another member is checked against that whole (breakdown.ts).
// - The other figures are rival estimates when they count the same outcome; figures of
//   different outcomes (killed, injured) are never compared by number.
// - Rivals whose ranges all overlap, with every breakdown fitting, are 'consistent'.
// - Rivals that do not overlap are 'differ_in_scope' when their period, place, cause or
//   victim group differ, and 'conflict' when those are the same or not stated.
// - Parts that exceed their whole are a 'conflict': whoever marked them as parts said they
//   lie inside it, so no difference of scope can explain the excess.
// - With nothing to compare, the reading is 'undetermined'.

export type ComparisonFigure = BreakdownFigure & {
  source: string;
  /**
   * The primary sources behind the figure's claim (lib/claims/appearance-sources.ts): two
   * figures sharing one are that source counted twice. Absent: the figure stands alone.
   */
  primarySources?: readonly string[];
};

export type Reading = 'consistent' | 'differ_in_scope' | 'conflict' | 'undetermined';

export type PairReading = {
  a: string;
  b: string;
  overlap: Overlap;
  /** Where the two differ in scope (outcome is always the same within a pair). */
  differIn: ScopeDimension[];
  reading: Exclude<Reading, 'undetermined'>;
};

export type ComparisonReading = {
  reading: Reading;
  /** Plain English, naming the sources and their numbers. */
  reasons: string[];
  pairs: PairReading[];
  breakdowns: Breakdown[];
  /** Figures left out of the numeric comparison: nothing else here counts their outcome. */
  notCompared: string[];
  /** Across all the figures, for showing the scopes side by side. */
  scopes: ScopeDifferences;
  /** How many independent primary sources the figures rest on: outlets relaying one source count once. */
  independentSources: number;
};

export function readPair(a: ComparisonFigure, b: ComparisonFigure): PairReading {
  const result = overlap(a, b);
  const differIn = scopeDifferences([a, b], EXPLAINING_DIMENSIONS).differing;
  const reading = result.overlaps ? 'consistent' : differIn.length > 0 ? 'differ_in_scope' : 'conflict';
  return { a: a.id, b: b.id, overlap: result, differIn, reading };
}

export function readComparison(figures: readonly ComparisonFigure[]): ComparisonReading {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const rivals = figures.filter((f) => !wholeOf(f, byId));
  const { breakdowns, mismatched } = checkBreakdowns(figures);
  const groups = groupByOutcome(rivals);
  const every = groups.flatMap((group) => group.flatMap((a, i) => group.slice(i + 1).map((b) => readPair(a, b))));
  // One source repeated is not a second estimate: its agreement with itself confirms nothing.
  // A relay that disagrees with its own source is still read (someone misreported it).
  const echoes = every.filter((p) => p.overlap.overlaps && sharePrimarySource(byId.get(p.a)!, byId.get(p.b)!));
  const pairs = every.filter((p) => !echoes.includes(p));
  const wholes = new Set(breakdowns.map((b) => b.wholeId));
  const notCompared =
    figures.length > 1 ? groups.filter((g) => g.length === 1 && !wholes.has(g[0].id)).map(([f]) => f.id) : [];
  const reading = decide(pairs, breakdowns);
  const reasons = explain({ reading, byId, groups, pairs, breakdowns, notCompared, mismatched });
  for (const p of echoes) {
    reasons.push(
      `${capitalise(describeFigure(byId.get(p.a)!))} and ${describeFigure(byId.get(p.b)!)} come from the same primary source: they count as one source, not two that agree.`,
    );
  }
  const independentSources = new Set(figures.flatMap(primariesOf)).size;
  return { reading, reasons, pairs, breakdowns, notCompared, scopes: scopeDifferences(figures), independentSources };
}

const primariesOf = (f: ComparisonFigure) => (f.primarySources?.length ? f.primarySources : [`figure:${f.id}`]);

function sharePrimarySource(a: ComparisonFigure, b: ComparisonFigure) {
  const theirs = new Set(primariesOf(b));
  return primariesOf(a).some((s) => theirs.has(s));
}

function groupByOutcome(figures: readonly ComparisonFigure[]): ComparisonFigure[][] {
  const groups = new Map<string, ComparisonFigure[]>();
  for (const figure of figures) {
    const key = normaliseScope(figure.outcome) ?? '';
    groups.set(key, [...(groups.get(key) ?? []), figure]);
  }
  return [...groups.values()];
}

function decide(pairs: readonly PairReading[], breakdowns: readonly Breakdown[]): Reading {
  if (pairs.length === 0 && breakdowns.length === 0) return 'undetermined';
  if (pairs.some((p) => p.reading === 'conflict') || breakdowns.some((b) => !b.fits)) return 'conflict';
  if (pairs.some((p) => p.reading === 'differ_in_scope')) return 'differ_in_scope';
  return 'consistent';
}
