import type { Db, DbTx } from '@/lib/db/client';

// Failed sign-ins are counted in the database, so a restart does not reset them, under
// three keys (docs/decisions/004-sign-in-throttle.md):
// - pair: one account from one address. Five failures lock that account for that address
//   only, so a stranger guessing from elsewhere cannot lock the owner out.
// - address: thirty failures from one address, across accounts, lock the address.
// - account: a high ceiling across all addresses (guessing spread over many machines).
//   Reaching it locks the account for everyone and alerts the admins through the audit log.
// Setting a password through a one-time link is counted per address too (every attempt,
// since a valid link costs a password hash).
// Counts run in a fifteen-minute window; a lock lasts fifteen minutes.
export const WINDOW_MS = 15 * 60 * 1000;
export const LOCK_MS = 15 * 60 * 1000;
export const limits = { pair: 5, address: 30, account: 100, setPassword: 10 } as const;

export type ThrottleKey = { kind: keyof typeof limits; value: string };

const keyOf = (k: ThrottleKey) => `${k.kind}:${k.value.toLowerCase()}`;

/**
 * The part of a client address that one client controls: an IPv4 address whole, an IPv6
 * address by its /64 (one home or server is handed a whole /64, 2^64 addresses to rotate
 * through). Unknown addresses share one key.
 */
export function throttleAddress(address: string | null): string {
  if (!address) return 'unknown';
  const bare = address.replace(/%.*$/, '').toLowerCase();
  if (!bare.includes(':')) return bare;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(bare);
  if (mapped) return mapped[1]!;
  const [head, tail] = bare.split('::') as [string, string | undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined ? left : [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => (parseInt(g, 16) || 0).toString(16))
    .join(':')}::/64`;
}

/** The throttle keys of one sign-in attempt. Without a known address, all such attempts share one. */
export function signInKeys(email: string, address: string | null): ThrottleKey[] {
  const from = throttleAddress(address);
  return [
    { kind: 'pair', value: `${email}|${from}` },
    { kind: 'address', value: from },
    { kind: 'account', value: email },
  ];
}

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

/** Clears a key's count (a successful sign-in clears its account-and-address pair). */
export async function clearFailures(db: Db | DbTx, key: ThrottleKey) {
  await db.loginThrottle.deleteMany({ where: { key: keyOf(key) } });
}
