// The shape of what the detector proposes. A proposal is only a suggestion: the reviewer
// accepts, edits or rejects it, so every field is plain data the import page can show.

export type ClaimKind = 'casualty' | 'quote' | 'statement' | 'event';
export type Outcome = 'killed' | 'injured' | 'missing' | 'displaced' | 'detained' | 'other';

export type ProposedFigure = {
  outcome: Outcome;
  /** Whom the number counts, as the text names them: "civilians", "children", "people". */
  victimGroup: string;
  min: number;
  max: number | null;
  /** The qualifier as lib/figures reads it: "more than", "at least", "hundreds", "exact". */
  qualifier: string;
  place?: string;
  period?: string;
  cause?: string;
  /** The victim group of the total this figure is part of ("49 children" of "250 civilians"). */
  partOf?: string;
};

export type Claimant = { name: string; sourceId?: string; isNew: boolean };

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
