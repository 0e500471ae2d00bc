import { hashPassword } from '@/lib/auth/password';
import type { Db, DbTx } from '@/lib/db/client';
import type { Role } from '@/lib/generated/prisma/enums';

// One demo account per role. They exist only in the demo seed, which refuses to run in
// production (prisma/seed.ts); README lists the passwords.
export const demoUsers: { email: string; name: string; role: Role; password: string }[] = [
  { email: 'reviewer@example.org', name: 'Rana Reviewer', role: 'reviewer', password: 'reviewer-demo-password' },
  { email: 'editor@example.org', name: 'Eddie Editor', role: 'editor', password: 'editor-demo-password' },
  { email: 'admin@example.org', name: 'Ada Admin', role: 'admin', password: 'admin-demo-password' },
];

/** Hashes the demo passwords: slow on purpose, so done before any transaction opens. */
export async function hashDemoPasswords(): Promise<Map<string, string>> {
  return new Map(await Promise.all(demoUsers.map(async (u) => [u.email, await hashPassword(u.password)] as const)));
}

/** Creates the demo users that are missing; returns every demo user's id by role. */
export async function ensureDemoUsers(db: Db | DbTx, hashes: Map<string, string>): Promise<Record<Role, string>> {
  const ids = {} as Record<Role, string>;
  for (const user of demoUsers) {
    const existing = await db.user.findUnique({ where: { email: user.email }, select: { id: true } });
    const id =
      existing?.id ??
      (
        await db.user.create({
          data: {
            email: user.email,
            name: user.name,
            role: user.role,
            passwordHash: hashes.get(user.email)!,
            passwordChangedAt: new Date(),
          },
          select: { id: true },
        })
      ).id;
    ids[user.role] = id;
  }
  return ids;
}
