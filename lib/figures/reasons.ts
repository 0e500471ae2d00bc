import type { Breakdown } from './breakdown';
import type { ComparisonFigure, PairReading, Reading } from './compare';
import { capitalise, describeDifferences, describeFigure, formatNumber, formatRange, listJoin } from './describe';
import { intersect } from './range';
import { EXPLAINING_DIMENSIONS, SCOPE_LABELS, scopeDifferences, type ScopeDimension } from './scope';

// The reasons behind a comparison's reading, in the order a reviewer checks them: rival
// estimates first, then breakdowns, then what was left out.

type Context = {
  reading: Reading;
  byId: ReadonlyMap<string, ComparisonFigure>;
  groups: readonly ComparisonFigure[][];
  pairs: readonly PairReading[];
  breakdowns: readonly Breakdown[];
  notCompared: readonly string[];
  mismatched: readonly ComparisonFigure[];
};

export function explain(c: Context): string[] {
  const figure = (id: string) => c.byId.get(id)!;
  const reasons = c.groups.filter((g) => g.length > 1).flatMap((g) => explainRivals(g, c.pairs, figure));
  for (const b of c.breakdowns) reasons.push(explainBreakdown(b, figure));
  for (const id of c.notCompared) {
    const f = figure(id);
    reasons.push(`${capitalise(describeFigure(f))} is not compared by number: it is the only ${f.outcome} figure.`);
  }
  for (const f of c.mismatched) {
    const whole = describeFigure(figure(f.partOfId!));
    reasons.push(`${capitalise(describeFigure(f))} is marked as part of ${whole} but counts a different outcome.`);
  }
  if (c.reading === 'undetermined') {
    reasons.push(
      'Nothing here can be compared by number: that needs two figures of one outcome, or a figure and its parts.',
    );
  }
  return reasons;
}

function explainRivals(
  group: readonly ComparisonFigure[],
  pairs: readonly PairReading[],
  figure: (id: string) => ComparisonFigure,
): string[] {
  const ids = new Set(group.map((f) => f.id));
  const mine = pairs.filter((p) => ids.has(p.a));
  const apart = mine.filter((p) => !p.overlap.overlaps);
  if (apart.length === 0) {
    // Ranges on a line that overlap in pairs all share some values (Helly), so this exists.
    const common = intersect(group)!;
    const lines = [
      `${capitalise(listJoin(group.map(describeFigure)))} overlap: ${group.length === 2 ? 'both' : 'all'} allow ${formatRange(common)}.`,
    ];
    const scopes = scopeDifferences(group, EXPLAINING_DIMENSIONS);
    if (scopes.differing.length > 0) {
      const differences = describeDifferences(scopes.differing, scopes.dimensions);
      lines.push(`Their scopes still differ in ${differences}: check that they count the same thing.`);
    }
    return lines;
  }
  const lines = apart.map((p) => explainGap(figure(p.a), figure(p.b), p));
  if (apart.length < mine.length) lines.push('The other pairs overlap.');
  return lines;
}

function explainGap(a: ComparisonFigure, b: ComparisonFigure, pair: PairReading): string {
  const head = `${capitalise(describeFigure(a))} and ${describeFigure(b)} do not overlap (${formatNumber(pair.overlap.gap)} apart)`;
  const scopes = scopeDifferences([a, b], EXPLAINING_DIMENSIONS);
  if (pair.reading === 'differ_in_scope')
    return `${head}, but they differ in ${describeDifferences(pair.differIn, scopes.dimensions)}.`;
  const withStatus = (status: string) => EXPLAINING_DIMENSIONS.filter((d) => scopes.dimensions[d].status === status);
  const same = withStatus('same');
  const unknown = withStatus('unknown');
  const parts = [
    ...(same.length ? [`their ${labels(same)} ${same.length === 1 ? 'is' : 'are'} the same`] : []),
    ...(unknown.length ? [`${labels(unknown)} ${unknown.length === 1 ? 'is' : 'are'} not stated by both`] : []),
  ];
  return `${head}, and nothing in their scope explains the gap: ${listJoin(parts)}.`;
}

function explainBreakdown(b: Breakdown, figure: (id: string) => ComparisonFigure): string {
  const parts = b.partIds.map(figure);
  const terms = parts.map((p) => `${formatRange(p)} ${p.victimGroup}`).join(' + ');
  const lead = b.splitBy.length ? `Split by ${labels(b.splitBy)}, the` : 'The';
  const subject = `${lead} ${parts.length === 1 ? 'part' : 'parts'} of ${describeFigure(figure(b.wholeId))} (${terms})`;
  const excess = `more than it can hold (by at least ${formatNumber(b.excess)}): a count is wrong or the parts overlap`;
  if (parts.length === 1) return `${subject} ${b.fits ? 'fits within it' : `is ${excess}`}.`;
  return `${subject} add up to ${formatRange(b.sum)}, ${b.fits ? 'which fits within it' : excess}.`;
}

function labels(dimensions: readonly ScopeDimension[]): string {
  return listJoin(dimensions.map((d) => SCOPE_LABELS[d]));
}
