import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import { authorize, type Actor, type ActorRef } from '@/lib/auth/actor';
import { roleCan } from '@/lib/auth/permissions';
import { updateAtVersion } from '@/lib/claims/concurrency';
import {
  correctSchema as claimCorrectSchema,
  discardCorrectionSchema as claimDiscardSchema,
  transitionSchema as claimTransitionSchema,
} from '@/lib/claims/schemas';
import { comparisonGone, updateComparisonAtVersion } from '@/lib/comparisons/concurrency';
import {
  correctSchema as comparisonCorrectSchema,
  discardCorrectionSchema as comparisonDiscardSchema,
  transitionSchema as comparisonTransitionSchema,
} from '@/lib/comparisons/schemas';
import { db } from '@/lib/db';
import type { DbTx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { comparisonMoveBlocker, correctionBlocker, moveBlocker } from './rules';

// Corrections take two people (docs/decisions/008-corrections-take-two-people.md). Anyone
// on staff prepares one for a published item: a new verdict or reading, the note readers
// will see, and (for a claim) evidence to show or take off the public page, which
// lib/evidence adds to the pending correction. Readers see the published version unchanged
// until an editor who prepared no part of it publishes it; the preparer or an editor may
// discard it. Each step is one transaction with its audit event, and bumps the item's
// version, so an editor publishes exactly the correction they read.

const claimNotFound = () => new AppError('not_found', { userMessage: 'This claim no longer exists.' });
const nothingPending = () => new AppError('conflict', { userMessage: 'No correction is waiting on this item.' });

const pendingInclude = { evidence: { select: { evidenceId: true, change: true, reason: true, proposedById: true } } };

/** The correction waiting on a claim, if any, with its evidence changes. */
export function pendingClaimCorrection(tx: DbTx, claimId: string) {
  return tx.correction.findFirst({ where: { claimId, status: 'pending' }, include: pendingInclude });
}

/** The correction waiting on a comparison, if any. */
export function pendingComparisonCorrection(tx: DbTx, comparisonId: string) {
  return tx.correction.findFirst({ where: { comparisonId, status: 'pending' }, include: pendingInclude });
}

type Pending = NonNullable<Awaited<ReturnType<typeof pendingClaimCorrection>>>;

function refuseOwn(correction: Pending, me: Actor) {
  const blocker = correctionBlocker(
    { preparedById: correction.preparedById, contributorIds: correction.evidence.map((e) => e.proposedById) },
    me.id,
  );
  if (blocker) throw new AppError('conflict', { userMessage: blocker });
}

/** Only the person who prepared a correction, or an editor, may discard it. */
function mayDiscard(correction: Pending, me: Actor, subject: 'claim' | 'comparison') {
  if (correction.preparedById !== me.id && !roleCan(me.role, `${subject}.correct`)) {
    throw new AppError('forbidden', {
      userMessage: 'Only whoever prepared this correction, or an editor, may discard it.',
    });
  }
}

/** Prepares a correction of a published claim; readers see nothing of it yet. */
export async function prepareClaimCorrection(input: unknown, actor: ActorRef) {
  const data = parseInput(claimCorrectSchema, input);
  return db.$transaction(async (tx) => {
    const me = await authorize(tx, actor, 'claim.prepareCorrection');
    const claim = await tx.claim.findUnique({ where: { id: data.claimId }, include: { article: true } });
    if (!claim) throw claimNotFound();
    if (claim.version !== data.version) await updateAtVersion(tx, claim.id, data.version, {});
    const pending = await pendingClaimCorrection(tx, claim.id);
    const blocker = moveBlocker('correct', { ...claim, correctionPending: !!pending }, me.id);
    if (blocker) throw new AppError('conflict', { userMessage: blocker });
    if (data.verdictKey) {
      const verdict = await tx.verdict.findUnique({ where: { key: data.verdictKey } });
      if (!verdict?.active) throw fieldError('verdictKey', 'Choose one of the listed verdicts.');
      if (verdict.key === claim.verdictKey) {
        throw fieldError('verdictKey', 'This is the published verdict: choose a different one, or none.');
      }
    }
    await updateAtVersion(tx, claim.id, data.version, {});
    const correction = await tx.correction.create({
      data: {
        claimId: claim.id,
        verdictKey: data.verdictKey || null,
        reason: data.reason,
        publicNote: data.publicNote,
        preparedById: me.id,
      },
    });
    await recordAudit(tx, {
      actorId: me.id,
      action: 'claim.prepareCorrection',
      entityType: 'claim',
      entityId: claim.id,
      before: { verdict: claim.verdictKey },
      after: { verdict: data.verdictKey || claim.verdictKey, note: data.publicNote },
      reason: data.reason,
    });
    return {
      claimId: claim.id,
      claimSlug: claim.slug,
      articleSlug: claim.article.slug,
      correctionId: correction.id,
      version: data.version + 1,
      isPublic: false,
    };
  });
}

/** Publishes the claim's pending correction: its verdict, evidence changes and public note go out together. */
export async function publishClaimCorrection(input: unknown, actor: ActorRef) {
  const data = parseInput(claimTransitionSchema, input);
  return db.$transaction(async (tx) => {
    const me = await authorize(tx, actor, 'claim.correct');
    const claim = await tx.claim.findUnique({ where: { id: data.claimId }, include: { article: true } });
    if (!claim) throw claimNotFound();
    if (claim.version !== data.version) await updateAtVersion(tx, claim.id, data.version, {});
    const blocker = moveBlocker('correct', claim, me.id);
    if (blocker) throw new AppError('conflict', { userMessage: blocker });
    const correction = await pendingClaimCorrection(tx, claim.id);
    if (!correction) throw nothingPending();
    refuseOwn(correction, me);
    let verdict = {};
    if (correction.verdictKey && correction.verdictKey !== claim.verdictKey) {
      const active = await tx.verdict.findUnique({ where: { key: correction.verdictKey } });
      if (!active?.active) {
        throw new AppError('conflict', {
          userMessage: 'The corrected verdict is no longer in use: discard this correction.',
        });
      }
      verdict = {
        verdictKey: correction.verdictKey,
        verdictReason: correction.reason,
        verdictSetById: correction.preparedById,
        verdictSetAt: new Date(),
      };
    }
    const now = new Date();
    const shown: string[] = [];
    const removed: string[] = [];
    for (const change of correction.evidence) {
      // Evidence removed in the meantime (an internal change) is no longer shown or removable.
      const where = { id: change.evidenceId, claimId: claim.id, removedAt: null };
      if (change.change === 'show') {
        const { count } = await tx.evidence.updateMany({ where, data: { isPublic: true } });
        if (count) shown.push(change.evidenceId);
      } else {
        const { count } = await tx.evidence.updateMany({
          where,
          data: { removedAt: now, removedById: change.proposedById, removedReason: change.reason },
        });
        if (count) removed.push(change.evidenceId);
      }
    }
    await updateAtVersion(tx, claim.id, data.version, verdict);
    await tx.correction.update({
      where: { id: correction.id },
      data: { status: 'published', decidedById: me.id, decidedAt: now },
    });
    await recordAudit(tx, {
      actorId: me.id,
      action: 'claim.correct',
      entityType: 'claim',
      entityId: claim.id,
      before: { stage: claim.stage, verdict: claim.verdictKey },
      after: {
        stage: claim.stage,
        verdict: 'verdictKey' in verdict ? correction.verdictKey : claim.verdictKey,
        correctionId: correction.id,
        evidenceShown: shown,
        evidenceRemoved: removed,
      },
      reason: correction.reason,
      publicNote: correction.publicNote,
    });
    return {
      claimId: claim.id,
      claimSlug: claim.slug,
      articleSlug: claim.article.slug,
      version: data.version + 1,
      isPublic: true,
    };
  });
}

/** Discards the claim's pending correction; evidence it would have shown stays attached, internal. */
export async function discardClaimCorrection(input: unknown, actor: ActorRef) {
  const data = parseInput(claimDiscardSchema, input);
  return db.$transaction(async (tx) => {
    const me = await authorize(tx, actor, 'claim.prepareCorrection');
    const claim = await tx.claim.findUnique({ where: { id: data.claimId }, include: { article: true } });
    if (!claim) throw claimNotFound();
    if (claim.version !== data.version) await updateAtVersion(tx, claim.id, data.version, {});
    const correction = await pendingClaimCorrection(tx, claim.id);
    if (!correction) throw nothingPending();
    mayDiscard(correction, me, 'claim');
    await updateAtVersion(tx, claim.id, data.version, {});
    await tx.correction.update({
      where: { id: correction.id },
      data: { status: 'discarded', decidedById: me.id, decidedAt: new Date(), decisionReason: data.reason },
    });
    await recordAudit(tx, {
      actorId: me.id,
      action: 'claim.discardCorrection',
      entityType: 'claim',
      entityId: claim.id,
      before: { verdict: correction.verdictKey ?? claim.verdictKey, note: correction.publicNote },
      reason: data.reason,
    });
    return {
      claimId: claim.id,
      claimSlug: claim.slug,
      articleSlug: claim.article.slug,
      version: data.version + 1,
      isPublic: false,
    };
  });
}

async function loadComparison(tx: DbTx, comparisonId: string, version: number) {
  const comparison = await tx.comparison.findUnique({
    where: { id: comparisonId },
    include: { _count: { select: { members: true } } },
  });
  if (!comparison) throw comparisonGone();
  if (comparison.version !== version) await updateComparisonAtVersion(tx, comparison.id, version, {});
  return { ...comparison, members: comparison._count.members };
}

/** Prepares a correction of a published comparison's reading or its note; readers see nothing of it yet. */
export async function prepareComparisonCorrection(input: unknown, actor: ActorRef) {
  const data = parseInput(comparisonCorrectSchema, input);
  return db.$transaction(async (tx) => {
    const me = await authorize(tx, actor, 'comparison.prepareCorrection');
    const comparison = await loadComparison(tx, data.comparisonId, data.version);
    const pending = await pendingComparisonCorrection(tx, comparison.id);
    const blocker = comparisonMoveBlocker('correct', { ...comparison, correctionPending: !!pending }, me.id);
    if (blocker) throw new AppError('conflict', { userMessage: blocker });
    if (comparison.reviewerReading === data.reviewerReading && comparison.reviewerNote === data.reviewerNote) {
      throw fieldError('reviewerNote', 'A correction changes the reading or its note: neither changed.');
    }
    await updateComparisonAtVersion(tx, comparison.id, data.version, {});
    const correction = await tx.correction.create({
      data: {
        comparisonId: comparison.id,
        reviewerReading: data.reviewerReading,
        reviewerNote: data.reviewerNote,
        reason: data.reason,
        publicNote: data.publicNote,
        preparedById: me.id,
      },
    });
    await recordAudit(tx, {
      actorId: me.id,
      action: 'comparison.prepareCorrection',
      entityType: 'comparison',
      entityId: comparison.id,
      before: { reading: comparison.reviewerReading, note: comparison.reviewerNote },
      after: { reading: data.reviewerReading, note: data.reviewerNote, publicNote: data.publicNote },
      reason: data.reason,
    });
    const { id: comparisonId, slug: comparisonSlug } = comparison;
    return { comparisonId, comparisonSlug, correctionId: correction.id, version: data.version + 1, isPublic: false };
  });
}

/** Publishes the comparison's pending correction, by an editor who did not prepare it. */
export async function publishComparisonCorrection(input: unknown, actor: ActorRef) {
  const data = parseInput(comparisonTransitionSchema, input);
  return db.$transaction(async (tx) => {
    const me = await authorize(tx, actor, 'comparison.correct');
    const comparison = await loadComparison(tx, data.comparisonId, data.version);
    const blocker = comparisonMoveBlocker('correct', comparison, me.id);
    if (blocker) throw new AppError('conflict', { userMessage: blocker });
    const correction = await pendingComparisonCorrection(tx, comparison.id);
    if (!correction) throw nothingPending();
    refuseOwn(correction, me);
    const now = new Date();
    const reading = {
      reviewerReading: correction.reviewerReading ?? comparison.reviewerReading,
      reviewerNote: correction.reviewerNote ?? comparison.reviewerNote,
    };
    await updateComparisonAtVersion(tx, comparison.id, data.version, {
      ...reading,
      readingSetById: correction.preparedById,
      readingSetAt: now,
    });
    await tx.correction.update({
      where: { id: correction.id },
      data: { status: 'published', decidedById: me.id, decidedAt: now },
    });
    await recordAudit(tx, {
      actorId: me.id,
      action: 'comparison.correct',
      entityType: 'comparison',
      entityId: comparison.id,
      before: { stage: comparison.stage, reading: comparison.reviewerReading, note: comparison.reviewerNote },
      after: { stage: comparison.stage, reading: reading.reviewerReading, note: reading.reviewerNote },
      reason: correction.reason,
      publicNote: correction.publicNote,
    });
    const { id: comparisonId, slug: comparisonSlug } = comparison;
    return { comparisonId, comparisonSlug, version: data.version + 1, isPublic: true };
  });
}

/** Discards the comparison's pending correction. */
export async function discardComparisonCorrection(input: unknown, actor: ActorRef) {
  const data = parseInput(comparisonDiscardSchema, input);
  return db.$transaction(async (tx) => {
    const me = await authorize(tx, actor, 'comparison.prepareCorrection');
    const comparison = await loadComparison(tx, data.comparisonId, data.version);
    const correction = await pendingComparisonCorrection(tx, comparison.id);
    if (!correction) throw nothingPending();
    mayDiscard(correction, me, 'comparison');
    await updateComparisonAtVersion(tx, comparison.id, data.version, {});
    await tx.correction.update({
      where: { id: correction.id },
      data: { status: 'discarded', decidedById: me.id, decidedAt: new Date(), decisionReason: data.reason },
    });
    await recordAudit(tx, {
      actorId: me.id,
      action: 'comparison.discardCorrection',
      entityType: 'comparison',
      entityId: comparison.id,
      before: { reading: correction.reviewerReading, note: correction.publicNote },
      reason: data.reason,
    });
    const { id: comparisonId, slug: comparisonSlug } = comparison;
    return { comparisonId, comparisonSlug, version: data.version + 1, isPublic: false };
  });
}

function fieldError(field: string, message: string) {
  return new AppError('invalid_input', {
    userMessage: 'Please correct the highlighted fields.',
    fieldErrors: { [field]: message },
  });
}
