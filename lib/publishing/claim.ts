import 'server-only';
import { db } from '@/lib/db';
import { publicFigureSelect, toPublicFigureFields } from '@/lib/figures/fields';
import type { Prisma } from '@/lib/generated/prisma/client';
import { readHistory } from './history';
import { iso, summarySelect, toSummary } from './summary';
import type { PublicClaim, PublicFigure } from './types';
import { publicClaimWhere, publicComparisonWhere, publicEvidenceWhere } from './visibility';
import { figureSaid } from './figures';
import { independentSourceCount } from '@/lib/claims/appearance-sources';

const figureSelect = {
  ...publicFigureSelect,
  // The whole is named only when its own claim is public.
  partOf: { select: { ...publicFigureSelect, claim: { select: { slug: true, stage: true } } } },
  comparisons: {
    where: { comparison: publicComparisonWhere },
    select: { comparison: { select: { slug: true, question: true, demo: true } } },
  },
} satisfies Prisma.FigureSelect;

const claimSelect = {
  ...summarySelect,
  attribution: true,
  explanation: true,
  claimantId: true,
  appearances: {
    orderBy: [{ reportedAt: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
    select: {
      quote: true,
      attribution: true,
      reportedAt: true,
      claimantId: true,
      citesSourceId: true,
      claimant: { select: { name: true } },
      cites: { select: { name: true } },
      article: { select: { slug: true, title: true, publisher: true, url: true, publishedAt: true } },
    },
  },
  figures: { orderBy: { position: 'asc' }, select: figureSelect },
  evidence: {
    where: publicEvidenceWhere,
    orderBy: { createdAt: 'asc' },
    select: {
      type: true,
      stance: true,
      url: true,
      title: true,
      publisher: true,
      accessedAt: true,
      archiveUrl: true,
      note: true,
      fileName: true,
    },
  },
} satisfies Prisma.ClaimSelect;

type FigureRow = Prisma.FigureGetPayload<{ select: typeof figureSelect }>;

function toFigure(f: FigureRow): PublicFigure {
  const whole = f.partOf && publicClaimWhere.stage.in.includes(f.partOf.claim.stage) ? f.partOf : null;
  return {
    ...toPublicFigureFields(f),
    partOf: whole ? { claimSlug: whole.claim.slug, text: figureSaid(whole) } : null,
  };
}

/** A published or retracted claim as readers see it, or null for anything else. */
export async function getPublicClaim(slug: string): Promise<PublicClaim | null> {
  const row = await db.claim.findFirst({ where: { slug, ...publicClaimWhere }, select: claimSelect });
  if (!row) return null;
  const history = await readHistory(row.id, row.publishedAt ?? row.createdAt);
  const comparisons = new Map(
    row.figures.flatMap((f) => f.comparisons.map(({ comparison }) => [comparison.slug, comparison] as const)),
  );
  return {
    ...toSummary(row, new Date(history.at(-1)!.at)),
    attribution: row.attribution,
    explanation: row.explanation,
    appearances: row.appearances.map((a) => ({
      article: { ...a.article, publishedAt: iso(a.article.publishedAt) },
      quote: a.quote,
      claimant: a.claimant?.name ?? null,
      cites: a.cites?.name ?? null,
      attribution: a.attribution,
      reportedAt: iso(a.reportedAt),
    })),
    independentSources: independentSourceCount([{ claimantId: row.claimantId }, ...row.appearances]),
    figures: row.figures.map(toFigure),
    evidence: row.evidence.map((e) => ({ ...e, accessedAt: iso(e.accessedAt) })),
    comparisons: [...comparisons.values()],
    history,
  };
}
