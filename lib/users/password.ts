import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import { authorize, type ActorRef } from '@/lib/auth/actor';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { lockedUntil, recordFailure, throttleAddress, type ThrottleKey } from '@/lib/auth/throttle';
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
    throw AppError.fields(
      { currentPassword: 'This is not your current password.' },
      'Your current password is not right.',
    );
  }
  const newHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await authorize(tx, actor, 'account.changePassword');
    // A new password ends every session of the account, this one included.
    await tx.user.update({
      where: { id: me.id },
      data: { passwordHash: newHash, passwordChangedAt: new Date(), sessionEpoch: { increment: 1 } },
    });
    await recordAudit(tx, { actorId: me.id, action: 'user.password_change', entityType: 'user', entityId: me.id });
  });
}

const invalidLink = () =>
  new AppError('invalid_input', { userMessage: 'This link is not valid any more. Ask an admin for a new one.' });

/**
 * Sets a password through a one-time link. The link is the credential, so there is no
 * actor: it works once, before it expires, for an account that is not disabled. The link
 * is checked before the password is hashed, and attempts are limited per address
 * (`address` from `clientAddress`, lib/auth/address.ts), so guessing links or sending
 * many requests with one link cannot keep the server hashing.
 */
export async function setPasswordWithToken(input: unknown, address: string | null = null, now = new Date()) {
  const { token, password } = parseInput(setPasswordWithTokenSchema, input);
  const key: ThrottleKey = { kind: 'setPassword', value: throttleAddress(address) };
  if (await lockedUntil(db, [key], now)) {
    throw new AppError('locked', {
      userMessage: 'Too many attempts to set a password from this address. Try again in 15 minutes.',
    });
  }
  await recordFailure(db, key, now); // every attempt counts, a good one too: each costs a hash
  const row = await db.passwordToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, userId: true, usedAt: true, expiresAt: true, user: { select: { disabled: true } } },
  });
  if (!row || row.usedAt || row.expiresAt <= now || row.user.disabled) throw invalidLink();

  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    // Claims the link in one statement, so of two requests with the same link one wins.
    const claimed = await tx.passwordToken.updateMany({
      where: { id: row.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    const user = await tx.user.findUnique({ where: { id: row.userId }, select: { disabled: true } });
    if (claimed.count !== 1 || !user || user.disabled) throw invalidLink();
    await tx.user.update({
      where: { id: row.userId },
      data: { passwordHash, passwordChangedAt: now, sessionEpoch: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId: row.userId,
      action: 'user.password_set',
      entityType: 'user',
      entityId: row.userId,
      reason: 'one-time link',
    });
  });
}
