import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import { authorize, type ActorRef } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import type { DbTx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { ReportStatus } from '@/lib/generated/prisma/enums';
import { parseInput } from '@/lib/validation';
import { claimMadeSchema, dismissReportSchema, linkReportSchema } from './schemas';

// Staff close a reader's report in one of three ways; each is audited, and each deletes
// the reader's e-mail in the same transaction (docs/decisions/023-reader-reports.md).

type Closing = {
  status: Exclude<ReportStatus, 'open'>;
  reason?: string | null;
  claimId?: string;
  comparisonId?: string;
};

async function close(tx: DbTx, reportId: string, actorId: string, closing: Closing) {
  const report = await tx.readerReport.findUnique({ where: { id: reportId }, select: { status: true, email: true } });
  if (!report) throw new AppError('not_found', { userMessage: 'This report no longer exists.' });
  // Only an open report moves: a second click, or two people at once, change nothing.
  const { count } = await tx.readerReport.updateMany({
    where: { id: reportId, status: 'open' },
    data: {
      status: closing.status,
      closedAt: new Date(),
      closedById: actorId,
      closeReason: closing.reason ?? null,
      claimId: closing.claimId ?? null,
      comparisonId: closing.comparisonId ?? null,
      email: null,
    },
  });
  if (count === 0) throw new AppError('conflict', { userMessage: 'This report has already been closed.' });
  await recordAudit(tx, {
    actorId,
    action: `report.${closing.status}`,
    entityType: 'report',
    entityId: reportId,
    before: { status: 'open' },
    // The address itself is never copied into the audit trail, only that it was deleted.
    after: {
      status: closing.status,
      emailDeleted: report.email !== null,
      ...(closing.claimId ? { claimId: closing.claimId } : {}),
      ...(closing.comparisonId ? { comparisonId: closing.comparisonId } : {}),
    },
    reason: closing.reason ?? null,
  });
  return { id: reportId, status: closing.status };
}

/** Closes a report that needs no check, with the reason staff give. */
export async function dismissReport(input: unknown, actor: ActorRef) {
  const { reportId, reason } = parseInput(dismissReportSchema, input);
  return db.$transaction(async (tx) => {
    const me = await authorize(tx, actor, 'report.dismiss');
    return close(tx, reportId, me.id, { status: 'dismissed', reason });
  });
}

/** The check a report is about, named by its public or review address, or by its slug. */
async function findTarget(tx: DbTx, target: string) {
  let path = target.trim();
  try {
    path = new URL(path, 'http://localhost').pathname;
  } catch {
    // a bare slug
  }
  const [, first, second, third] = path.split('/');
  const review = first === 'review';
  const kind = review ? second : first;
  const key = decodeURIComponent((review ? third : second) ?? path.replace(/^\//, ''));
  const byKey = review ? { id: key } : { slug: key };
  if (kind !== 'comparisons') {
    const claim = await tx.claim.findUnique({ where: kind === 'claims' ? byKey : { slug: key }, select: { id: true } });
    if (claim) return { claimId: claim.id };
  }
  if (kind !== 'claims') {
    const comparison = await tx.comparison.findUnique({
      where: kind === 'comparisons' ? byKey : { slug: key },
      select: { id: true },
    });
    if (comparison) return { comparisonId: comparison.id };
  }
  throw AppError.fields({ target: 'No claim or comparison has this address or slug.' });
}

/** Closes a report as answered by an existing claim or comparison. */
export async function linkReport(input: unknown, actor: ActorRef) {
  const { reportId, target, note } = parseInput(linkReportSchema, input);
  return db.$transaction(async (tx) => {
    const me = await authorize(tx, actor, 'report.link');
    return close(tx, reportId, me.id, { status: 'linked', reason: note, ...(await findTarget(tx, target)) });
  });
}

/** Closes a report with the claim just made from it (through lib/claims/create.ts). */
export async function closeWithNewClaim(input: unknown, actor: ActorRef) {
  const { reportId, claimId } = parseInput(claimMadeSchema, input);
  return db.$transaction(async (tx) => {
    const me = await authorize(tx, actor, 'report.link');
    if (!(await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } }))) throw AppError.gone('claim');
    return close(tx, reportId, me.id, { status: 'claim_made', claimId });
  });
}

/**
 * After a claim is made from a report: closes the report if it is still open. The claim
 * stands either way; false tells the reviewer the report was closed meanwhile.
 */
export async function closeIfOpenWithNewClaim(reportId: string, claimId: string, actor: ActorRef) {
  try {
    await closeWithNewClaim({ reportId, claimId }, actor);
    return true;
  } catch (error) {
    if (error instanceof AppError && (error.code === 'conflict' || error.code === 'not_found')) return false;
    throw error;
  }
}
