'use server';

import { formAction } from '@/lib/actions/action';
import { signOut } from '@/lib/auth/config';
import { endCurrentSessions } from '@/lib/auth/session';

export const signOutAction = formAction(
  async () => {
    // The epoch first, so that a copy of the cookie kept from before is refused too; then
    // Auth.js clears the cookie.
    await endCurrentSessions();
    await signOut({ redirectTo: '/login?notice=signed_out' });
  },
  // Signing out asks nothing of who is signed in: a session already ended may still sign out.
  { as: async () => null },
);
