'use server';

import { signOut } from '@/lib/auth/config';
import { endCurrentSessions } from '@/lib/auth/session';

export async function signOutAction() {
  // The epoch first, so that a copy of the cookie kept from before is refused too; then
  // Auth.js clears the cookie.
  await endCurrentSessions();
  await signOut({ redirectTo: '/login?notice=signed_out' });
}
