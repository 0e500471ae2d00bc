import { format } from 'date-fns';
import { VerdictForm } from '@/components/review/verdict-form';
import type { Workspace } from '@/lib/claims/workspace';
import { stages } from '@/lib/workflow/stages';

/** Who set the verdict, when and why, and the form to set it (locked once published). */
export function VerdictSection({ claim, verdicts }: Pick<Workspace, 'claim' | 'verdicts'>) {
  return (
    <section aria-labelledby="verdict-heading" className="space-y-2">
      <h2 id="verdict-heading" className="text-lg font-semibold">
        Verdict
      </h2>
      {claim.verdictSetBy ? (
        <p className="text-sm">
          Set by {claim.verdictSetBy.name}
          {claim.verdictSetAt ? ` on ${format(claim.verdictSetAt, 'd MMM yyyy')}` : ''}
          {claim.verdictReason ? `: ${claim.verdictReason}` : ''}
        </p>
      ) : (
        <p className="text-sm">No verdict set yet.</p>
      )}
      <VerdictForm claim={claim} verdicts={verdicts} locked={stages[claim.stage].public} />
    </section>
  );
}
