import type { DbTx, Db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { Role } from '@/lib/generated/prisma/enums';
import { roleCan, type Permission } from './permissions';

export type Actor = { id: string; email: string; name: string; role: Role };

/** Who is acting, as the caller knows it; `authorize` re-reads role and status from the database. */
export type ActorRef = { id: string } | null;

/**
 * Loads the actor's current role and status and checks the permission. Domain functions
 * call it inside their transaction, so a demoted or disabled user is refused on their
 * next request, whatever their session token still says.
 */
export async function authorize(db: Db | DbTx, actor: ActorRef, permission: Permission): Promise<Actor> {
  if (!actor) throw new AppError('unauthenticated', { userMessage: 'Please sign in first.' });
  const user = await db.user.findUnique({
    where: { id: actor.id },
    select: { id: true, email: true, name: true, role: true, disabled: true },
  });
  if (!user || user.disabled) {
    throw new AppError('unauthenticated', { userMessage: 'Your account is disabled or no longer exists.' });
  }
  if (!roleCan(user.role, permission)) {
    throw new AppError('forbidden', { userMessage: 'Your role does not allow this.' });
  }
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
