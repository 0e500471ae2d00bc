import type { Db, DbTx } from '@/lib/db/client';
import type { Actor } from './actor';

// Each account has a session epoch (User.sessionEpoch). A session token records the epoch
// it began in; `getCurrentUser` and `authorize` refuse a token whose epoch is not the
// account's current one. Bumping the epoch therefore ends every session of the account
// at once, including copies of the cookie kept after signing out. It is bumped on
// sign-out (here), and in the same write as a password change or set
// (lib/users/password.ts), a role change, disabling or enabling the account, and a new
// set-password link (lib/users/manage.ts).
// The check costs nothing extra: both already read the user row by its primary key.

/**
 * Signing out: ends the user's sessions, but only if the token signing out is still
 * current, so replaying an old cookie at the sign-out endpoint cannot sign anyone out.
 */
export async function endSessionsFrom(db: Db | DbTx, userId: string, epoch: number) {
  const { count } = await db.user.updateMany({
    where: { id: userId, sessionEpoch: epoch },
    data: { sessionEpoch: { increment: 1 } },
  });
  return count > 0;
}

/**
 * The user a session token stands for, as the database has them now, or null when the
 * account is disabled or gone, or the token's epoch has ended (one read by primary key).
 * A token without an epoch predates epochs and counts as signed out.
 */
export async function sessionUser(db: Db | DbTx, token: { userId: string; epoch: unknown }): Promise<Actor | null> {
  if (typeof token.epoch !== 'number') return null;
  const user = await db.user.findUnique({
    where: { id: token.userId },
    select: { id: true, email: true, name: true, role: true, disabled: true, sessionEpoch: true },
  });
  if (!user || user.disabled || user.sessionEpoch !== token.epoch) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionEpoch: user.sessionEpoch };
}
