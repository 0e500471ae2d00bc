// What a figure counts besides its number: when, where, by what cause, whom, and what
// happened to them. Two figures can disagree in number and still both be right when these
// differ ("6 killed in one attack" and "at least 100 killed in ten days").

export type Scoped = {
  id: string;
  outcome: string;
  victimGroup: string;
  period?: string | null;
  place?: string | null;
  cause?: string | null;
};

export const SCOPE_DIMENSIONS = ['period', 'place', 'cause', 'victimGroup', 'outcome'] as const;
export type ScopeDimension = (typeof SCOPE_DIMENSIONS)[number];

/** What can explain a gap between two rival figures of the same outcome. */
export const EXPLAINING_DIMENSIONS = [
  'period',
  'place',
  'cause',
  'victimGroup',
] as const satisfies readonly ScopeDimension[];

export const SCOPE_LABELS: Record<ScopeDimension, string> = {
  period: 'period',
  place: 'place',
  cause: 'cause',
  victimGroup: 'victim group',
  outcome: 'outcome',
};

/**
 * 'different' when two figures state different values; 'unknown' when the stated values
 * agree but some figure states none. A missing value is not a difference: "killed in
 * Aleppo" and a figure with no place may well count the same place, and calling that a
 * difference would excuse every gap between two numbers.
 */
export type ScopeStatus = 'same' | 'different' | 'unknown';

export type DimensionComparison = {
  status: ScopeStatus;
  /** Each distinct stated value once, as first written, in the figures' order. */
  values: string[];
};

export type ScopeDifferences = {
  dimensions: Record<ScopeDimension, DimensionComparison>;
  differing: ScopeDimension[];
};

/** Case, accents, punctuation and spacing do not make two scopes differ. */
export function normaliseScope(value: string | null | undefined): string | null {
  const key = (value ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return key === '' ? null : key;
}

export function compareDimension(figures: readonly Scoped[], dimension: ScopeDimension): DimensionComparison {
  const stated = new Map<string, string>();
  let missing = false;
  for (const figure of figures) {
    const key = normaliseScope(figure[dimension]);
    if (key === null) missing = true;
    else if (!stated.has(key)) stated.set(key, figure[dimension]!.trim());
  }
  const status = stated.size > 1 ? 'different' : missing ? 'unknown' : 'same';
  return { status, values: [...stated.values()] };
}

export function scopeDifferences(
  figures: readonly Scoped[],
  dimensions: readonly ScopeDimension[] = SCOPE_DIMENSIONS,
): ScopeDifferences {
  const result = {} as Record<ScopeDimension, DimensionComparison>;
  for (const dimension of SCOPE_DIMENSIONS) result[dimension] = compareDimension(figures, dimension);
  return { dimensions: result, differing: dimensions.filter((d) => result[d].status === 'different') };
}
