import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { PublicClaimSummary, PublicStatus } from './types';
import { publicHistoryActions } from './visibility';

// The columns of a claim that a list shows, chosen by name: nothing internal is read.
export const summarySelect = {
  id: true,
  slug: true,
  statement: true,
  quote: true,
  kind: true,
  stage: true,
  demo: true,
  publishedAt: true,
  createdAt: true,
  verdict: { select: { key: true, label: true, description: true, ratingValue: true, tone: true } },
  claimant: { select: { slug: true, name: true, kind: true, isPerson: true, description: true } },
  article: { select: { slug: true, title: true, publisher: true, url: true, publishedAt: true } },
} satisfies Prisma.ClaimSelect;

export type SummaryRow = Prisma.ClaimGetPayload<{ select: typeof summarySelect }>;

export function iso(date: Date | null | undefined): string | null {
  return date ? date.toISOString() : null;
}

/**
 * When each claim last changed in public: its latest publication, correction or retraction.
 * Claim.updatedAt moves with internal edits too, which readers never see.
 */
export async function lastPublicChange(claimIds: string[]): Promise<Map<string, Date>> {
  if (claimIds.length === 0) return new Map();
  const rows = await db.auditEvent.groupBy({
    by: ['entityId'],
    where: { entityType: 'claim', entityId: { in: claimIds }, action: { in: [...publicHistoryActions] } },
    _max: { createdAt: true },
  });
  return new Map(rows.flatMap((r) => (r._max.createdAt ? [[r.entityId, r._max.createdAt] as const] : [])));
}

export function toSummary(row: SummaryRow, lastChange?: Date): PublicClaimSummary {
  const publishedAt = row.publishedAt ?? row.createdAt;
  const updatedAt = lastChange && lastChange > publishedAt ? lastChange : publishedAt;
  return {
    slug: row.slug,
    statement: row.statement,
    quote: row.quote,
    kind: row.kind,
    status: row.stage as PublicStatus,
    demo: row.demo,
    verdict: row.verdict,
    claimant: row.claimant,
    article: { ...row.article, publishedAt: iso(row.article.publishedAt) },
    publishedAt: publishedAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  };
}
