import { format } from 'date-fns';
import { PendingCorrection } from '@/components/review/pending-correction';
import { WorkflowPanel } from '@/components/review/workflow-panel';
import type { FormState } from '@/lib/actions/form-state';
import type { Actor } from '@/lib/auth/actor';
import type { LoadedComparison } from '@/lib/comparisons/queries';
import { readingLabels } from '@/lib/comparisons/schemas';
import { correctionOptions, moveOptions } from '@/lib/workflow/rules';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
type Props = Pick<LoadedComparison, 'comparison' | 'figures'> & {
  user: Actor;
  moveAction: Action;
  correctionAction: Action;
};

/** The comparison's moves through the workflow, and a correction waiting for its second person. */
export function WorkflowSection({ comparison, figures, user, moveAction, correctionAction }: Props) {
  const hidden = { comparisonId: comparison.id, version: comparison.version };
  const correction = comparison.corrections[0] ?? null;
  const state = { ...comparison, members: figures.length, correctionPending: !!correction };
  return (
    <section aria-labelledby="workflow-heading" className="space-y-2">
      <h2 id="workflow-heading" className="text-lg font-semibold">
        Workflow
      </h2>
      {correction ? (
        <PendingCorrection
          action={correctionAction}
          hidden={hidden}
          preparedBy={correction.preparedBy?.name ?? 'a former user'}
          preparedAt={format(correction.createdAt, "d MMM yyyy, HH:mm 'UTC'")}
          changes={[
            {
              what: 'Our reading',
              now: readingLabels[comparison.reviewerReading],
              after: readingLabels[correction.reviewerReading ?? comparison.reviewerReading],
            },
            {
              what: 'Note on the reading',
              now: comparison.reviewerNote ?? '—',
              after: correction.reviewerNote ?? comparison.reviewerNote ?? '—',
            },
          ]}
          publicNote={correction.publicNote}
          reason={correction.reason}
          {...correctionOptions('comparison', { preparedById: correction.preparedById, contributorIds: [] }, user)}
        />
      ) : null}
      <WorkflowPanel
        moveAction={moveAction}
        hidden={hidden}
        options={moveOptions({ ...state, subject: 'comparison' }, user)}
        correction={{ kind: 'reading', reading: comparison.reviewerReading, note: comparison.reviewerNote ?? '' }}
      />
    </section>
  );
}
