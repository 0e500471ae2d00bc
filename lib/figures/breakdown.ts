import { partsFit, type PartsFit, type Range } from './range';
import { normaliseScope, type Scoped, type ScopeDimension } from './scope';

// A figure marked as part of another member is a slice of it, not a rival estimate, so it
// is checked against its whole instead of compared with it. Parts are added up only with
// parts that slice the whole the same way: "49 children + 31 women" (by victim group) and
// "145 by air strikes + at least 100 by shelling" (by cause) are two breakdowns of one
// total, and adding all four would count the children twice. Parts that slice the same way
// are taken to be disjoint.

export type BreakdownFigure = Range & Scoped & { partOfId?: string | null };

const SPLIT_DIMENSIONS = ['victimGroup', 'cause', 'place', 'period'] as const satisfies readonly ScopeDimension[];

export type Breakdown = PartsFit & {
  wholeId: string;
  partIds: string[];
  /** How the parts slice the whole: where they state something the whole does not. */
  splitBy: ScopeDimension[];
};

/** The member a figure is part of; a figure whose whole is not a member stands alone. */
export function wholeOf<T extends BreakdownFigure>(figure: T, byId: ReadonlyMap<string, T>): T | undefined {
  if (!figure.partOfId || figure.partOfId === figure.id) return undefined;
  return byId.get(figure.partOfId);
}

export function splitBy(whole: Scoped, part: Scoped): ScopeDimension[] {
  return SPLIT_DIMENSIONS.filter((d) => {
    const value = normaliseScope(part[d]);
    return value !== null && value !== normaliseScope(whole[d]);
  });
}

/**
 * Every breakdown among the figures, and the parts left out of them because they count a
 * different outcome from their whole (injured people are not part of a death toll).
 */
export function checkBreakdowns<T extends BreakdownFigure>(
  figures: readonly T[],
): { breakdowns: Breakdown[]; mismatched: T[] } {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const groups = new Map<string, { whole: T; parts: T[]; splitBy: ScopeDimension[] }>();
  const mismatched: T[] = [];
  for (const part of figures) {
    const whole = wholeOf(part, byId);
    if (!whole) continue;
    if (normaliseScope(part.outcome) !== normaliseScope(whole.outcome)) {
      mismatched.push(part);
      continue;
    }
    const dimensions = splitBy(whole, part);
    const key = `${whole.id}\u0000${dimensions.join(',')}`;
    const group = groups.get(key) ?? { whole, parts: [], splitBy: dimensions };
    group.parts.push(part);
    groups.set(key, group);
  }
  const breakdowns = [...groups.values()].map(({ whole, parts, splitBy }) => ({
    wholeId: whole.id,
    partIds: parts.map((p) => p.id),
    splitBy,
    ...partsFit(whole, parts),
  }));
  return { breakdowns, mismatched };
}
