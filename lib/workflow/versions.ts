import { format } from 'date-fns';
import type { DbTx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';

// No lost work: every save of a claim or comparison names the version it was based on.
// If someone saved in between, the save is refused with who changed it and when, and what
// they saved, so the form can keep the user's text beside it. Each kind writes its own row
// (lib/claims/concurrency.ts, lib/comparisons/concurrency.ts); the refusal is this one.

export type Versioned = 'claim' | 'comparison';

/** What the form shows beside the user's text: the saved values, by form field. */
const savedNow: Record<Versioned, (tx: DbTx, id: string) => Promise<Saved | null>> = {
  claim: async (tx, id) => {
    const claim = await tx.claim.findUnique({
      where: { id },
      include: { claimant: { select: { name: true } }, assignee: { select: { name: true } } },
    });
    return (
      claim && {
        ...claim,
        saved: {
          statement: claim.statement,
          kind: claim.kind,
          claimant: claim.claimant?.name ?? '',
          attribution: claim.attribution ?? '',
          assignee: claim.assignee?.name ?? '',
          internalNotes: claim.internalNotes ?? '',
          verdict: claim.verdictKey,
          stage: claim.stage,
        },
      }
    );
  },
  comparison: async (tx, id) => {
    const comparison = await tx.comparison.findUnique({ where: { id } });
    return (
      comparison && {
        ...comparison,
        saved: {
          question: comparison.question,
          reviewerReading: comparison.reviewerReading,
          reviewerNote: comparison.reviewerNote ?? '',
          stage: comparison.stage,
        },
      }
    );
  },
};

type Saved = { version: number; updatedAt: Date; saved: Record<string, string> };

/** The refusal of a save that named an old version (or of one whose record has gone). */
export async function staleSave(tx: DbTx, kind: Versioned, id: string): Promise<AppError> {
  const now = await savedNow[kind](tx, id);
  if (!now) return AppError.gone(kind);
  const { who, message } = await lastChange(tx, kind, id, now.updatedAt);
  return new AppError('conflict', {
    userMessage: message,
    details: { version: now.version, changedBy: who, saved: now.saved },
  });
}

/** The columns of a save at a version: the version goes up by one. */
export function nextVersion<Data extends object>(data: Data) {
  return { ...data, version: { increment: 1 } };
}

/** Who made the last recorded change to an item, and the "changed by NAME at TIME" message. */
export async function lastChange(tx: DbTx, entityType: Versioned, entityId: string, updatedAt: Date) {
  const last = await tx.auditEvent.findFirst({
    where: { entityType, entityId },
    orderBy: { createdAt: 'desc' },
    include: { actor: { select: { name: true } } },
  });
  const who = last?.actor?.name ?? 'someone else';
  const when = format(last?.createdAt ?? updatedAt, "d MMM yyyy 'at' HH:mm");
  return {
    who,
    message: `This ${entityType} was changed by ${who} at ${when} (UTC) while you were editing. Your text is still in the form; compare it with the saved version before saving again.`,
  };
}
