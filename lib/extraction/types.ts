// The shape of what the detector proposes. A proposal is only a suggestion: the reviewer
// accepts, edits or rejects it, so every field is plain data the import page can show.

import type { ClaimKind } from '@/lib/claims/kinds';
import type { FigureDraft } from '@/lib/figures/fields';

export type { ClaimKind, FigureOutcome as Outcome } from '@/lib/claims/kinds';
/** A figure as lib/figures describes a draft: outcome, victim group, range, scope and partOf. */
export type ProposedFigure = FigureDraft;

export type Claimant = {
  name: string;
  sourceId?: string;
  isNew: boolean;
  /** The organisation a person speaks for, as the article introduces them ("a spokesperson for OCHA"). */
  onBehalfOf?: string;
};

export type Proposal = {
  /** [start, end) in UTF-16 code units of the body: body.slice(start, end) === text. */
  start: number;
  end: number;
  text: string;
  kind: ClaimKind;
  claimant: Claimant | null;
  /** How the article attributes the claim ("said that", "according to"); null in its own voice. */
  attribution: string | null;
  figures: ProposedFigure[];
  /** 0–1: how sure the rule that fired usually is; for sorting the review list, not a probability. */
  confidence: number;
  reason: string;
};

export type KnownSource = { id?: string; name: string; aliases: string[] };

export type ExtractOptions = {
  knownSources?: KnownSource[];
  /** The article's publisher, for its headline and unattributed sentences; else read from a "Source:" line. */
  publisher?: string;
};

export type Span = { start: number; end: number };
