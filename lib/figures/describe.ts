import type { Range } from './range';
import { SCOPE_LABELS, type DimensionComparison, type ScopeDimension } from './scope';

// Plain-English pieces for the reasons a comparison gives. Figures are described by their
// range, not the words the source used, so two readers of a reason see the same numbers.

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** 1,396 */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** 6; at least 100; up to 40; 270–330. */
export function formatRange({ min, max }: Range): string {
  if (max === null) return `at least ${formatNumber(min)}`;
  if (min === max) return formatNumber(min);
  if (min === 0) return `up to ${formatNumber(max)}`;
  return `${formatNumber(min)}–${formatNumber(max)}`;
}

/** "SANA's", "Red Cross's", but "Syrian Observatory for Human Rights'" and "activists'". */
export function possessive(name: string): string {
  return /[^s]s$/i.test(name) ? `${name}'` : `${name}'s`;
}

export type Describable = Range & { source: string; victimGroup: string; outcome: string };

/** "SANA's 6 civilians killed". */
export function describeFigure(figure: Describable): string {
  return `${possessive(figure.source)} ${formatRange(figure)} ${figure.victimGroup} ${figure.outcome}`;
}

/** "a, b and c". */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "period (reported Sunday vs 10 days to Sunday) and place (…)". */
export function describeDifferences(
  dimensions: readonly ScopeDimension[],
  comparisons: Record<ScopeDimension, DimensionComparison>,
): string {
  return listJoin(dimensions.map((d) => `${SCOPE_LABELS[d]} (${comparisons[d].values.join(' vs ')})`));
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
