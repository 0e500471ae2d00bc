import 'server-only';
import { db } from '@/lib/db';
import { readComparison, type ComparisonReading } from '@/lib/figures';
import type { ComparisonReading as ReviewerReading } from '@/lib/generated/prisma/enums';
import { figureAsWritten } from './figures';
import { iso } from './summary';
import type { PublicFigure, PublicStatus } from './types';
import { publicClaimWhere, publicComparisonNoticeActions, publicComparisonWhere } from './visibility';

export type ComparisonMember = Omit<PublicFigure, 'partOf'> & {
  source: string;
  /** The member's claim page, once that claim is public. */
  claimSlug: string | null;
  /** The member this figure is a part of, described. */
  partOf: string | null;
};

export type PublicComparison = {
  slug: string;
  question: string;
  status: PublicStatus;
  demo: boolean;
  reviewerReading: ReviewerReading;
  reviewerNote: string | null;
  publishedAt: string | null;
  members: ComparisonMember[];
  automatic: ComparisonReading;
  /** Corrections and the retraction, oldest first, with the note readers see. */
  notices: { kind: 'correction' | 'retraction'; at: string; note: string }[];
};

export async function getPublicComparison(slug: string): Promise<PublicComparison | null> {
  const row = await db.comparison.findFirst({
    where: { slug, ...publicComparisonWhere },
    select: {
      id: true,
      slug: true,
      question: true,
      stage: true,
      demo: true,
      reviewerReading: true,
      reviewerNote: true,
      publishedAt: true,
      members: {
        orderBy: { position: 'asc' },
        select: {
          figure: {
            select: {
              id: true,
              outcome: true,
              victimGroup: true,
              min: true,
              max: true,
              qualifier: true,
              place: true,
              periodText: true,
              cause: true,
              partOfId: true,
              claim: { select: { slug: true, stage: true, claimant: { select: { name: true } } } },
            },
          },
        },
      },
    },
  });
  if (!row) return null;
  const events = await db.auditEvent.findMany({
    where: { entityType: 'comparison', entityId: row.id, action: { in: [...publicComparisonNoticeActions] } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { action: true, createdAt: true, publicNote: true },
  });
  const figures = row.members.map(({ figure: f }) => ({
    ...f,
    period: f.periodText,
    source: f.claim.claimant?.name ?? 'Unattributed',
  }));
  const byId = new Map(figures.map((f) => [f.id, f]));
  return {
    slug: row.slug,
    question: row.question,
    status: row.stage as PublicStatus,
    demo: row.demo,
    reviewerReading: row.reviewerReading,
    reviewerNote: row.reviewerNote,
    publishedAt: iso(row.publishedAt),
    members: figures.map((f) => ({
      outcome: f.outcome,
      victimGroup: f.victimGroup,
      min: f.min,
      max: f.max,
      qualifier: f.qualifier,
      place: f.place,
      period: f.period,
      cause: f.cause,
      source: f.source,
      claimSlug: publicClaimWhere.stage.in.includes(f.claim.stage) ? f.claim.slug : null,
      partOf: wholeText(f.partOfId ? byId.get(f.partOfId) : undefined),
    })),
    automatic: readComparison(figures),
    notices: events.map((e) => ({
      kind: e.action === 'comparison.retract' ? 'retraction' : 'correction',
      at: e.createdAt.toISOString(),
      note: e.publicNote ?? '',
    })),
  };
}

function wholeText(
  whole: ({ source: string; victimGroup: string; outcome: string } & Parameters<typeof figureAsWritten>[0]) | undefined,
) {
  return whole ? `${whole.source}: ${figureAsWritten(whole)} ${whole.victimGroup} ${whole.outcome}` : null;
}
