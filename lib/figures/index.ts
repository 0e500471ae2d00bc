// The figures domain: parsing quantities out of text, and reading comparisons between them.
// Pure functions, safe on the server, in the browser and in the extraction engine.

export { overlap, intersect, sumRanges, partsFit, type Range, type Overlap, type PartsFit } from './range';
export { QUALIFIERS, rangeFor, type Qualifier } from './qualifiers';
export { findQuantities, type Quantity } from './quantities';
export type { QuantityKind } from './kinds';
export { parseFigure, type ParsedFigure } from './parse-figure';
export {
  SCOPE_DIMENSIONS,
  SCOPE_LABELS,
  EXPLAINING_DIMENSIONS,
  normaliseScope,
  scopeDifferences,
  type ScopeDimension,
  type ScopeStatus,
  type ScopeDifferences,
  type Scoped,
} from './scope';
export { checkBreakdowns, type Breakdown } from './breakdown';
export {
  readComparison,
  readPair,
  type ComparisonFigure,
  type ComparisonReading,
  type PairReading,
  type Reading,
} from './compare';
export { describeFigure, formatRange } from './describe';
