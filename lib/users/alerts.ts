import 'server-only';
import { authorize, type ActorRef } from '@/lib/auth/actor';
import { db } from '@/lib/db';

const DAYS = 7;

/**
 * Sign-in alerts for the admins' users page: accounts that met the ceiling of failed
 * sign-ins from all addresses (lib/auth/throttle.ts) in the last week, newest first.
 */
export async function signInAlerts(actor: ActorRef, now = new Date()) {
  await authorize(db, actor, 'user.create');
  const events = await db.auditEvent.findMany({
    where: { action: 'session.account_alert', createdAt: { gte: new Date(now.getTime() - DAYS * 86_400_000) } },
    orderBy: { createdAt: 'desc' },
    take: 50,
    select: { id: true, createdAt: true, after: true, reason: true },
  });
  return events.map((e) => ({
    id: e.id,
    at: e.createdAt,
    email: String((e.after as { email?: unknown } | null)?.email ?? ''),
    reason: e.reason ?? '',
  }));
}
