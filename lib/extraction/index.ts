// Claim detection for article import: proposes claims with exact spans, kinds, claimants
// and casualty figures. Pure functions, no network, no database.

export { extractClaims } from './extract';
export { evaluate, claimantMatches, spanOverlap, type Evaluation, type ClaimMatch } from './evaluate';
export type { ClaimKind, Claimant, ExtractOptions, KnownSource, Outcome, Proposal, ProposedFigure } from './types';
