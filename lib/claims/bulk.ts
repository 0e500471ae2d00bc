import 'server-only';
import { z } from 'zod';
import type { ActorRef } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError, isAppError } from '@/lib/errors';
import { log } from '@/lib/log';
import { isUnreachable, unreachableReason } from '@/lib/ops/unreachable';
import { parseInput } from '@/lib/validation';
import { recordId, text, version } from '@/lib/validation-text';
import { assignClaim } from './assign';
import { claimMoves } from './transitions';

// One action on many claims from the review queue. Each claim goes through the same verb
// as one at a time (assignClaim, the workflow moves), so the same permission check, rule,
// version check and audit event, each in its own transaction: one refused claim leaves the
// others done, and the answer says, per claim, what was done or why it was refused.

/** Claims in one bulk action: a page of the queue at its largest (lib/claims/queue.ts). */
export const MAX_BULK = 200;

export const bulkOperations = {
  assign: { label: 'Assign to…', editorsOnly: false },
  unassign: { label: 'Unassign', editorsOnly: true },
  submit: { label: 'Send for review', editorsOnly: false },
  approve: { label: 'Approve', editorsOnly: true },
  publish: { label: 'Publish', editorsOnly: true },
} as const;
export type BulkOperation = keyof typeof bulkOperations;

const operations = Object.keys(bulkOperations) as [BulkOperation, ...BulkOperation[]];
const badClaim = 'Reload the page: one of the selected claims is not one the desk listed.';

/** A selected claim as the queue lists it: its id and the version the reviewer saw, `id:version`. */
const selectedClaim = text({ error: badClaim }).transform((value, ctx) => {
  const at = value.lastIndexOf(':');
  const id = recordId(badClaim).safeParse(value.slice(0, at));
  const seen = version.safeParse(value.slice(at + 1));
  if (at < 1 || !id.success || !seen.success) {
    ctx.addIssue({ code: 'custom', message: badClaim });
    return z.NEVER;
  }
  return { claimId: id.data, version: seen.data };
});

export const bulkSchema = z.object({
  operation: z.enum(operations, { error: 'Choose what to do with the selected claims.' }),
  claims: z
    .array(selectedClaim, { error: 'Select at least one claim.' })
    .min(1, 'Select at least one claim.')
    .max(MAX_BULK, `Select at most ${MAX_BULK} claims at once.`),
  assigneeId: text().max(64, 'Choose an active member of staff.').default(''),
  reason: text().trim().max(5000, 'Use at most 5,000 characters.').default(''),
});

export type BulkItem = { claimId: string; statement: string; done: boolean; message: string };
type Published = { claimSlug: string; articleSlug: string };

/** Runs `operation` on each selected claim in turn; never throws for one claim's refusal. */
export async function bulkClaims(input: unknown, actor: ActorRef) {
  // A bad selection is one message for the whole form (which claim is bad means nothing to a person).
  const selection = bulkSchema.shape.claims.safeParse((input as { claims?: unknown } | null)?.claims);
  if (!selection.success) {
    throw new AppError('invalid_input', { userMessage: selection.error.issues[0]!.message });
  }
  const data = parseInput(bulkSchema, input);
  if (data.operation === 'assign' && !data.assigneeId) {
    throw AppError.fields({ assigneeId: 'Choose who gets the selected claims.' });
  }
  const claims = [...new Map(data.claims.map((c) => [c.claimId, c])).values()];
  const verb = (claim: { claimId: string; version: number }) => {
    switch (data.operation) {
      case 'assign':
      case 'unassign':
        return assignClaim({ ...claim, assigneeId: data.operation === 'assign' ? data.assigneeId : '' }, actor);
      default:
        return claimMoves[data.operation]({ ...claim, reason: data.reason }, actor);
    }
  };

  const outcomes = new Map<string, { done: boolean; message: string }>();
  const published: Published[] = [];
  let stopped: string | null = null;
  for (const claim of claims) {
    if (stopped) {
      outcomes.set(claim.claimId, { done: false, message: `Not attempted: ${stopped}` });
      continue;
    }
    try {
      const result = (await verb(claim)) as { isPublic?: boolean } & Partial<Published>;
      if (result.isPublic && result.claimSlug && result.articleSlug) {
        published.push({ claimSlug: result.claimSlug, articleSlug: result.articleSlug });
      }
      outcomes.set(claim.claimId, { done: true, message: doneWords[data.operation] });
    } catch (error) {
      if (isAppError(error)) {
        outcomes.set(claim.claimId, { done: false, message: error.userMessage });
        continue;
      }
      // The database went away, or a fault: this claim's transaction rolled back; stop here.
      log.error({ err: error, claimId: claim.claimId }, 'bulk claim action stopped');
      stopped = isUnreachable(error) ? unreachableReason(error) : 'An unexpected error stopped the action.';
      outcomes.set(claim.claimId, { done: false, message: `Not changed: ${stopped}` });
    }
  }

  const statements = new Map(
    (
      await db.claim
        .findMany({ where: { id: { in: claims.map((c) => c.claimId) } }, select: { id: true, statement: true } })
        .catch(() => [])
    ).map((c) => [c.id, c.statement]),
  );
  const items: BulkItem[] = claims.map((c) => ({
    claimId: c.claimId,
    statement: statements.get(c.claimId) ?? `Claim ${c.claimId}`,
    ...outcomes.get(c.claimId)!,
  }));
  const done = items.filter((i) => i.done).length;
  return { operation: data.operation, items, done, refused: items.length - done, published };
}

const doneWords: Record<BulkOperation, string> = {
  assign: 'Assigned.',
  unassign: 'Unassigned.',
  submit: 'Sent for review.',
  approve: 'Approved.',
  publish: 'Published.',
};
