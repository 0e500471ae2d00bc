import 'server-only';
import { format } from 'date-fns';
import { recordAudit } from '@/lib/audit/record';
import { authorize, type ActorRef } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { DEFAULT_CORRECTIONS_POLICY } from './default-policy';
import { policySchema } from './schemas';

// The corrections policy readers see on /corrections: one row of PublicText, Markdown,
// edited by an admin. Until one is saved the page shows the default text. A save names the
// version the admin read, so two admins editing at once cannot overwrite each other.

export const POLICY_KEY = 'corrections';

export type Policy = { body: string; version: number; updatedAt: Date | null; isDefault: boolean };

export async function readPolicy(): Promise<Policy> {
  const row = await db.publicText.findUnique({ where: { key: POLICY_KEY } });
  return row
    ? { body: row.body, version: row.version, updatedAt: row.updatedAt, isDefault: false }
    : { body: DEFAULT_CORRECTIONS_POLICY, version: 0, updatedAt: null, isDefault: true };
}

/** Saves the policy (admins only) with its audit event; says whether readers see a change. */
export async function savePolicy(input: unknown, actor: ActorRef) {
  const data = parseInput(policySchema, input);
  return db.$transaction(async (tx) => {
    const admin = await authorize(tx, actor, 'policy.edit');
    const row = await tx.publicText.findUnique({ where: { key: POLICY_KEY } });
    const current = row?.version ?? 0;
    if (current !== data.version) {
      const when = row ? format(row.updatedAt, 'd MMM yyyy, HH:mm') : 'just now';
      throw new AppError('conflict', {
        userMessage: `Someone saved the policy since you opened it (${when}). Copy your text, reload the page and edit the saved version.`,
      });
    }
    const before = row?.body ?? DEFAULT_CORRECTIONS_POLICY;
    if (before === data.body) return { version: current, changed: false };
    const saved = await tx.publicText.upsert({
      where: { key: POLICY_KEY },
      create: { key: POLICY_KEY, body: data.body, updatedById: admin.id },
      update: { body: data.body, version: { increment: 1 }, updatedById: admin.id },
    });
    await recordAudit(tx, {
      actorId: admin.id,
      action: 'policy.update',
      entityType: 'page',
      entityId: POLICY_KEY,
      before: { body: before, default: !row },
      after: { body: data.body },
    });
    return { version: saved.version, changed: true };
  });
}
