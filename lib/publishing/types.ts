import type { PublicFigureFields } from '@/lib/figures/fields';
import type { ClaimKind, EvidenceType, SourceKind, Stance } from '@/lib/generated/prisma/enums';

// The public shape of what we publish. Plain JSON (dates as ISO strings) because it is
// kept in Next's data cache and sent as the API's answer.

export type PublicStatus = 'published' | 'retracted';

export type PublicVerdict = { key: string; label: string; description: string; ratingValue: number; tone: string };

export type PublicSource = {
  slug: string;
  name: string;
  kind: SourceKind;
  isPerson: boolean;
  description: string | null;
};

export type PublicArticleRef = {
  slug: string;
  title: string;
  publisher: string;
  url: string | null;
  publishedAt: string | null;
};

/** A figure's fields as lib/figures/fields.ts lists the public ones. */
export type PublicFigure = PublicFigureFields & {
  /** The published figure this one is part of, described ("more than 250 civilians killed"). */
  partOf: { claimSlug: string; text: string } | null;
};

export type PublicEvidence = {
  type: EvidenceType;
  stance: Stance;
  url: string | null;
  title: string | null;
  publisher: string | null;
  accessedAt: string | null;
  archiveUrl: string | null;
  note: string | null;
  fileName: string | null;
};

export type HistoryEntry = {
  kind: 'published' | 'corrected' | 'retracted' | 'republished';
  at: string;
  /** The correction or retraction note, written for readers. */
  note: string | null;
  verdictBefore: string | null;
  verdictAfter: string | null;
};

export type PublicClaimSummary = {
  slug: string;
  statement: string;
  quote: string;
  kind: ClaimKind;
  status: PublicStatus;
  demo: boolean;
  verdict: PublicVerdict;
  claimant: PublicSource | null;
  article: PublicArticleRef;
  publishedAt: string;
  updatedAt: string;
};

/** Another article that made the claim after its origin (decision 021). */
export type PublicAppearance = {
  article: PublicArticleRef;
  /** The words of that article. */
  quote: string;
  /** The claimant as that article names them, and the primary source they relay, if any. */
  claimant: string | null;
  cites: string | null;
  attribution: string | null;
  /** When that article reported it, if known. */
  reportedAt: string | null;
};

export type PublicClaim = PublicClaimSummary & {
  /** Every article after the origin (`article`) that made the claim, in the order they reported it. */
  appearances: PublicAppearance[];
  /** How many independent primary sources the claim rests on, over its origin and appearances. */
  independentSources: number;
  attribution: string | null;
  explanation: string | null;
  figures: PublicFigure[];
  evidence: PublicEvidence[];
  comparisons: { slug: string; question: string; demo: boolean }[];
  history: HistoryEntry[];
};
