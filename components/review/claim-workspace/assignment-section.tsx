import { AssignForm } from '@/components/review/assign-form';
import type { Actor } from '@/lib/auth/actor';
import { roleCan } from '@/lib/auth/permissions';
import type { Workspace } from '@/lib/claims/workspace';

/** Who the claim is assigned to; editors assign anyone, others may take it. */
export function AssignmentSection({ claim, staff, user }: Pick<Workspace, 'claim' | 'staff'> & { user: Actor }) {
  return (
    <section aria-labelledby="assign-heading" className="space-y-2">
      <h2 id="assign-heading" className="text-lg font-semibold">
        Assignment
      </h2>
      <p className="text-sm">Assigned to {claim.assignee?.name ?? 'nobody'}.</p>
      <AssignForm
        claimId={claim.id}
        version={claim.version}
        assigneeId={claim.assigneeId}
        me={user}
        canAssign={roleCan(user.role, 'claim.assign')}
        staff={staff}
      />
    </section>
  );
}
