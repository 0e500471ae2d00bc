import { WorkflowSection as ItemWorkflow } from '@/components/review/workflow-section';
import type { FormState } from '@/lib/actions/form-state';
import type { Actor } from '@/lib/auth/actor';
import type { LoadedComparison } from '@/lib/comparisons/queries';
import { readingLabels } from '@/lib/comparisons/schemas';
import { workflowOffer } from '@/lib/workflow/rules';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
type Props = Pick<LoadedComparison, 'comparison' | 'figures'> & {
  user: Actor;
  moveAction: Action;
  correctionAction: Action;
};

/** The comparison's moves through the workflow, and a correction waiting for its second person. */
export function WorkflowSection({ comparison, figures, user, moveAction, correctionAction }: Props) {
  const correction = comparison.corrections[0] ?? null;
  const changes = correction && [
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
  ];
  return (
    <ItemWorkflow
      hidden={{ comparisonId: comparison.id, version: comparison.version }}
      offer={workflowOffer({ ...comparison, members: figures.length, subject: 'comparison' }, correction, user)}
      correction={correction && changes && { ...correction, changes }}
      correctionForm={{ kind: 'reading', reading: comparison.reviewerReading, note: comparison.reviewerNote ?? '' }}
      moveAction={moveAction}
      correctionAction={correctionAction}
    />
  );
}
