import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import { authorize, type ActorRef } from '@/lib/auth/actor';
import type { Permission } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import type { DbTx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { parseInput } from '@/lib/validation';
import { comparisonMoveBlocker, moves, type Move } from '@/lib/workflow/rules';
import { updateComparisonAtVersion } from './concurrency';
import { retractSchema, transitionSchema } from './schemas';

// A comparison moves through the same stages as a claim, under the same rules: a reviewer
// sends it for review once it has a reading, an editor approves, and an editor who did not
// set the reading publishes (the second read). Each move is one transaction with its audit
// event. Callers revalidate the public pages after a move readers can see.

async function dropPendingCorrections(tx: DbTx, comparisonId: string, actor: ActorRef) {
  await tx.correction.updateMany({
    where: { comparisonId, status: 'pending' },
    data: { status: 'discarded', decidedById: actor?.id, decidedAt: new Date(), decisionReason: 'Retracted.' },
  });
}

type Moved = { comparisonId: string; comparisonSlug: string; version: number; isPublic: boolean };

async function move(
  tx: DbTx,
  kind: Move,
  permission: Permission,
  input: { comparisonId: string; version: number; reason: string; publicNote?: string },
  actor: ActorRef,
  extra: (
    comparison: { publishedAt: Date | null },
    actorId: string,
  ) => Prisma.ComparisonUncheckedUpdateManyInput = () => ({}),
): Promise<Moved> {
  const me = await authorize(tx, actor, permission);
  const comparison = await tx.comparison.findUnique({
    where: { id: input.comparisonId },
    include: { _count: { select: { members: true } } },
  });
  if (!comparison) throw new AppError('not_found', { userMessage: 'This comparison no longer exists.' });
  // A stale form is refused with who changed it, before any rule is judged on old facts.
  if (comparison.version !== input.version) await updateComparisonAtVersion(tx, comparison.id, input.version, {});
  const blocker = comparisonMoveBlocker(kind, { ...comparison, members: comparison._count.members }, me.id);
  if (blocker) throw new AppError('conflict', { userMessage: blocker });
  const to = moves[kind].to ?? comparison.stage;
  const data = { stage: to, ...extra(comparison, me.id) };
  await updateComparisonAtVersion(tx, comparison.id, input.version, data);
  await recordAudit(tx, {
    actorId: me.id,
    action: `comparison.${kind}`,
    entityType: 'comparison',
    entityId: comparison.id,
    before: { stage: comparison.stage, reading: comparison.reviewerReading },
    after: { stage: to, reading: data.reviewerReading ?? comparison.reviewerReading },
    reason: input.reason || null,
    publicNote: input.publicNote ?? null,
  });
  return {
    comparisonId: comparison.id,
    comparisonSlug: comparison.slug,
    version: input.version + 1,
    isPublic: to === 'published' || to === 'retracted',
  };
}

export async function submitComparison(input: unknown, actor: ActorRef) {
  const data = parseInput(transitionSchema, input);
  return db.$transaction((tx) => move(tx, 'submit', 'comparison.submit', data, actor));
}

export async function withdrawComparison(input: unknown, actor: ActorRef) {
  const data = parseInput(transitionSchema, input);
  if (!data.reason) {
    throw new AppError('invalid_input', {
      userMessage: 'Please correct the highlighted fields.',
      fieldErrors: { reason: 'Say why the comparison goes back to draft.' },
    });
  }
  return db.$transaction((tx) => move(tx, 'withdraw', 'comparison.withdraw', data, actor));
}

export async function approveComparison(input: unknown, actor: ActorRef) {
  const data = parseInput(transitionSchema, input);
  return db.$transaction((tx) => move(tx, 'approve', 'comparison.approve', data, actor));
}

export async function publishComparison(input: unknown, actor: ActorRef) {
  const data = parseInput(transitionSchema, input);
  return db.$transaction((tx) =>
    move(tx, 'publish', 'comparison.publish', data, actor, (comparison, actorId) => ({
      publishedAt: comparison.publishedAt ?? new Date(),
      publishedById: actorId,
    })),
  );
}

/** Withdraws a published comparison at once (one editor); a pending correction is dropped. */
export async function retractComparison(input: unknown, actor: ActorRef) {
  const data = parseInput(retractSchema, input);
  return db.$transaction(async (tx) => {
    const moved = await move(tx, 'retract', 'comparison.retract', data, actor);
    // After the authorized move: a correction of what is withdrawn cannot be published.
    await dropPendingCorrections(tx, moved.comparisonId, actor);
    return moved;
  });
}
