import 'server-only';
import { db } from '@/lib/db';
import { containsText } from '@/lib/db/text-search';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ClaimFilters } from './filters';
import { lastPublicChange, summarySelect, toSummary } from './summary';
import type { PublicClaimSummary } from './types';
import { publicClaimWhere } from './visibility';

export type ClaimPage = {
  claims: PublicClaimSummary[];
  page: number;
  perPage: number;
  total: number;
  totalPages: number;
};

/** Search looks only at what readers can already read: never notes, reasons or comments. */
function where(filters: Partial<ClaimFilters>): Prisma.ClaimWhereInput {
  return {
    ...publicClaimWhere,
    ...(filters.verdict ? { verdictKey: filters.verdict } : {}),
    ...(filters.claimant ? { claimant: { slug: filters.claimant } } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.q
      ? {
          OR: [
            { statement: containsText(filters.q) },
            { quote: containsText(filters.q) },
            { explanation: containsText(filters.q) },
            { claimant: { name: containsText(filters.q) } },
          ],
        }
      : {}),
  };
}

/** Published and retracted claims, newest first, one page at a time. */
export async function listPublicClaims(filters: Partial<ClaimFilters> = {}): Promise<ClaimPage> {
  const page = filters.page ?? 1;
  const perPage = filters.perPage ?? 20;
  const [total, rows] = await Promise.all([
    db.claim.count({ where: where(filters) }),
    db.claim.findMany({
      where: where(filters),
      orderBy: [{ publishedAt: 'desc' }, { spanStart: 'asc' }, { slug: 'asc' }],
      skip: (page - 1) * perPage,
      take: perPage,
      select: summarySelect,
    }),
  ]);
  const changes = await lastPublicChange(rows.map((r) => r.id));
  return {
    claims: rows.map((row) => toSummary(row, changes.get(row.id))),
    page,
    perPage,
    total,
    totalPages: Math.max(1, Math.ceil(total / perPage)),
  };
}

/** The choices the index's filters offer: only verdicts and sources that have public claims. */
export async function listFilterOptions() {
  const [verdicts, claimants] = await Promise.all([
    db.verdict.findMany({
      where: { claims: { some: publicClaimWhere } },
      orderBy: { position: 'asc' },
      select: { key: true, label: true },
    }),
    db.source.findMany({
      where: { claims: { some: publicClaimWhere } },
      orderBy: { name: 'asc' },
      select: { slug: true, name: true },
    }),
  ]);
  return { verdicts, claimants };
}
