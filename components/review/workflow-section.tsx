import { formatUtcDateTime } from '@/lib/dates';
import type { ComponentProps } from 'react';
import { PendingCorrection } from '@/components/review/pending-correction';
import { WorkflowPanel } from '@/components/review/workflow-panel';
import type { FormState } from '@/lib/actions/form-state';
import type { workflowOffer } from '@/lib/workflow/rules';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

type Props = {
  /** The item's id field and version, sent with every step. */
  hidden: Record<string, string | number>;
  offer: ReturnType<typeof workflowOffer>;
  /** The correction waiting on the item, with what it changes line by line. */
  correction: {
    preparedBy: { name: string } | null;
    createdAt: Date;
    publicNote: string;
    reason: string;
    changes: { what: string; now: string; after: string }[];
  } | null;
  /** What a new correction would change: a claim's verdict, a comparison's reading. */
  correctionForm: ComponentProps<typeof WorkflowPanel>['correction'];
  moveAction: Action;
  correctionAction: Action;
};

/** A claim's or comparison's moves through the workflow, and a correction waiting for its second person. */
export function WorkflowSection({ hidden, offer, correction, correctionForm, moveAction, correctionAction }: Props) {
  return (
    <section aria-labelledby="workflow-heading" className="space-y-2">
      <h2 id="workflow-heading" className="text-lg font-semibold">
        Workflow
      </h2>
      {correction && offer.correction ? (
        <PendingCorrection
          action={correctionAction}
          hidden={hidden}
          preparedBy={correction.preparedBy?.name ?? 'a former user'}
          preparedAt={formatUtcDateTime(correction.createdAt)}
          changes={correction.changes}
          publicNote={correction.publicNote}
          reason={correction.reason}
          {...offer.correction}
        />
      ) : null}
      <WorkflowPanel moveAction={moveAction} hidden={hidden} options={offer.moves} correction={correctionForm} />
    </section>
  );
}
