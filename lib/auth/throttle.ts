import type { Db, DbTx } from '@/lib/db/client';

// Failed sign-ins are counted per account and per address in the database, so a restart
// does not reset them. Five failures for an account, or thirty from one address, within
// fifteen minutes lock further attempts for fifteen minutes.
export const WINDOW_MS = 15 * 60 * 1000;
export const LOCK_MS = 15 * 60 * 1000;
export const limits = { account: 5, address: 30 } as const;

export type ThrottleKey = { kind: keyof typeof limits; value: string };

const keyOf = (k: ThrottleKey) => `${k.kind}:${k.value.toLowerCase()}`;

/** The latest time any of the keys is locked until, or null when none is locked. */
export async function lockedUntil(db: Db | DbTx, keys: ThrottleKey[], now = new Date()): Promise<Date | null> {
  const rows = await db.loginThrottle.findMany({
    where: { key: { in: keys.map(keyOf) }, lockedUntil: { gt: now } },
    select: { lockedUntil: true },
  });
  const times = rows.map((r) => r.lockedUntil!.getTime());
  return times.length ? new Date(Math.max(...times)) : null;
}

/** Counts one failure against the key; returns true when this failure locked it. */
export async function recordFailure(db: Db | DbTx, key: ThrottleKey, now = new Date()): Promise<boolean> {
  const windowStart = new Date(now.getTime() - WINDOW_MS);
  const lockUntil = new Date(now.getTime() + LOCK_MS);
  // One statement, so concurrent failures on PostgreSQL cannot lose a count.
  const [row] = await db.$queryRaw<{ failures: number; locked: boolean }[]>`
    INSERT INTO "LoginThrottle" (key, failures, "windowStart", "updatedAt")
    VALUES (${keyOf(key)}, 1, ${now}, ${now})
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN "LoginThrottle"."windowStart" < ${windowStart} THEN 1 ELSE "LoginThrottle".failures + 1 END,
      "windowStart" = CASE WHEN "LoginThrottle"."windowStart" < ${windowStart} THEN ${now} ELSE "LoginThrottle"."windowStart" END,
      "updatedAt" = ${now}
    RETURNING failures, false AS locked`;
  if (!row || row.failures < limits[key.kind]) return false;
  await db.loginThrottle.update({ where: { key: keyOf(key) }, data: { lockedUntil: lockUntil } });
  return row.failures === limits[key.kind];
}

/** A successful sign-in clears the account's count (the address keeps its own). */
export async function clearFailures(db: Db | DbTx, key: ThrottleKey) {
  await db.loginThrottle.deleteMany({ where: { key: keyOf(key) } });
}
