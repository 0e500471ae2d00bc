import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import { authorize, type ActorRef } from '@/lib/auth/actor';
import type { Permission } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import type { DbTx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { moveBlocker, moves, type Move } from '@/lib/workflow/rules';
import { updateAtVersion } from './concurrency';
import { retractSchema, transitionSchema } from './schemas';

// Every move of a claim through the workflow: one transaction with its audit event.
// Callers revalidate the public pages after a move that readers can see.

/** Called after an authorized retraction: a correction of what is withdrawn cannot be published. */
async function dropPendingCorrections(tx: DbTx, item: { claimId: string }, actor: ActorRef) {
  await tx.correction.updateMany({
    where: { ...item, status: 'pending' },
    data: { status: 'discarded', decidedById: actor?.id, decidedAt: new Date(), decisionReason: 'Retracted.' },
  });
}

type Moved = { claimId: string; claimSlug: string; articleSlug: string; version: number; isPublic: boolean };

async function move(
  tx: DbTx,
  kind: Move,
  permission: Permission,
  input: { claimId: string; version: number; reason: string; publicNote?: string },
  actor: ActorRef,
  extra: (
    claim: { verdictKey: string; publishedAt: Date | null },
    actorId: string,
  ) => Promise<object> | object = () => ({}),
): Promise<Moved> {
  const me = await authorize(tx, actor, permission);
  const claim = await tx.claim.findUnique({
    where: { id: input.claimId },
    include: { article: { select: { slug: true } } },
  });
  if (!claim) throw new AppError('not_found', { userMessage: 'This claim no longer exists.' });
  if (claim.version !== input.version) {
    // Let the shared check build the "changed by NAME at TIME" message.
    await updateAtVersion(tx, claim.id, input.version, {});
  }
  const blocker = moveBlocker(kind, claim, me.id);
  if (blocker) throw new AppError('conflict', { userMessage: blocker });
  const to = moves[kind].to ?? claim.stage;
  const data = { stage: to, ...(await extra(claim, me.id)) };
  await updateAtVersion(tx, claim.id, input.version, data);
  await recordAudit(tx, {
    actorId: me.id,
    action: `claim.${kind}`,
    entityType: 'claim',
    entityId: claim.id,
    before: { stage: claim.stage, verdict: claim.verdictKey },
    after: { stage: to, verdict: 'verdictKey' in data ? (data.verdictKey as string) : claim.verdictKey },
    reason: input.reason || null,
    publicNote: input.publicNote ?? null,
  });
  return {
    claimId: claim.id,
    claimSlug: claim.slug,
    articleSlug: claim.article.slug,
    version: input.version + 1,
    isPublic: to === 'published' || to === 'retracted',
  };
}

export async function submitForReview(input: unknown, actor: ActorRef) {
  const data = parseInput(transitionSchema, input);
  return db.$transaction((tx) => move(tx, 'submit', 'claim.submit', data, actor));
}

export async function withdrawToDraft(input: unknown, actor: ActorRef) {
  const data = parseInput(transitionSchema, input);
  if (!data.reason) throw reasonMissing();
  return db.$transaction((tx) => move(tx, 'withdraw', 'claim.withdraw', data, actor));
}

export async function approveClaim(input: unknown, actor: ActorRef) {
  const data = parseInput(transitionSchema, input);
  return db.$transaction((tx) => move(tx, 'approve', 'claim.approve', data, actor));
}

export async function publishClaim(input: unknown, actor: ActorRef) {
  const data = parseInput(transitionSchema, input);
  return db.$transaction((tx) =>
    move(tx, 'publish', 'claim.publish', data, actor, (claim, actorId) => ({
      publishedAt: claim.publishedAt ?? new Date(),
      publishedById: actorId,
    })),
  );
}

/** Withdraws a published claim at once (one editor: it asserts nothing new); a pending correction is dropped. */
export async function retractClaim(input: unknown, actor: ActorRef) {
  const data = parseInput(retractSchema, input);
  return db.$transaction(async (tx) => {
    const moved = await move(tx, 'retract', 'claim.retract', data, actor);
    await dropPendingCorrections(tx, { claimId: moved.claimId }, actor);
    return moved;
  });
}

function reasonMissing() {
  return new AppError('invalid_input', {
    userMessage: 'Please correct the highlighted fields.',
    fieldErrors: { reason: 'Say why the claim goes back to draft.' },
  });
}
