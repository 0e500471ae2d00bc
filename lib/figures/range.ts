// A figure's count as a closed interval of whole numbers. `max: null` means no ceiling was
// stated ("more than 250" is 251 to open), which is not the same as "unknown": the lower
// end still says something, so every operation here keeps open ends open.

export type Range = { min: number; max: number | null };

/** Whether two ranges share a value, and if not how far apart they are. */
export type Overlap = { overlaps: true; gap: 0 } | { overlaps: false; gap: number };

export function overlap(a: Range, b: Range): Overlap {
  // Two intervals are disjoint exactly when one ends before the other begins.
  if (a.max !== null && a.max < b.min) return { overlaps: false, gap: b.min - a.max };
  if (b.max !== null && b.max < a.min) return { overlaps: false, gap: a.min - b.max };
  return { overlaps: true, gap: 0 };
}

/** The values every range allows, or null when there are none (or no ranges). */
export function intersect(ranges: readonly Range[]): Range | null {
  if (ranges.length === 0) return null;
  const min = Math.max(...ranges.map((r) => r.min));
  const maxes = ranges.flatMap((r) => (r.max === null ? [] : [r.max]));
  const max = maxes.length ? Math.min(...maxes) : null;
  return max !== null && max < min ? null : { min, max };
}

/** The range of a total whose parts have these ranges: open if any part is open. */
export function sumRanges(parts: readonly Range[]): Range {
  let min = 0;
  let max: number | null = 0;
  for (const part of parts) {
    min += part.min;
    max = max === null || part.max === null ? null : max + part.max;
  }
  return { min, max };
}

export type PartsFit = {
  /** What the parts add up to. */
  sum: Range;
  /** False when even the smallest reading of the parts is more than the whole can hold. */
  fits: boolean;
  /** How far the smallest sum of the parts is above the whole's ceiling (0 when they fit). */
  excess: number;
};

/**
 * Whether parts can lie inside their whole. Only the upper side can fail: a breakdown may
 * leave some of the whole uncounted ("49 children and 31 women" of 250 civilians), so parts
 * adding up to less than the whole is normal. An open whole therefore fits any parts.
 */
export function partsFit(whole: Range, parts: readonly Range[]): PartsFit {
  const sum = sumRanges(parts);
  const excess = whole.max === null ? 0 : Math.max(0, sum.min - whole.max);
  return { sum, fits: excess === 0, excess };
}
