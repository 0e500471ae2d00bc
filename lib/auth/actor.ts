import type { DbTx, Db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { Role } from '@/lib/generated/prisma/enums';
import { roleCan, type Permission } from './permissions';

/** `sessionEpoch`: the epoch the session began in (lib/auth/session-epoch.ts). */
export type Actor = { id: string; email: string; name: string; role: Role; sessionEpoch?: number };

/**
 * Who is acting, as the caller knows it; `authorize` re-reads role, status and session
 * epoch from the database. A session's actor (lib/auth/session.ts) always carries its
 * epoch; scripts and tests that act for a user directly may leave it out.
 */
export type ActorRef = { id: string; sessionEpoch?: number } | null;

/**
 * Loads the actor's current role and status and checks the permission. Domain functions
 * call it inside their transaction, so a demoted or disabled user, or a session that
 * ended (signed out, password changed), is refused on the next request, whatever the
 * session token still says.
 */
export async function authorize(db: Db | DbTx, actor: ActorRef, permission: Permission): Promise<Actor> {
  if (!actor) throw new AppError('unauthenticated', { userMessage: 'Please sign in first.' });
  const user = await db.user.findUnique({
    where: { id: actor.id },
    select: { id: true, email: true, name: true, role: true, disabled: true, sessionEpoch: true },
  });
  if (!user || user.disabled) {
    throw new AppError('unauthenticated', { userMessage: 'Your account is disabled or no longer exists.' });
  }
  if (actor.sessionEpoch !== undefined && actor.sessionEpoch !== user.sessionEpoch) {
    throw new AppError('unauthenticated', { userMessage: 'You have been signed out. Please sign in again.' });
  }
  if (!roleCan(user.role, permission)) {
    throw new AppError('forbidden', { userMessage: 'Your role does not allow this.' });
  }
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionEpoch: user.sessionEpoch };
}
