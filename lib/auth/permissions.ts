import type { Role } from '@/lib/generated/prisma/enums';

// Who may do what (DESIGN.md "Who uses it"). Every data-changing domain function names
// one of these and checks it through `authorize` (lib/auth/actor.ts); the permission
// test (tests/db/permissions.test.ts) holds a row for each and fails on a missing one.
const staff: Role[] = ['reviewer', 'editor', 'admin'];
const admins: Role[] = ['admin'];

export const permissions = {
  'account.changePassword': staff,
  'user.create': admins,
  'user.changeRole': admins,
  'user.setDisabled': admins,
  'user.issuePasswordLink': admins,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export const roleLabels: Record<Role, string> = { reviewer: 'Reviewer', editor: 'Editor', admin: 'Admin' };

export function roleCan(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}
