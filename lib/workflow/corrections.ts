import 'server-only';
import type { z } from 'zod';
import { recordAudit } from '@/lib/audit/record';
import { authorize, type Actor, type ActorRef } from '@/lib/auth/actor';
import { roleCan } from '@/lib/auth/permissions';
import {
  correctSchema as claimCorrectSchema,
  discardCorrectionSchema as claimDiscardSchema,
  transitionSchema as claimTransitionSchema,
} from '@/lib/claims/schemas';
import {
  correctSchema as comparisonCorrectSchema,
  discardCorrectionSchema as comparisonDiscardSchema,
  transitionSchema as comparisonTransitionSchema,
} from '@/lib/comparisons/schemas';
import { db } from '@/lib/db';
import type { DbTx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { wordsAfterChange } from '@/lib/claims/article-change';
import { parseInput } from '@/lib/validation';
import {
  claimRecord,
  comparisonRecord,
  type Base,
  type Kind,
  type WorkflowClaim,
  type WorkflowComparison,
  type WorkflowRecord,
} from './records';
import { correctionBlocker } from './rules';

// Corrections take two people (docs/decisions/008-corrections-take-two-people.md). Anyone
// on staff prepares one for a published item: a new verdict or reading, the note readers
// will see, and (for a claim) evidence to show or take off the public page, which
// lib/evidence adds to the pending correction. Readers see the published version unchanged
// until an editor who prepared no part of it publishes it; the preparer or an editor may
// discard it. Each step is one transaction with its audit event, and bumps the item's
// version, so an editor publishes exactly the correction they read. The steps are the
// same for both kinds of record; each kind says what its correction changes.

const pendingInclude = { evidence: { select: { evidenceId: true, change: true, reason: true, proposedById: true } } };

/** The correction waiting on a claim or comparison, if any, with its evidence changes. */
function pendingCorrection(tx: DbTx, kind: Kind, id: string) {
  const where = kind === 'claim' ? { claimId: id } : { comparisonId: id };
  return tx.correction.findFirst({ where: { ...where, status: 'pending' }, include: pendingInclude });
}

/** The correction waiting on a claim, if any, with its evidence changes. */
export function pendingClaimCorrection(tx: DbTx, claimId: string) {
  return pendingCorrection(tx, 'claim', claimId);
}

type Pending = NonNullable<Awaited<ReturnType<typeof pendingCorrection>>>;
type Json = Record<string, Prisma.InputJsonValue | null>;
type Step = { version: number; reason?: string; publicNote?: string };

/** What one kind of record's correction changes. */
type CorrectionKind<Item extends Base, Data, Report, Prepared> = {
  record: WorkflowRecord<Item, Data, Report>;
  schemas: { correct: z.ZodType<Prepared & Step>; publish: z.ZodType<Step>; discard: z.ZodType<Step> };
  /** Checks a proposed correction: the correction's own columns, and the audit trail's before and after. */
  prepare(tx: DbTx, item: Item, data: Prepared & Step): Promise<{ columns: object; before: Json; after: Json }>;
  /** Makes the correction's changes besides the item's own columns (evidence), and says what they were. */
  publish(tx: DbTx, item: Item, correction: Pending, now: Date): Promise<{ data: Data; before: Json; after: Json }>;
  /** What a discarded correction would have changed, for the audit trail. */
  discarded(item: Item, correction: Pending): Json;
};

function correctionVerbs<Item extends Base, Data, Report, Prepared>(k: CorrectionKind<Item, Data, Report, Prepared>) {
  const { record } = k;
  const idOf = (data: Step) => (data as Step & Record<string, string>)[record.idField]!;

  /**
   * One step of a correction: the input parsed, then in one transaction the actor
   * authorized and the item found at the version the form was based on (a stale form is
   * refused with who changed it).
   */
  function step<Input extends Step, Result>(
    schema: z.ZodType<Input>,
    permission: 'prepareCorrection' | 'correct',
    run: (tx: DbTx, data: Input, me: Actor, item: Item) => Promise<Result>,
  ) {
    return async (input: unknown, actor: ActorRef) => {
      const data = parseInput(schema, input);
      return db.$transaction(async (tx) => {
        const me = await authorize(tx, actor, `${record.kind}.${permission}`);
        const item = await record.load(tx, idOf(data));
        if (!item) throw AppError.gone(record.kind);
        if (item.version !== data.version) await record.write(tx, item.id, data.version, {} as Data);
        return run(tx, data, me, item);
      });
    };
  }

  /** Prepares a correction of a published item; readers see nothing of it yet. */
  const prepare = step(k.schemas.correct, 'prepareCorrection', async (tx, data, me, item) => {
    const pending = await pendingCorrection(tx, record.kind, item.id);
    const blocker = record.blocker('correct', { ...item, correctionPending: !!pending }, me.id);
    if (blocker) throw new AppError('conflict', { userMessage: blocker });
    const proposed = await k.prepare(tx, item, data);
    await record.write(tx, item.id, data.version, {} as Data);
    const correction = await tx.correction.create({
      data: {
        [record.idField]: item.id,
        ...proposed.columns,
        reason: data.reason!,
        publicNote: data.publicNote!,
        preparedById: me.id,
      } as Prisma.CorrectionUncheckedCreateInput,
    });
    await recordAudit(tx, {
      actorId: me.id,
      action: `${record.kind}.prepareCorrection`,
      entityType: record.kind,
      entityId: item.id,
      before: proposed.before,
      after: proposed.after,
      reason: data.reason,
    });
    return { ...record.report(item), correctionId: correction.id, version: data.version + 1, isPublic: false };
  });

  /** Publishes the item's pending correction, by an editor who prepared no part of it. */
  const publish = step(k.schemas.publish, 'correct', async (tx, data, me, item) => {
    const blocker = record.blocker('correct', item, me.id);
    if (blocker) throw new AppError('conflict', { userMessage: blocker });
    const correction = await pendingCorrection(tx, record.kind, item.id);
    if (!correction) throw nothingPending();
    refuseOwn(correction, me);
    const now = new Date();
    const applied = await k.publish(tx, item, correction, now);
    await record.write(tx, item.id, data.version, applied.data);
    await tx.correction.update({
      where: { id: correction.id },
      data: { status: 'published', decidedById: me.id, decidedAt: now },
    });
    await recordAudit(tx, {
      actorId: me.id,
      action: `${record.kind}.correct`,
      entityType: record.kind,
      entityId: item.id,
      before: { stage: item.stage, ...applied.before },
      after: { stage: item.stage, ...applied.after },
      reason: correction.reason,
      publicNote: correction.publicNote,
    });
    return { ...record.report(item), version: data.version + 1, isPublic: true };
  });

  /** Discards the item's pending correction; evidence it would have shown stays attached, internal. */
  const discard = step(k.schemas.discard, 'prepareCorrection', async (tx, data, me, item) => {
    const correction = await pendingCorrection(tx, record.kind, item.id);
    if (!correction) throw nothingPending();
    mayDiscard(correction, me, record.kind);
    await record.write(tx, item.id, data.version, {} as Data);
    await tx.correction.update({
      where: { id: correction.id },
      data: { status: 'discarded', decidedById: me.id, decidedAt: new Date(), decisionReason: data.reason },
    });
    await recordAudit(tx, {
      actorId: me.id,
      action: `${record.kind}.discardCorrection`,
      entityType: record.kind,
      entityId: item.id,
      before: k.discarded(item, correction),
      reason: data.reason,
    });
    return { ...record.report(item), version: data.version + 1, isPublic: false };
  });

  return { prepare, publish, discard };
}

const nothingPending = () => new AppError('conflict', { userMessage: 'No correction is waiting on this item.' });

function refuseOwn(correction: Pending, me: Actor) {
  const blocker = correctionBlocker(
    { preparedById: correction.preparedById, contributorIds: correction.evidence.map((e) => e.proposedById) },
    me.id,
  );
  if (blocker) throw new AppError('conflict', { userMessage: blocker });
}

/** Only the person who prepared a correction, or an editor, may discard it. */
function mayDiscard(correction: Pending, me: Actor, kind: Kind) {
  if (correction.preparedById !== me.id && !roleCan(me.role, `${kind}.correct`)) {
    throw new AppError('forbidden', {
      userMessage: 'Only whoever prepared this correction, or an editor, may discard it.',
    });
  }
}

const claimCorrections = correctionVerbs({
  record: claimRecord,
  schemas: { correct: claimCorrectSchema, publish: claimTransitionSchema, discard: claimDiscardSchema },
  prepare: async (tx, claim: WorkflowClaim, data) => {
    if (data.verdictKey) {
      const verdict = await tx.verdict.findUnique({ where: { key: data.verdictKey } });
      if (!verdict?.active) throw AppError.fields({ verdictKey: 'Choose one of the listed verdicts.' });
      if (verdict.key === claim.verdictKey) {
        throw AppError.fields({ verdictKey: 'This is the published verdict: choose a different one, or none.' });
      }
    }
    return {
      columns: { verdictKey: data.verdictKey || null },
      before: { verdict: claim.verdictKey },
      after: { verdict: data.verdictKey || claim.verdictKey, note: data.publicNote },
    };
  },
  // A new verdict (if still in use), and the evidence shown or taken off, go out together.
  publish: async (tx, claim, correction, now) => {
    let verdict: Prisma.ClaimUncheckedUpdateManyInput = {};
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
    // A claim whose article changed takes the new words (or keeps its own, when they are gone).
    if (claim.articleChange) {
      const article = await tx.article.findUniqueOrThrow({ where: { id: claim.articleId }, select: { body: true } });
      verdict = { ...verdict, quote: wordsAfterChange(claim, article.body), articleChange: null };
    }
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
    return {
      data: verdict,
      before: { verdict: claim.verdictKey },
      after: {
        verdict: 'verdictKey' in verdict ? correction.verdictKey : claim.verdictKey,
        correctionId: correction.id,
        evidenceShown: shown,
        ...(claim.articleChange ? { quote: verdict.quote as string } : {}),
        evidenceRemoved: removed,
      },
    };
  },
  discarded: (claim, correction) => ({
    verdict: correction.verdictKey ?? claim.verdictKey,
    note: correction.publicNote,
  }),
});

export const prepareClaimCorrection = claimCorrections.prepare;
export const publishClaimCorrection = claimCorrections.publish;
export const discardClaimCorrection = claimCorrections.discard;

const comparisonCorrections = correctionVerbs({
  record: comparisonRecord,
  schemas: { correct: comparisonCorrectSchema, publish: comparisonTransitionSchema, discard: comparisonDiscardSchema },
  prepare: async (_tx, comparison: WorkflowComparison, data) => {
    if (comparison.reviewerReading === data.reviewerReading && comparison.reviewerNote === data.reviewerNote) {
      throw AppError.fields({ reviewerNote: 'A correction changes the reading or its note: neither changed.' });
    }
    return {
      columns: { reviewerReading: data.reviewerReading, reviewerNote: data.reviewerNote },
      before: { reading: comparison.reviewerReading, note: comparison.reviewerNote },
      after: { reading: data.reviewerReading, note: data.reviewerNote, publicNote: data.publicNote },
    };
  },
  // The reading and its note, set by whoever prepared the correction.
  publish: async (_tx, comparison, correction, now) => {
    const reading = {
      reviewerReading: correction.reviewerReading ?? comparison.reviewerReading,
      reviewerNote: correction.reviewerNote ?? comparison.reviewerNote,
    };
    return {
      data: { ...reading, readingSetById: correction.preparedById, readingSetAt: now },
      before: { reading: comparison.reviewerReading, note: comparison.reviewerNote },
      after: { reading: reading.reviewerReading, note: reading.reviewerNote },
    };
  },
  discarded: (_comparison, correction) => ({ reading: correction.reviewerReading, note: correction.publicNote }),
});

export const {
  prepare: prepareComparisonCorrection,
  publish: publishComparisonCorrection,
  discard: discardComparisonCorrection,
} = comparisonCorrections;
