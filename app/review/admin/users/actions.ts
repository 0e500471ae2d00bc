'use server';

import { action, choose, type Staff } from '@/lib/actions/action';
import { requireRole } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { changeRole, createUser, issuePasswordLink, setDisabled } from '@/lib/users/manage';

const linkFor = (token: string) => new URL(`/set-password/${token}`, env.PUBLIC_BASE_URL).toString();
const admin = () => requireRole('admin');
const usersPage = () => ['/review/admin/users'];

export const createUserAction = action(createUser, {
  as: admin,
  forget: ['password'],
  refresh: usersPage,
  ok: ({ user, setPasswordToken }) => ({
    message: `Created ${user.name} (${user.email}).`,
    data: setPasswordToken ? { link: linkFor(setPasswordToken) } : undefined,
  }),
});

type Answer = { message: string; data?: Record<string, string> };

export const userRowAction = action(
  choose<Answer, Staff>(
    'intent',
    {
      role: async ({ userId = '', role }, me) => {
        await changeRole({ userId, role }, me);
        return { message: 'Role saved.' };
      },
      disable: async ({ userId = '' }, me) => {
        await setDisabled({ userId, disabled: true }, me);
        return { message: 'Disabled.' };
      },
      enable: async ({ userId = '' }, me) => {
        await setDisabled({ userId, disabled: false }, me);
        return { message: 'Enabled.' };
      },
      link: async ({ userId = '' }, me) => {
        const { setPasswordToken } = await issuePasswordLink({ userId }, me);
        return { message: 'New one-time link:', data: { link: linkFor(setPasswordToken) } };
      },
    },
    'Unknown action.',
  ),
  { as: admin, forget: true, refresh: usersPage, ok: (answer) => answer },
);
