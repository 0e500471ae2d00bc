import 'server-only';
import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';
import type { Actor } from './actor';
import { auth } from './config';
import { endSessionsFrom, sessionUser } from './session-epoch';

const rank: Record<Role, number> = { reviewer: 1, editor: 2, admin: 3 };

/**
 * The signed-in user as the database has them now, or null. A disabled account, or a
 * session whose epoch has ended (signed out, password or role changed, account disabled:
 * lib/auth/session-epoch.ts), counts as signed out.
 */
export const getCurrentUser = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return sessionUser(db, { userId: id, epoch: session.sessionEpoch });
});

/** The signed-in user, or a redirect to /login that comes back here afterwards. */
export async function requireUser(): Promise<Actor> {
  const user = await getCurrentUser();
  if (user) return user;
  const path = (await headers()).get('x-pathname') ?? '/review';
  redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
}

/** The signed-in user if their role is at least `role`; otherwise the 403 page. */
export async function requireRole(role: Role): Promise<Actor> {
  const user = await requireUser();
  if (rank[user.role] < rank[role]) forbidden();
  return user;
}

/** Ends the signed-in user's sessions (their epoch), before the cookie is cleared on sign-out. */
export async function endCurrentSessions() {
  const user = await getCurrentUser();
  if (user?.sessionEpoch !== undefined) await endSessionsFrom(db, user.id, user.sessionEpoch);
}
