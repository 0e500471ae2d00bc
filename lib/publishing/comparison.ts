import 'server-only';
import { db } from '@/lib/db';
import { readComparison, type ComparisonReading } from '@/lib/figures';
import { publicFigureSelect, toPublicFigureFields } from '@/lib/figures/fields';
import type { ComparisonReading as ReviewerReading } from '@/lib/generated/prisma/enums';
import { readOverTime, type OverTimeReading } from '@/lib/comparisons/over-time';
import { primarySources } from '@/lib/claims/appearance-sources';
import { figureSaid } from './figures';
import { iso } from './summary';
import type { PublicFigure, PublicStatus } from './types';
import { publicClaimWhere, publicComparisonNoticeActions, publicComparisonWhere } from './visibility';

export type ComparisonMember = Omit<PublicFigure, 'partOf'> & {
  source: string;
  /** The member's claim page, once that claim is public. */
  claimSlug: string | null;
  /** The member this figure is a part of, described. */
  partOf: string | null;
  /** The end of the period it covers, when a reviewer set it (ISO). */
  periodEnd: string | null;
  /** When the article that reported it was published (ISO), when known. */
  reportedAt: string | null;
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
  /** What the figures' dates add to the automatic reading (lib/comparisons/over-time.ts). */
  overTime: OverTimeReading;
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
              ...publicFigureSelect,
              id: true,
              partOfId: true,
              periodEnd: true,
              claim: {
                select: {
                  slug: true,
                  stage: true,
                  claimantId: true,
                  claimant: { select: { name: true } },
                  article: { select: { publishedAt: true } },
                  appearances: { select: { claimantId: true, citesSourceId: true } },
                },
              },
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
    ...toPublicFigureFields(f),
    id: f.id,
    partOfId: f.partOfId,
    claim: f.claim,
    source: f.claim.claimant?.name ?? 'Unattributed',
    periodEnd: iso(f.periodEnd),
    reportedAt: iso(f.claim.article.publishedAt),
    // Only a public claim's appearances are public (an unpublished one's stay inside).
    primarySources: primarySources([
      { claimantId: f.claim.claimantId },
      ...(publicClaimWhere.stage.in.includes(f.claim.stage) ? f.claim.appearances : []),
    ]),
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
    members: figures.map(({ id: _id, partOfId, claim, primarySources: _sources, ...f }) => {
      const whole = partOfId ? byId.get(partOfId) : undefined;
      return {
        ...f,
        claimSlug: publicClaimWhere.stage.in.includes(claim.stage) ? claim.slug : null,
        partOf: whole ? `${whole.source}: ${figureSaid(whole)}` : null,
      };
    }),
    automatic: readComparison(figures),
    overTime: readOverTime(figures),
    notices: events.map((e) => ({
      kind: e.action === 'comparison.retract' ? 'retraction' : 'correction',
      at: e.createdAt.toISOString(),
      note: e.publicNote ?? '',
    })),
  };
}
