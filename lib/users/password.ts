import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import { authorize, type ActorRef } from '@/lib/auth/actor';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { changePasswordSchema, setPasswordWithTokenSchema } from './schemas';
import { hashToken } from './tokens';

/** A signed-in user changes their own password; the current one is required. */
export async function changePassword(input: unknown, actor: ActorRef) {
  const { currentPassword, newPassword } = parseInput(changePasswordSchema, input);
  const me = await authorize(db, actor, 'account.changePassword');
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: me.id }, select: { passwordHash: true } });
  if (!passwordHash || !(await verifyPassword(passwordHash, currentPassword))) {
    throw new AppError('invalid_input', {
      userMessage: 'Your current password is not right.',
      fieldErrors: { currentPassword: 'This is not your current password.' },
    });
  }
  const newHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await authorize(tx, actor, 'account.changePassword');
    await tx.user.update({ where: { id: me.id }, data: { passwordHash: newHash, passwordChangedAt: new Date() } });
    await recordAudit(tx, { actorId: me.id, action: 'user.password_change', entityType: 'user', entityId: me.id });
  });
}

/**
 * Sets a password through a one-time link. The link is the credential, so there is no
 * actor: it works once, before it expires, for an account that is not disabled.
 */
export async function setPasswordWithToken(input: unknown) {
  const { token, password } = parseInput(setPasswordWithTokenSchema, input);
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    const row = await tx.passwordToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
    if (!row || row.usedAt || row.expiresAt < new Date() || row.user.disabled) {
      throw new AppError('invalid_input', {
        userMessage: 'This link is not valid any more. Ask an admin for a new one.',
      });
    }
    await tx.passwordToken.update({ where: { id: row.id }, data: { usedAt: new Date() } });
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash, passwordChangedAt: new Date() } });
    await recordAudit(tx, {
      actorId: row.userId,
      action: 'user.password_set',
      entityType: 'user',
      entityId: row.userId,
      reason: 'one-time link',
    });
  });
}
