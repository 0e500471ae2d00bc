import { normaliseScope } from '@/lib/figures/scope';

// When a proposed figure counts the same thing as an existing one (issue 17, decision 021):
// the same outcome, the same victim group, ranges that overlap, and a place and period that
// do not contradict each other. A scope left unstated on either side is compatible, as in
// the comparison rules (decision 003): "killed in Aleppo" may well be the figure without a
// place. Two stated scopes are compatible when they share a word that means something
// ("Aleppo" and "eastern Aleppo", "10 days" and "ten days"); "Aleppo" and "Idlib" are not.

export type MatchFigure = {
  outcome: string;
  victimGroup: string;
  min: number;
  max: number | null;
  place?: string | null;
  period?: string | null;
};

const FILLER = new Set([
  'the',
  'a',
  'an',
  'in',
  'of',
  'on',
  'at',
  'over',
  'past',
  'last',
  'since',
  'during',
  'and',
  'to',
  'city',
  'province',
]);

const words = (value: string | null | undefined) =>
  new Set((normaliseScope(value) ?? '').split(' ').filter((w) => w && !FILLER.has(w)));

/** Unstated on either side, or sharing a meaningful word. */
export function compatibleScope(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return true;
  return [...x].some((w) => y.has(w));
}

/** "civilians" and "Civilian" are one group. */
const group = (value: string) => (normaliseScope(value) ?? '').replace(/s\b/g, '');

const rangesOverlap = (a: MatchFigure, b: MatchFigure) =>
  (a.max === null || b.min <= a.max) && (b.max === null || a.min <= b.max);

export function sameFigure(a: MatchFigure, b: MatchFigure): boolean {
  return (
    a.outcome === b.outcome &&
    group(a.victimGroup) === group(b.victimGroup) &&
    rangesOverlap(a, b) &&
    compatibleScope(a.place, b.place) &&
    compatibleScope(a.period, b.period)
  );
}

/** Statements whose trigram similarity (pg_trgm) reaches this read as the same sentence reworded slightly. */
export const SAME_STATEMENT_SIMILARITY = 0.6;
