import 'server-only';
import type { ActorRef } from '@/lib/auth/actor';
import { createClaim } from '@/lib/claims/create';
import { AppError, isAppError } from '@/lib/errors';
import { log } from '@/lib/log';
import { isUnreachable, unreachableReason } from '@/lib/ops/unreachable';
import { closeIfOpenWithNewClaim } from '@/lib/reports/triage';
import { PROPOSALS_PER_PAGE } from './review';
import { nestFigures } from './schemas';

// Several proposals of an article accepted at once (issue 19): each goes through
// createClaim as if accepted alone, in its own transaction, so one refused proposal
// writes nothing and leaves the others created. The answer says, per proposal, which.

export type AcceptedItem = { start: number; end: number; label: string; claimId: string | null; message: string };

/**
 * The batch form's fields, `p3.statement`, `p3.figures.0.min`…, as one value record per
 * proposal (the form of each proposal's own Accept button). At most a page of proposals.
 */
export function splitBatch(values: Record<string, string>) {
  const byIndex = new Map<number, Record<string, string>>();
  for (const [key, value] of Object.entries(values)) {
    const m = /^p(\d{1,3})\.(.+)$/.exec(key);
    if (!m) continue;
    const index = Number(m[1]);
    if (index >= PROPOSALS_PER_PAGE) throw tooMany();
    const proposal = byIndex.get(index) ?? {};
    proposal[m[2]!] = value;
    byIndex.set(index, proposal);
  }
  if (byIndex.size === 0) {
    throw new AppError('invalid_input', { userMessage: 'Tick the proposals to accept first.' });
  }
  return [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, proposal]) => proposal);
}

const tooMany = () =>
  new AppError('invalid_input', { userMessage: `Accept at most ${PROPOSALS_PER_PAGE} proposals at once.` });

/** What became of the reader's report a claim was made from; null when it was made from none. */
type ReportOutcome = 'closed' | 'already closed' | 'not closed' | null;

/**
 * A claim from a proposal or a selection (one proposal's form). Made from a reader's report
 * (the form carries `reportId`), it closes the report with the claim. The claim stands
 * whatever becomes of the report.
 */
export async function createClaimFromForm(values: Record<string, string>, actor: ActorRef) {
  const claim = await createClaim(nestFigures(values), actor);
  const report = values.reportId ? await closeReport(values.reportId, claim.id, actor) : null;
  return { ...claim, report, message: createdMessage(report) };
}

async function closeReport(reportId: string, claimId: string, actor: ActorRef): Promise<ReportOutcome> {
  try {
    return (await closeIfOpenWithNewClaim(reportId, claimId, actor)) ? 'closed' : 'already closed';
  } catch (error) {
    // Whatever went wrong (a refusal, the database gone), the claim exists: saying otherwise
    // would have the reviewer make it again.
    if (isAppError(error))
      log.warn({ reportId, claimId, code: error.code }, 'a claim made from a report did not close it');
    else log.error({ err: error, reportId, claimId }, 'a claim made from a report did not close it');
    return 'not closed';
  }
}

const createdMessage = (report: ReportOutcome) => {
  if (report === 'closed') return 'Claim created, and the reader’s report closed.';
  if (report === 'already closed') return 'Claim created. The reader’s report had already been closed.';
  if (report === 'not closed')
    return 'Claim created. The reader’s report could not be closed: close it from the reports inbox.';
  return 'Claim created.';
};

/**
 * Creates a claim from each proposal in turn; never throws for one proposal's refusal. Sent
 * from a reader's report, the first claim created closes the report, as a single accept does.
 */
export async function acceptProposals(proposals: Record<string, string>[], articleId: string, actor: ActorRef) {
  if (proposals.length > PROPOSALS_PER_PAGE) throw tooMany();
  const items: AcceptedItem[] = [];
  let stopped: string | null = null;
  let reportOpen = true;
  for (const values of proposals) {
    const start = Number(values.start);
    const end = Number(values.end);
    const label = values.statement?.trim() || `The proposal at ${values.start}–${values.end}`;
    if (stopped) {
      items.push({ start, end, label, claimId: null, message: `Not attempted: ${stopped}` });
      continue;
    }
    try {
      // The article is the batch's own: a proposal cannot name another article's span.
      const { reportId, ...rest } = values;
      const claim = await createClaimFromForm(
        { ...rest, ...(reportOpen && reportId ? { reportId } : {}), articleId },
        actor,
      );
      // (A report that could not be closed is tried again with the next claim.)
      if (claim.report === 'closed' || claim.report === 'already closed') reportOpen = false;
      items.push({ start, end, label, claimId: claim.id, message: claim.message });
    } catch (error) {
      if (isAppError(error)) {
        items.push({ start, end, label, claimId: null, message: reason(error) });
        continue;
      }
      log.error({ err: error, articleId }, 'accepting proposals stopped');
      stopped = isUnreachable(error) ? unreachableReason(error) : 'An unexpected error stopped the action.';
      items.push({ start, end, label, claimId: null, message: `Not created: ${stopped}` });
    }
  }
  const created = items.filter((i) => i.claimId).length;
  return { items, created, refused: items.length - created };
}

/** A refusal in words for a list: the field messages themselves, not "correct the highlighted fields". */
function reason(error: AppError) {
  const fields = [...new Set(Object.values(error.fieldErrors ?? {}))];
  return fields.length ? fields.join(' ') : error.userMessage;
}
