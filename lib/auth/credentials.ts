import { z } from 'zod';
import { recordAudit } from '@/lib/audit/record';
import type { Db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { requestLogger } from '@/lib/request-log';
import type { Actor } from './actor';
import { hashPassword, verifyPassword } from './password';
import { text } from '@/lib/validation-text';
import { clearFailures, limits, lockedUntil, recordFailure, signInKeys, WINDOW_MS, type ThrottleKey } from './throttle';

export const signInSchema = z.object({
  email: text().trim().toLowerCase().email('Enter the email address of your account.'),
  // As typed, never trimmed.
  password: text().min(1, 'Enter your password.').max(1024),
});

// Verifying against a real hash when the account does not exist keeps the answer's
// timing from telling an attacker which emails have accounts.
let dummyHash: Promise<string> | undefined;

const lockedWhat: Record<ThrottleKey['kind'], string> = {
  pair: 'this account from this address',
  address: 'this address',
  account: 'this account from any address',
  setPassword: 'setting passwords from this address',
};

function lockedMessage(until: Date, now: Date) {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return `Too many failed sign-ins. Sign-in is locked for ${minutes} more minute${minutes === 1 ? '' : 's'}.`;
}

/**
 * Checks an email and password. Counts failures (lib/auth/throttle.ts), locks after too
 * many, and records every outcome in the audit log; when an account reaches its ceiling
 * of failures from all addresses, a `session.account_alert` event tells the admins.
 * `address` is the client's, from `clientAddress` (lib/auth/address.ts). Throws AppError
 * with a message for the sign-in form.
 */
export async function verifyCredentials(
  db: Db,
  input: unknown,
  address: string | null,
  now = new Date(),
): Promise<Actor> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError('invalid_input', { userMessage: parsed.error.issues[0]?.message ?? 'Check the form.' });
  }
  const { email, password } = parsed.data;
  const keys = signInKeys(email, address);

  const user = await db.user.findUnique({ where: { email } });
  // Every outcome goes to the audit log and to the server log (the email, never the password).
  const audit = async (action: string, reason?: string) => {
    const logger = await requestLogger();
    logger[action === 'session.sign_in' ? 'info' : 'warn']({ event: action, email, address, reason }, 'sign-in');
    return recordAudit(db, {
      actorId: user?.id ?? null,
      action,
      entityType: 'session',
      entityId: email,
      after: { address },
      reason,
    });
  };

  const locked = await lockedUntil(db, keys, now);
  if (locked) {
    await audit('session.refused', 'locked');
    throw new AppError('locked', { userMessage: lockedMessage(locked, now) });
  }

  dummyHash ??= hashPassword('not a password of anyone');
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  if (!user || !user.passwordHash || !ok) {
    const nowLocked: ThrottleKey['kind'][] = [];
    for (const key of keys) if (await recordFailure(db, key, now)) nowLocked.push(key.kind);
    await audit('session.failed', 'wrong email or password');
    if (user && nowLocked.includes('account')) {
      // Seen by admins on the users page (lib/users/alerts.ts); made-up emails alert no one.
      await recordAudit(db, {
        actorId: null,
        action: 'session.account_alert',
        entityType: 'user',
        entityId: user?.id ?? email,
        after: { email, address },
        reason: `${limits.account} failed sign-ins from any address within ${WINDOW_MS / 60_000} minutes; sign-in locked for everyone`,
      });
    }
    if (nowLocked.length) {
      await audit(
        'session.locked',
        `too many failed sign-ins for ${nowLocked.map((k) => lockedWhat[k]).join(' and ')}`,
      );
      const until = await lockedUntil(db, keys, now);
      throw new AppError('locked', { userMessage: lockedMessage(until ?? now, now) });
    }
    throw new AppError('unauthenticated', { userMessage: 'Wrong email or password.' });
  }
  if (user.disabled) {
    await audit('session.refused', 'account disabled');
    throw new AppError('forbidden', { userMessage: 'This account is disabled. Ask an admin to re-enable it.' });
  }
  await clearFailures(db, keys[0]!); // the pair; the address and account counts run out on their own
  await audit('session.sign_in');
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
