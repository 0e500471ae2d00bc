import { findQuantities } from './quantities';
import type { Range } from './range';

export type ParsedFigure = Range & { qualifier: string };

/**
 * Parses a figure as a reviewer types it or as a claim states it: "more than 250",
 * "at least three", "hundreds of", "1,396". Prefers the first count over numbers of time
 * ("killed over 10 days: 49" reads 49); null when there is no number at all.
 */
export function parseFigure(text: string): ParsedFigure | null {
  const quantities = findQuantities(text);
  const chosen = quantities.find((q) => q.kind === 'count') ?? quantities[0];
  return chosen ? { min: chosen.min, max: chosen.max, qualifier: chosen.qualifier } : null;
}
