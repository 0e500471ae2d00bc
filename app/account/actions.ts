'use server';

import { action } from '@/lib/actions/action';
import { changePassword } from '@/lib/users/password';

// A password change ends every session, this one included: on to sign in again.
export const changePasswordAction = action(changePassword, {
  forget: true,
  redirect: () => '/login?notice=password_changed',
});
