import { WorkflowSection as ItemWorkflow } from '@/components/review/workflow-section';
import type { FormState } from '@/lib/actions/form-state';
import type { Actor } from '@/lib/auth/actor';
import type { Workspace } from '@/lib/claims/workspace';
import { workflowOffer } from '@/lib/workflow/rules';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
type Props = { ws: Workspace; user: Actor; moveAction: Action; correctionAction: Action };

/** The claim's moves through the workflow, and a correction waiting for its second person. */
export function WorkflowSection({ ws, user, moveAction, correctionAction }: Props) {
  const { claim } = ws;
  const correction = claim.corrections[0] ?? null;
  return (
    <ItemWorkflow
      hidden={{ claimId: claim.id, version: claim.version }}
      offer={workflowOffer({ ...claim, subject: 'claim' }, correction, user)}
      correction={
        correction && { ...correction, changes: correctionChanges(correction, claim.verdict.label, ws.verdicts) }
      }
      correctionForm={{ kind: 'verdict', verdicts: ws.verdicts }}
      moveAction={moveAction}
      correctionAction={correctionAction}
    />
  );
}

type Correction = Workspace['claim']['corrections'][number];

/** A pending correction, line by line: what readers see now and what they will see after it. */
function correctionChanges(correction: Correction, verdictNow: string, verdicts: { key: string; label: string }[]) {
  const changes: { what: string; now: string; after: string }[] = [];
  if (correction.verdictKey) {
    const after = verdicts.find((v) => v.key === correction.verdictKey)?.label ?? correction.verdictKey;
    changes.push({ what: 'Verdict', now: verdictNow, after });
  }
  for (const c of correction.evidence) {
    const e = c.evidence;
    const title = e.title ?? e.url ?? e.fileName ?? e.note?.slice(0, 80) ?? 'Evidence';
    changes.push(
      c.change === 'show'
        ? { what: 'Evidence', now: 'Not shown', after: `Shown: ${title}` }
        : { what: 'Evidence', now: `Shown: ${title}`, after: `Taken off: ${c.reason ?? ''}` },
    );
  }
  return changes;
}
