import 'server-only';
import { z } from 'zod';
import { authorize, type Actor, type ActorRef } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { containsText } from '@/lib/db/text-search';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Stage } from '@/lib/generated/prisma/enums';
import { claimKinds } from './schemas';
import { parseInput } from '@/lib/validation';
import { text } from '@/lib/validation-text';
import { publicStages } from '@/lib/workflow/stages';

// The review queue: views, filters, text search, sorting and pagination, all done by the
// database so the page stays fast with tens of thousands of claims.
export const PAGE_SIZE = 25;
/** What a page may hold: more than the default so that a bulk action can take up to 200 claims. */
export const PAGE_SIZES = [25, 50, 100, 200] as const;
/** Counting stops here: past it the page says "1,000+", which is all a reviewer needs. */
export const COUNT_CAP = 1000;

export const queueViews = {
  mine: { label: 'Assigned to me' },
  unassigned: { label: 'Unassigned' },
  in_review: { label: 'In review' },
  approved: { label: 'Approved, awaiting publication' },
  corrections: { label: 'Corrections awaiting a second editor' },
  published: { label: 'Recently published' },
  all: { label: 'All claims' },
} as const;
export type QueueView = keyof typeof queueViews;

const sorts = {
  updated_desc: { label: 'Last changed, newest first', orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }] },
  updated_asc: { label: 'Last changed, oldest first', orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }] },
  published_desc: {
    label: 'Published, newest first',
    orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
  },
  article: { label: 'Article, then position', orderBy: [{ articleId: 'asc' }, { spanStart: 'asc' }, { id: 'asc' }] },
} satisfies Record<string, { label: string; orderBy: Prisma.ClaimOrderByWithRelationInput[] }>;
export const queueSorts = Object.fromEntries(Object.entries(sorts).map(([k, v]) => [k, v.label])) as Record<
  keyof typeof sorts,
  string
>;

// Deep pages cost an OFFSET scan; nobody reads 400 pages of a queue, they filter instead.
export const MAX_PAGE = 400;

const blankToUndefined = (v: unknown) => (v === '' ? undefined : v);
export const queueQuerySchema = z.object({
  view: z.enum(Object.keys(queueViews) as [QueueView, ...QueueView[]]).catch('mine'),
  verdict: z.preprocess(blankToUndefined, text().max(64).optional()).catch(undefined),
  kind: z.preprocess(blankToUndefined, z.enum(claimKinds).optional()).catch(undefined),
  claimant: z.preprocess(blankToUndefined, text().max(64).optional()).catch(undefined),
  article: z.preprocess(blankToUndefined, text().max(64).optional()).catch(undefined),
  assignee: z.preprocess(blankToUndefined, text().max(64).optional()).catch(undefined),
  q: z.preprocess(blankToUndefined, text().trim().max(200).optional()).catch(undefined),
  sort: z.enum(Object.keys(sorts) as [keyof typeof sorts, ...(keyof typeof sorts)[]]).catch('updated_desc'),
  page: z.coerce.number().int().min(1).max(MAX_PAGE).catch(1),
  size: z.coerce
    .number()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
    .catch(PAGE_SIZE),
});
export type QueueQuery = z.infer<typeof queueQuerySchema>;

/** The stages of the claims in a person's own view, and in the unassigned view. */
const MINE_STAGES: Stage[] = ['draft', 'in_review', 'approved'];
const UNASSIGNED_STAGES: Stage[] = ['draft', 'in_review'];

function viewWhere(view: QueueView, me: Actor): Prisma.ClaimWhereInput {
  switch (view) {
    case 'mine':
      return { assigneeId: me.id, stage: { in: MINE_STAGES } };
    case 'unassigned':
      return { assigneeId: null, stage: { in: UNASSIGNED_STAGES } };
    case 'in_review':
      return { stage: 'in_review' };
    case 'approved':
      return { stage: 'approved' };
    case 'corrections':
      return { corrections: { some: { status: 'pending' } } };
    case 'published':
      // Both stages always carry a publication date; saying so lets the planner skip the
      // unpublished claims at the head of the (publishedAt, id) index.
      return { stage: { in: publicStages }, publishedAt: { not: null } };
    case 'all':
      return {};
  }
}

export function queueWhere(query: QueueQuery, me: Actor): Prisma.ClaimWhereInput {
  const and: Prisma.ClaimWhereInput[] = [viewWhere(query.view, me)];
  if (query.verdict) and.push({ verdictKey: query.verdict });
  if (query.kind) and.push({ kind: query.kind });
  if (query.claimant) and.push({ claimantId: query.claimant });
  if (query.article) and.push({ articleId: query.article });
  if (query.assignee) and.push({ assigneeId: query.assignee === 'none' ? null : query.assignee });
  if (query.q) {
    and.push({ OR: [{ statement: containsText(query.q) }, { quote: containsText(query.q) }] });
  }
  return { AND: and };
}

/**
 * How many claims match, counted up to COUNT_CAP + 1: any COUNT_CAP + 1 matching claims, in
 * no order, so the database stops at the cap by whichever path is cheapest. In SQL because
 * Prisma orders every query with `take` by id (its findMany and its count alike), which
 * makes the database read and sort every match first: a place name found in 4% of 50,000
 * claims read 2,100 claims from the table for it instead of 1,001, more than PGlite's 16 MB
 * buffer pool holds, so every search read them again (docs/performance.md, issue 15). The
 * conditions are queueWhere's, one for one; tests/db/queue.test.ts checks that both count
 * the same claims for every view and filter.
 */
async function cappedCount(query: QueueQuery, me: Actor): Promise<number> {
  const stageIn = (stages: readonly string[]) =>
    Prisma.sql`c."stage" IN (${Prisma.join(stages.map((s) => Prisma.sql`CAST(${s} AS "Stage")`))})`;
  const conditions: Prisma.Sql[] = [];
  switch (query.view) {
    case 'mine':
      conditions.push(Prisma.sql`c."assigneeId" = ${me.id}`, stageIn(MINE_STAGES));
      break;
    case 'unassigned':
      conditions.push(Prisma.sql`c."assigneeId" IS NULL`, stageIn(UNASSIGNED_STAGES));
      break;
    case 'in_review':
    case 'approved':
      conditions.push(stageIn([query.view]));
      break;
    case 'corrections':
      conditions.push(
        Prisma.sql`EXISTS (SELECT 1 FROM "Correction" r WHERE r."claimId" = c."id" AND r."status" = CAST('pending' AS "CorrectionStatus"))`,
      );
      break;
    case 'published':
      conditions.push(stageIn(publicStages), Prisma.sql`c."publishedAt" IS NOT NULL`);
      break;
    case 'all':
      break;
  }
  if (query.verdict) conditions.push(Prisma.sql`c."verdictKey" = ${query.verdict}`);
  if (query.kind) conditions.push(Prisma.sql`c."kind" = CAST(${query.kind} AS "ClaimKind")`);
  if (query.claimant) conditions.push(Prisma.sql`c."claimantId" = ${query.claimant}`);
  if (query.article) conditions.push(Prisma.sql`c."articleId" = ${query.article}`);
  if (query.assignee) {
    conditions.push(
      query.assignee === 'none' ? Prisma.sql`c."assigneeId" IS NULL` : Prisma.sql`c."assigneeId" = ${query.assignee}`,
    );
  }
  if (query.q) {
    const pattern = containsText(query.q).contains;
    conditions.push(
      Prisma.sql`(c."statement" ILIKE ('%' || ${pattern} || '%') OR c."quote" ILIKE ('%' || ${pattern} || '%'))`,
    );
  }
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT COUNT(*)::int AS n FROM (SELECT 1 FROM "Claim" c ${where} LIMIT ${COUNT_CAP + 1}) AS capped`;
  return row!.n;
}

export async function listQueue(query: QueueQuery, me: Actor) {
  const where = queueWhere(query, me);
  // In the published view every claim has a publication date, so "nulls last" is moot and
  // the plain descending order can walk the (publishedAt, id) index instead of sorting.
  const orderBy: Prisma.ClaimOrderByWithRelationInput[] =
    query.view === 'published' && (query.sort === 'updated_desc' || query.sort === 'published_desc')
      ? [{ publishedAt: 'desc' }, { id: 'desc' }]
      : sorts[query.sort].orderBy;
  const [found, counted] = await Promise.all([
    db.claim.findMany({
      where,
      orderBy,
      skip: (query.page - 1) * query.size,
      take: query.size + 1,
      select: {
        id: true,
        version: true,
        statement: true,
        quote: true,
        kind: true,
        stage: true,
        updatedAt: true,
        publishedAt: true,
        articleChange: true,
        verdict: { select: { label: true, tone: true } },
        claimant: { select: { name: true } },
        assignee: { select: { name: true } },
        article: { select: { title: true } },
      },
    }),
    cappedCount(query, me),
  ]);
  const rows = found.slice(0, query.size);
  // Figures and evidence counted for this page's claims only: Prisma's _count aggregates
  // the whole table before joining, which took hundreds of milliseconds at 80,000 figures.
  const ids = rows.map((r) => r.id);
  const [figures, evidence] = await Promise.all([
    db.figure.groupBy({ by: ['claimId'], where: { claimId: { in: ids } }, _count: { _all: true } }),
    db.evidence.groupBy({ by: ['claimId'], where: { claimId: { in: ids }, removedAt: null }, _count: { _all: true } }),
  ]);
  const tally = (groups: { claimId: string; _count: { _all: number } }[]) =>
    new Map(groups.map((g) => [g.claimId, g._count._all]));
  const [figureCount, evidenceCount] = [tally(figures), tally(evidence)];
  const exact = counted <= COUNT_CAP;
  return {
    rows: rows.map((r) => ({ ...r, figures: figureCount.get(r.id) ?? 0, evidence: evidenceCount.get(r.id) ?? 0 })),
    /** The number of matching claims, or COUNT_CAP when there are more (then `exact` is false). */
    total: Math.min(counted, COUNT_CAP),
    exact,
    /** The number of pages when the count is exact; null when it is not known. */
    pages: exact ? Math.max(1, Math.ceil(counted / query.size)) : null,
    hasNext: found.length > query.size && query.page < MAX_PAGE,
  };
}

const viewKeys = Object.keys(queueViews) as [QueueView, ...QueueView[]];
const isView = (value: unknown): value is QueueView => viewKeys.includes(value as QueueView);

/**
 * The view the desk opens on when the address names none: the one this person last chose;
 * otherwise their own claims when they have any, else the unassigned ones, so that a new
 * reviewer's first view has work in it. `why` says which it chose, for the page to show.
 */
export async function openingView(me: Actor): Promise<{ view: QueueView; why: string; remembered: boolean }> {
  const [user, mine] = await Promise.all([
    db.user.findUnique({ where: { id: me.id }, select: { queueView: true } }),
    db.claim.findFirst({ where: viewWhere('mine', me), select: { id: true } }),
  ]);
  if (isView(user?.queueView)) {
    return {
      view: user.queueView,
      why: 'The view you chose last; pick another below and the desk remembers it.',
      remembered: true,
    };
  }
  if (mine) return { view: 'mine', why: 'Showing the claims assigned to you.', remembered: false };
  return {
    view: 'unassigned',
    why: 'Nothing is assigned to you, so the desk shows the claims nobody has taken yet.',
    remembered: false,
  };
}

const chooseViewSchema = z.object({ view: z.enum(viewKeys, { error: 'Choose one of the views.' }) });

/** Remembers the view a member of staff picked, so that the desk opens on it next time. */
export async function rememberQueueView(input: unknown, actor: ActorRef) {
  const { view } = parseInput(chooseViewSchema, input);
  const me = await authorize(db, actor, 'queue.chooseView');
  await db.user.update({ where: { id: me.id }, data: { queueView: view } });
  return { view };
}

/** Forgets the view a member of staff picked: the desk opens on their own or the unassigned claims again. */
export async function forgetQueueView(_input: unknown, actor: ActorRef) {
  const me = await authorize(db, actor, 'queue.chooseView');
  await db.user.update({ where: { id: me.id }, data: { queueView: null } });
}

/** What the filter menus offer. */
export async function queueFilterOptions() {
  const [verdicts, sources, articles, staff] = await Promise.all([
    db.verdict.findMany({ where: { active: true }, orderBy: { position: 'asc' }, select: { key: true, label: true } }),
    db.source.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    db.article.findMany({ orderBy: { createdAt: 'desc' }, select: { id: true, title: true }, take: 500 }),
    db.user.findMany({ where: { disabled: false }, orderBy: { name: 'asc' }, select: { id: true, name: true } }),
  ]);
  return { verdicts, sources, articles, staff };
}

/** How many open claims (not yet published) are assigned to this person: the count in the desk's navigation. */
export function assignedOpenCount(me: Actor) {
  return db.claim.count({ where: viewWhere('mine', me) });
}
