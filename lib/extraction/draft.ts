import { casualtiesIn, type Casualties } from './casualties';
import { scopeOf } from './scope';
import type { Resolved } from './sources';
import type { ClaimKind, Proposal, Span } from './types';

// A claim as a rule first finds it, before its figures get their scope. Every rule makes
// drafts the same way, so kinds, spans and confidences follow one set of conventions.

export type Draft = {
  span: Span;
  kind: ClaimKind;
  who: Resolved | null;
  attribution: string | null;
  confidence: number;
  reason: string;
  casualties?: Casualties;
};

type Attributed = Omit<Draft, 'span' | 'kind' | 'casualties'>;

/**
 * A claimed clause: a casualty claim when it counts people, else a statement. A casualty
 * claim starts at its figure when the figure is the clause's subject ("after hundreds of
 * people were killed"), as the labels do, and at the clause otherwise ("an air strike …
 * wounded several people").
 */
export function clauseDraft(body: string, clause: Span, attributed: Attributed): Draft {
  const casualties = casualtiesIn(body, clause);
  const { figures, first, subjectFirst } = casualties;
  if (!figures.length) return { ...attributed, span: clause, kind: 'statement' };
  const start = subjectFirst && first !== null ? first : clause.start;
  return {
    ...attributed,
    span: { start, end: clause.end },
    kind: 'casualty',
    confidence: attributed.confidence + 0.05,
    reason: `${attributed.reason}; ${figures.length} figure(s)`,
    casualties,
  };
}

export function toProposal(body: string, draft: Draft, sentence: Span): Proposal {
  const { start, end } = draft.span;
  // Quotations may count casualties too; clause drafts bring the figures they were judged by.
  const casualties = draft.casualties ?? (draft.kind === 'quote' ? casualtiesIn(body, draft.span) : null);
  const figures = casualties?.figures ?? [];
  const scope = casualties && figures.length ? scopeOf(body, draft.span, sentence, casualties.times) : {};
  return {
    start,
    end,
    text: body.slice(start, end),
    kind: draft.kind,
    claimant: draft.who?.claimant ?? null,
    attribution: draft.attribution,
    figures: figures.map((f) => ({ ...f, ...scope })),
    confidence: Math.round(draft.confidence * 100) / 100,
    reason: draft.reason,
  };
}

/** A reason with the coreference that named the claimant, if one did ("he" is Ana Ruiz). */
export const because = (reason: string, who: Resolved | null) => (who?.how ? `${reason}; ${who.how}` : reason);
