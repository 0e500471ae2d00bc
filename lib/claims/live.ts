import 'server-only';
import { authorize, type ActorRef } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { isRecordId } from '@/lib/validation-text';

// The workspace's live notice (docs/decisions/020-live-notice-by-polling.md): an open
// claim asks every few seconds which version is saved, and who saved it, so that a
// reviewer learns of someone else's save before their own save is refused.

/** The claim's saved version, who made its last recorded change and when (staff only). */
export async function claimVersion(claimId: string, actor: ActorRef) {
  const me = await authorize(db, actor, 'claim.edit');
  if (!isRecordId(claimId)) throw AppError.gone('claim');
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: { version: true, updatedAt: true } });
  if (!claim) throw AppError.gone('claim');
  const last = await db.auditEvent.findFirst({
    where: { entityType: 'claim', entityId: claimId },
    orderBy: { createdAt: 'desc' },
    select: { actorId: true, createdAt: true, actor: { select: { name: true } } },
  });
  return {
    version: claim.version,
    updatedBy: last?.actor?.name ?? 'someone else',
    byYou: last?.actorId === me.id,
    updatedAt: (last?.createdAt ?? claim.updatedAt).toISOString(),
  };
}

export type ClaimVersion = Awaited<ReturnType<typeof claimVersion>>;
