import { ClaimForm } from '@/components/review/claim-form';
import { Markdown } from '@/components/review/markdown';
import type { Workspace } from '@/lib/claims/workspace';
import { stages } from '@/lib/workflow/stages';
import { Figures } from './figures';

/** What the claim says and its figures: editable until it is published, fixed after. */
export function ClaimSection({ ws }: { ws: Workspace }) {
  const { claim } = ws;
  const published = stages[claim.stage].public;
  return (
    <section aria-labelledby="edit-heading" className="space-y-4">
      <h2 id="edit-heading" className="text-lg font-semibold">
        The claim
      </h2>
      {published ? (
        <p>
          This claim is {stages[claim.stage].label.toLowerCase()}; its content is fixed. Correct or retract it instead.
        </p>
      ) : (
        <ClaimForm claim={claim} sources={ws.sources} />
      )}
      {claim.internalNotes ? (
        <details>
          <summary className="cursor-pointer text-sm">Internal notes as formatted</summary>
          <Markdown>{claim.internalNotes}</Markdown>
        </details>
      ) : null}
      <Figures claim={claim} wholes={ws.wholes} published={published} />
    </section>
  );
}
