import type { DbTx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';

/**
 * Refuses a change that would leave no active admin. Locks the admin rows first, so two
 * admins demoting each other at once cannot both succeed.
 */
export async function assertAnotherActiveAdmin(tx: DbTx, userId: string, change: string) {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "User" WHERE role = 'admin' AND disabled = false FOR UPDATE`;
  if (admins.some((a) => a.id === userId) && admins.length <= 1) {
    throw new AppError('conflict', { userMessage: `The last active admin cannot be ${change}.` });
  }
}
