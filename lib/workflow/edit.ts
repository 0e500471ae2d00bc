import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import { authorize, type Actor, type ActorRef } from '@/lib/auth/actor';
import type { Permission } from '@/lib/auth/permissions';
import type { DbTx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Stage } from '@/lib/generated/prisma/enums';
import { isFrozen, stageAfterContentChange } from './content';
import { claimRecord, comparisonRecord, type Base, type WorkflowRecord } from './records';

// The one edit core for claims and comparisons. Every edit verb (statement, claimant and
// attribution, verdict, figures, evidence, question, members, reading) runs through it, in
// its caller's transaction: authorize, find the item, check the version, apply the change,
// apply the one rule, write the audit events, and report the result. The rule: a change to
// the content of an approved item sends it back to review (with an event saying why); a
// published or retracted item's content does not change here at all, only through a
// correction (corrections.ts), so an edit never changes what readers see. Whoever changed
// the content last is recorded: the second read (publishing) must be someone else.

type Claim = Prisma.ClaimGetPayload<object>;
type Comparison = Prisma.ComparisonGetPayload<object>;
type ClaimData = Prisma.ClaimUncheckedUpdateManyInput;
type ComparisonData = Prisma.ComparisonUncheckedUpdateManyInput;
type Json = Prisma.InputJsonValue;

export type Change<Data, Result> = {
  /** Columns of the item itself to write (besides stage and version). */
  data?: Data;
  /** What content this changes, in words ("statement", "figures"), or null for bookkeeping; default: the target's. */
  content?: string | null;
  /** The change's audit event; null when nothing changed. */
  audit: { action: string; before?: Json; after?: Json; reason?: string | null } | null;
  result?: Result;
};

export type Edited<Result> = {
  result: Result;
  version: number;
  stage: Stage;
  /** Whether the edit changed what readers see: never, by the rule above; callers need not revalidate. */
  publicChange: false;
};

type Target = {
  id: string;
  /** The version the form was based on; without one (evidence), the current one. Bumped by any content change. */
  version?: number;
  permission: Permission;
  /** The content every call of this verb changes ("figures"), so a published item is refused before any work. */
  content?: string;
};

async function edit<Item extends Base, Data extends object, Result>(
  tx: DbTx,
  subject: WorkflowRecord<Item, Data, unknown>,
  target: Target,
  actor: ActorRef,
  apply: (item: Item, me: Actor) => Promise<Change<Data, Result>>,
): Promise<Edited<Result>> {
  const me = await authorize(tx, actor, target.permission);
  const item = await subject.load(tx, target.id);
  if (!item) throw AppError.gone(subject.kind);
  // A stale form is refused with who changed it, before any rule is judged on old facts.
  if (target.version !== undefined && target.version !== item.version) {
    await subject.write(tx, item.id, target.version, { stage: item.stage } as Data & { stage: Stage });
  }
  const frozen = () =>
    new AppError('conflict', {
      userMessage: `A published ${subject.kind} is changed only by a correction or a retraction.`,
    });
  if (target.content && isFrozen(item.stage)) throw frozen();
  const change = await apply(item, me);
  const content = change.content === undefined ? (target.content ?? null) : change.content;
  if (content && isFrozen(item.stage)) throw frozen();
  const stage = content ? stageAfterContentChange(item.stage) : item.stage;
  const versioned = target.version !== undefined || stage !== item.stage || !!content;
  if (versioned || change.data) {
    // Whoever changed what the item says cannot be the one to publish it (rules.ts).
    const author = content ? { contentChangedById: me.id } : {};
    await subject.write(tx, item.id, item.version, { ...(change.data as Data), ...author, stage });
  }
  const entity = { entityType: subject.kind, entityId: item.id } as const;
  if (change.audit) await recordAudit(tx, { actorId: me.id, ...entity, ...change.audit });
  if (stage !== item.stage) {
    await recordAudit(tx, {
      actorId: me.id,
      ...entity,
      action: `${subject.kind}.reopen`,
      before: { stage: item.stage },
      after: { stage },
      reason: `The ${content} changed after approval; the approval was for what the ${subject.kind} said before, so it needs a new review.`,
    });
  }
  return {
    result: change.result as Result,
    version: versioned || change.data ? item.version + 1 : item.version,
    stage,
    publicChange: false,
  };
}

/** The change an edit verb makes to the item it is handed, with who is making it. */
type Apply<Item, Data, Result> = (item: Item, me: Actor) => Promise<Change<Data, Result>>;

/** One edit of a claim's content or bookkeeping, under the workflow's rule (see above). */
export function editClaim<R>(tx: DbTx, target: Target, actor: ActorRef, apply: Apply<Claim, ClaimData, R>) {
  return edit(tx, claimRecord, target, actor, apply);
}

/** One edit of a comparison (all of which is content), under the workflow's rule. */
export function editComparison<R>(
  tx: DbTx,
  target: Target,
  actor: ActorRef,
  apply: Apply<Comparison, ComparisonData, R>,
) {
  return edit(tx, comparisonRecord, target, actor, apply);
}
