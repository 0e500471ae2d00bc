import 'server-only';
import { updateAtVersion } from '@/lib/claims/concurrency';
import { updateComparisonAtVersion } from '@/lib/comparisons/concurrency';
import type { DbTx } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Stage } from '@/lib/generated/prisma/enums';
import { comparisonMoveBlocker, moveBlocker, type Move } from './rules';

// The two kinds of record that go through the workflow, claims and comparisons, as the
// edit core (edit.ts), the moves (moves.ts) and corrections (corrections.ts) see them:
// how to find one, how to save it at a version, the rule for its moves, and the pages
// readers find it on, which a verb reports so that its caller refreshes them.

export type Kind = 'claim' | 'comparison';

export type Base = {
  id: string;
  slug: string;
  stage: Stage;
  version: number;
  publishedAt: Date | null;
};

export type WorkflowRecord<Item extends Base, Data, Report> = {
  kind: Kind;
  /** The form field that names the record: `claimId`, `comparisonId`. */
  idField: `${Kind}Id`;
  load(tx: DbTx, id: string): Promise<Item | null>;
  write(tx: DbTx, id: string, version: number, data: Data): Promise<void>;
  /** Why `actorId` cannot make `move` on the record as it is now, or null. */
  blocker(move: Move, item: Item & { correctionPending?: boolean }, actorId: string): string | null;
  /** The record's decision (a claim's verdict, a comparison's reading) for the audit trail. */
  decision(item: Item): Record<string, string>;
  /** The record's id and the slugs of readers' pages about it. */
  report(item: Item): Report;
};

const claimWithPages = { article: { select: { slug: true } } } as const;
export type WorkflowClaim = Prisma.ClaimGetPayload<{ include: typeof claimWithPages }>;

export const claimRecord: WorkflowRecord<
  WorkflowClaim,
  Prisma.ClaimUncheckedUpdateManyInput,
  { claimId: string; claimSlug: string; articleSlug: string }
> = {
  kind: 'claim',
  idField: 'claimId',
  load: (tx, id) => tx.claim.findUnique({ where: { id }, include: claimWithPages }),
  write: updateAtVersion,
  blocker: moveBlocker,
  decision: (claim) => ({ verdict: claim.verdictKey }),
  report: (claim) => ({ claimId: claim.id, claimSlug: claim.slug, articleSlug: claim.article.slug }),
};

export type WorkflowComparison = Prisma.ComparisonGetPayload<object> & { members: number };

export const comparisonRecord: WorkflowRecord<
  WorkflowComparison,
  Prisma.ComparisonUncheckedUpdateManyInput,
  { comparisonId: string; comparisonSlug: string }
> = {
  kind: 'comparison',
  idField: 'comparisonId',
  load: async (tx, id) => {
    const found = await tx.comparison.findUnique({ where: { id }, include: { _count: { select: { members: true } } } });
    if (!found) return null;
    const { _count, ...comparison } = found;
    return { ...comparison, members: _count.members };
  },
  write: updateComparisonAtVersion,
  blocker: comparisonMoveBlocker,
  decision: (comparison) => ({ reading: comparison.reviewerReading }),
  report: (comparison) => ({ comparisonId: comparison.id, comparisonSlug: comparison.slug }),
};
