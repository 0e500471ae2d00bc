import type { Role } from '@/lib/generated/prisma/enums';

// Who may do what (DESIGN.md "Who uses it"). Every data-changing domain function names
// one of these and checks it through `authorize` (lib/auth/actor.ts); the permission
// test (tests/db/permissions.test.ts) holds a row for each and fails on a missing one.
const staff: Role[] = ['reviewer', 'editor', 'admin'];
const editors: Role[] = ['editor', 'admin'];
const admins: Role[] = ['admin'];

export const permissions = {
  'account.changePassword': staff,
  // Which view of the review desk opens first (a preference; not audited).
  'queue.chooseView': staff,
  // Reviewers: the claim's content, its verdict, evidence and discussion.
  'claim.edit': staff,
  'claim.take': staff,
  'claim.setVerdict': staff,
  'claim.submit': staff,
  'claim.withdraw': staff,
  'claim.comment': staff,
  'evidence.add': staff,
  'evidence.remove': staff,
  'source.create': staff,
  'figure.edit': staff,
  // Comparisons of figures: building one, its reading, sending it for review.
  'comparison.create': staff,
  'comparison.edit': staff,
  'comparison.submit': staff,
  'comparison.withdraw': staff,
  // Anyone on staff may prepare a correction of what readers see; an editor who did not
  // prepare it publishes it (lib/workflow/corrections.ts).
  'claim.prepareCorrection': staff,
  'comparison.prepareCorrection': staff,
  // Article import: the article, claims made from its text, rejected proposals.
  'article.create': staff,
  'claim.create': staff,
  'proposal.reject': staff,
  // A proposal that repeats an existing claim becomes one more appearance of it.
  'appearance.link': staff,
  // Readers' reports (/review/reports): closing one deletes the reader's e-mail.
  'report.dismiss': staff,
  'report.link': staff,
  // Editors: assigning work, the second read, and what readers see (publishing a
  // correction is `*.correct`).
  'claim.assign': editors,
  'claim.approve': editors,
  'claim.publish': editors,
  'claim.correct': editors,
  'claim.retract': editors,
  'comparison.approve': editors,
  'comparison.publish': editors,
  'comparison.correct': editors,
  'comparison.retract': editors,
  // Admins: accounts.
  'user.create': admins,
  'user.changeRole': admins,
  'user.setDisabled': admins,
  'user.issuePasswordLink': admins,
  // Admins: what the newsroom publishes about itself.
  'policy.edit': admins,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export const roleLabels: Record<Role, string> = { reviewer: 'Reviewer', editor: 'Editor', admin: 'Admin' };

export function roleCan(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}
