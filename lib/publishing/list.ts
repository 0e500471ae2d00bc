import 'server-only';
import { db } from '@/lib/db';
import { containsText } from '@/lib/db/text-search';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ClaimFilters, ComparisonFilters } from './filters';
import { iso, lastPublicChange, summarySelect, toSummary } from './summary';
import type { PublicClaimSummary, PublicStatus } from './types';
import { publicClaimWhere, publicComparisonWhere } from './visibility';

type Paged = { page: number; perPage: number; total: number; totalPages: number };

export type ClaimPage = Paged & { claims: PublicClaimSummary[] };

function paged(filters: { page?: number; perPage?: number }, total: number): Paged {
  const perPage = filters.perPage ?? 20;
  return { page: filters.page ?? 1, perPage, total, totalPages: Math.max(1, Math.ceil(total / perPage)) };
}

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
  const { page, perPage } = paged(filters, 0);
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
  return { claims: rows.map((row) => toSummary(row, changes.get(row.id))), ...paged(filters, total) };
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

/** A published (or retracted) comparison as the index lists it. */
export type PublicComparisonSummary = {
  slug: string;
  question: string;
  status: PublicStatus;
  demo: boolean;
  publishedAt: string | null;
  /** The sources of its figures, and the places they count in, each once, in the comparison's order. */
  sources: string[];
  places: string[];
  figureCount: number;
};

export type ComparisonPage = Paged & { comparisons: PublicComparisonSummary[] };

/** Searches only what the comparison page shows: the places of its figures and their sources. */
function comparisonWhere(filters: Partial<ComparisonFilters>): Prisma.ComparisonWhereInput {
  const member = (figure: Prisma.FigureWhereInput) => ({ members: { some: { figure } } });
  return {
    ...publicComparisonWhere,
    AND: [
      ...(filters.place ? [member({ place: containsText(filters.place) })] : []),
      ...(filters.source ? [member({ claim: { claimant: { slug: filters.source } } })] : []),
    ],
  };
}

/** Published and retracted comparisons, newest first, one page at a time. */
export async function listPublicComparisons(filters: Partial<ComparisonFilters> = {}): Promise<ComparisonPage> {
  const { page, perPage } = paged(filters, 0);
  const [total, rows] = await Promise.all([
    db.comparison.count({ where: comparisonWhere(filters) }),
    db.comparison.findMany({
      where: comparisonWhere(filters),
      orderBy: [{ publishedAt: 'desc' }, { slug: 'asc' }],
      skip: (page - 1) * perPage,
      take: perPage,
      select: {
        slug: true,
        question: true,
        stage: true,
        demo: true,
        publishedAt: true,
        members: {
          orderBy: { position: 'asc' },
          select: { figure: { select: { place: true, claim: { select: { claimant: { select: { name: true } } } } } } },
        },
      },
    }),
  ]);
  const distinct = (values: (string | null | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))];
  return {
    comparisons: rows.map((row) => ({
      slug: row.slug,
      question: row.question,
      status: row.stage as PublicStatus,
      demo: row.demo,
      publishedAt: iso(row.publishedAt),
      sources: distinct(row.members.map((m) => m.figure.claim.claimant?.name ?? 'Unattributed')),
      places: distinct(row.members.map((m) => m.figure.place)),
      figureCount: row.members.length,
    })),
    ...paged(filters, total),
  };
}

/** The sources the comparison index offers: only those with figures in a public comparison. */
export async function listComparisonSources() {
  return db.source.findMany({
    where: {
      claims: { some: { figures: { some: { comparisons: { some: { comparison: publicComparisonWhere } } } } } },
    },
    orderBy: { name: 'asc' },
    select: { slug: true, name: true },
  });
}
