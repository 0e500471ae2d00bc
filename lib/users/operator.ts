import { recordAudit } from '@/lib/audit/record';
import { hashPassword } from '@/lib/auth/password';
import type { Db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { createUserSchema } from './schemas';

/**
 * Creates an account from the server's command line (`npm run user:create`), where the
 * operator is trusted and no one may be signed in yet: this is how the first admin of a
 * fresh install comes to be. Not reachable from the web.
 */
export async function createUserAsOperator(
  db: Db,
  input: { email: string; name: string; role: string; password: string },
) {
  const data = parseInput(createUserSchema, { ...input, setup: 'password' });
  if (data.setup !== 'password') throw new Error('unreachable');
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
      throw new AppError('conflict', { userMessage: `An account with the email ${data.email} already exists.` });
    }
    const user = await tx.user.create({
      data: { email: data.email, name: data.name, role: data.role, passwordHash, passwordChangedAt: new Date() },
      select: { id: true, email: true, role: true },
    });
    await recordAudit(tx, {
      actorId: null,
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      after: { email: user.email, role: user.role },
      reason: 'created from the command line',
    });
    return user;
  });
}
