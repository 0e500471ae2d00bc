'use server';

import { headers } from 'next/headers';
import { action } from '@/lib/actions/action';
import { clientAddress } from '@/lib/auth/address';
import { setPasswordWithToken } from '@/lib/users/password';

// The one-time link is the credential: no one is signed in.
export const setPasswordAction = action(
  async (values) => setPasswordWithToken(values, clientAddress(await headers())),
  { as: async () => null, forget: true, redirect: () => '/login?notice=password_set' },
);
