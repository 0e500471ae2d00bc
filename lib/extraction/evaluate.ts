import type { LabelledArticle, LabelledClaim, LabelledFigure } from '@/lib/datasets/labelled-article';
import { extractClaims } from './extract';
import { normaliseName } from './sources';
import type { Proposal, ProposedFigure } from './types';

// Measures proposals against a labelled article. A proposal finds a labelled claim when
// their spans overlap by at least half of the shorter span; pairs are made one-to-one,
// greedily, largest overlap first. A figure is right only when outcome, victim group and
// range all agree with the label's (sameFigure); a claimant when the names agree as
// claimantMatches says.

export type ClaimMatch = {
  label: LabelledClaim;
  proposal: Proposal;
  overlap: number;
  claimantOk: boolean;
  figuresOk: number;
};
export type Rate = { correct: number; total: number; rate: number };
export type Evaluation = {
  matches: ClaimMatch[];
  misses: LabelledClaim[];
  falsePositives: Proposal[];
  recall: Rate;
  precision: Rate;
  figureRecall: Rate;
  figurePrecision: Rate;
  claimantAccuracy: Rate;
};

/** Characters two spans share. */
export function spanOverlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

const rate = (correct: number, total: number): Rate => ({ correct, total, rate: total ? correct / total : 1 });

/**
 * Whether a proposed claimant names the labelled one, ignoring case, punctuation and articles:
 * the same name, its first or last words ("Kerry" for "John Kerry", "Syrian Observatory" for
 * "Syrian Observatory for Human Rights"), a longer name holding it ("the harbour office
 * spokesman" for "harbour office"), or what the label puts in parentheses ("OHCHR" for
 * "Ravina Shamdasani (OHCHR)", "SANA" for "SANA (Syrian state news agency)"). A word from
 * the middle of a label ("Children" of "Save the Children staff") is not the claimant.
 */
export function claimantMatches(label: string, proposed: string | null | undefined): boolean {
  const p = normaliseName(proposed ?? '');
  if (!p) return false;
  const name = normaliseName(label.replace(/\s*\([^)]*\)\s*/g, ' '));
  const alternatives = [label, ...Array.from(label.matchAll(/\(([^)]*)\)/g), (m) => m[1])].map(normaliseName);
  if (alternatives.includes(p) || ` ${p} `.includes(` ${name} `)) return true;
  return name === p || name.startsWith(`${p} `) || name.endsWith(` ${p}`);
}

/**
 * A label "Name (Organisation)" takes either: the person proposed, or the organisation the
 * person is proposed as speaking for (`onBehalfOf`). A label naming one source takes only it.
 */
export function claimantOrBehalfMatches(label: string, claimant: Proposal['claimant']): boolean {
  if (claimantMatches(label, claimant?.name)) return true;
  return /\(/.test(label) && !!claimant?.onBehalfOf && claimantMatches(label, claimant.onBehalfOf);
}

/** "healthcare workers" and "workers" name one group: equal, or one is the other's last words. */
function sameVictims(label: string, proposed: string): boolean {
  const [l, p] = [label.toLowerCase().trim(), proposed.toLowerCase().trim()];
  return l === p || l.endsWith(` ${p}`) || p.endsWith(` ${l}`);
}

/** Ranges with a common value; a null max is open. */
const overlaps = (a: { min: number; max: number | null }, b: { min: number; max: number | null }) =>
  a.min <= (b.max ?? Infinity) && b.min <= (a.max ?? Infinity);

/**
 * Outcome, victim group and range agree. The range must be the label's exactly, unless the
 * label is lenient (vague wording such as "dozens" or "nearly 300"): then any overlapping
 * range is right, since the qualifier table, not the detector, decides how wide it is.
 */
export function sameFigure(l: LabelledFigure, p: ProposedFigure): boolean {
  if (l.outcome !== p.outcome || !sameVictims(l.victims, p.victimGroup)) return false;
  return l.lenient ? overlaps(l, p) : l.min === p.min && l.max === p.max;
}

/** The label's figures that no figure of the proposal equals, each proposed figure used once. */
function missedFigures(label: LabelledClaim, proposal: Proposal): LabelledFigure[] {
  const left = [...(label.figures ?? [])];
  for (const figure of proposal.figures) {
    const i = left.findIndex((l) => sameFigure(l, figure));
    if (i !== -1) left.splice(i, 1);
  }
  return left;
}

/** Figures of a proposal that equal one of the label's, each label figure used once. */
const correctFigures = (label: LabelledClaim, proposal: Proposal) =>
  (label.figures?.length ?? 0) - missedFigures(label, proposal).length;

export function evaluate(article: LabelledArticle, proposals: readonly Proposal[]): Evaluation {
  const pairs: { l: number; p: number; overlap: number }[] = [];
  article.claims.forEach((label, l) =>
    proposals.forEach((proposal, p) => {
      const overlap = spanOverlap(label, proposal);
      const shorter = Math.min(label.end - label.start, proposal.end - proposal.start);
      if (overlap > 0 && overlap >= shorter / 2) pairs.push({ l, p, overlap });
    }),
  );
  pairs.sort((a, b) => b.overlap - a.overlap || a.l - b.l || a.p - b.p);
  const usedLabels = new Set<number>();
  const usedProposals = new Set<number>();
  const matches: ClaimMatch[] = [];
  for (const { l, p, overlap } of pairs) {
    if (usedLabels.has(l) || usedProposals.has(p)) continue;
    usedLabels.add(l);
    usedProposals.add(p);
    const label = article.claims[l];
    const proposal = proposals[p];
    const claimantOk = claimantOrBehalfMatches(label.claimant, proposal.claimant);
    matches.push({ label, proposal, overlap, claimantOk, figuresOk: correctFigures(label, proposal) });
  }
  matches.sort((a, b) => a.label.start - b.label.start);
  const labelledFigures = article.claims.reduce((n, c) => n + (c.figures?.length ?? 0), 0);
  const proposedFigures = proposals.reduce((n, p) => n + p.figures.length, 0);
  const figuresOk = matches.reduce((n, m) => n + m.figuresOk, 0);
  return {
    matches,
    misses: article.claims.filter((_, l) => !usedLabels.has(l)),
    falsePositives: proposals.filter((_, p) => !usedProposals.has(p)),
    recall: rate(matches.length, article.claims.length),
    precision: rate(matches.length, proposals.length),
    figureRecall: rate(figuresOk, labelledFigures),
    figurePrecision: rate(figuresOk, proposedFigures),
    claimantAccuracy: rate(matches.filter((m) => m.claimantOk).length, matches.length),
  };
}

/**
 * The detector run on a labelled article as the import page runs it (detectProposals in
 * lib/articles/proposals.ts): the article's publisher given, and no sources known yet, as
 * in a new database.
 */
export function proposeAsImported(article: LabelledArticle, body: string): Proposal[] {
  return extractClaims(body, { publisher: article.article.publisher, knownSources: [] });
}

export type Totals = Pick<Evaluation, 'recall' | 'precision' | 'figureRecall' | 'figurePrecision' | 'claimantAccuracy'>;

/** Scores over several articles, micro-averaged: every claim and figure counts once, whatever its article. */
export function totals(results: readonly Totals[]): Totals {
  const sum = (key: keyof Totals) =>
    rate(
      results.reduce((n, r) => n + r[key].correct, 0),
      results.reduce((n, r) => n + r[key].total, 0),
    );
  return {
    recall: sum('recall'),
    precision: sum('precision'),
    figureRecall: sum('figureRecall'),
    figurePrecision: sum('figurePrecision'),
    claimantAccuracy: sum('claimantAccuracy'),
  };
}

export type FigureMissKind =
  'claim not found' | 'no figure proposed' | 'victim group' | 'outcome' | 'range' | 'not among those proposed';
export type ClaimantMissKind = 'publisher for a source' | 'a source for the publisher' | 'another source' | 'none';
export type MissesByKind = {
  figures: { kind: FigureMissKind; label: LabelledClaim; figure: LabelledFigure; proposal: Proposal | null }[];
  claimants: { kind: ClaimantMissKind; match: ClaimMatch }[];
};

const isPublisherLabel = (label: string, publisher: string) =>
  /\((?:headline|standfirst)\)\s*$/.test(label) ||
  claimantMatches(label, publisher) ||
  claimantMatches(publisher, label);

/**
 * Every labelled figure the detector got wrong and every wrong claimant, by what went wrong, so
 * a round can see which kind of error costs most: a figure whose claim was not found, whose claim
 * has no figure, or whose proposal is right but for the victim group, the outcome or the range;
 * a claimant given to the publisher where the label names a source, or the reverse, or another
 * source, or none at all.
 */
export function missesByKind(article: LabelledArticle, result: Evaluation): MissesByKind {
  const publisher = article.article.publisher;
  const figures: MissesByKind['figures'] = result.misses.flatMap((label) =>
    (label.figures ?? []).map((figure) => ({ kind: 'claim not found' as const, label, figure, proposal: null })),
  );
  for (const { label, proposal } of result.matches) {
    // (The same pairing as the figure recall's, so the misses listed are the ones it counted.)
    for (const figure of missedFigures(label, proposal)) {
      const sameRange = (p: ProposedFigure) => p.min === figure.min && p.max === figure.max;
      const kind: FigureMissKind = !proposal.figures.length
        ? 'no figure proposed'
        : proposal.figures.some((p) => sameRange(p) && p.outcome === figure.outcome)
          ? 'victim group'
          : proposal.figures.some(sameRange)
            ? 'outcome'
            : proposal.figures.some((p) => p.outcome === figure.outcome && sameVictims(figure.victims, p.victimGroup))
              ? 'range'
              : 'not among those proposed';
      figures.push({ kind, label, figure, proposal });
    }
  }
  const claimants = result.matches
    .filter((m) => !m.claimantOk)
    .map((match) => {
      const proposed = match.proposal.claimant?.name;
      const labelIsPublisher = isPublisherLabel(match.label.claimant, publisher);
      const proposedIsPublisher = !!proposed && claimantMatches(publisher, proposed);
      const kind: ClaimantMissKind = !proposed
        ? 'none'
        : proposedIsPublisher && !labelIsPublisher
          ? 'publisher for a source'
          : labelIsPublisher && !proposedIsPublisher
            ? 'a source for the publisher'
            : 'another source';
      return { kind, match };
    });
  return { figures, claimants };
}

/** Labelled claims read as proposals: "Name (Organisation)" is the person speaking for the organisation. */
export function labelsAsProposals(labels: LabelledArticle): Proposal[] {
  return labels.claims.map((claim) => {
    const behalf = /\(([^)]*)\)\s*$/.exec(claim.claimant);
    const name = claim.claimant.replace(/\s*\([^)]*\)\s*$/, '').trim() || claim.claimant;
    return {
      start: claim.start,
      end: claim.end,
      text: claim.text,
      kind: claim.kind,
      claimant: { name, isNew: true, ...(behalf ? { onBehalfOf: behalf[1] } : {}) },
      attribution: null,
      figures: (claim.figures ?? []).map((f) => ({
        outcome: f.outcome as Proposal['figures'][number]['outcome'],
        victimGroup: f.victims,
        min: f.min,
        max: f.max,
        qualifier: f.qualifier,
      })),
      confidence: 1,
      reason: 'second labelling',
    };
  });
}
