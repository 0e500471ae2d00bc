import 'server-only';
import type { z } from 'zod';
import { recordAudit } from '@/lib/audit/record';
import { authorize, type ActorRef } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import type { DbTx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import type { Base, WorkflowRecord } from './records';
import { isPublicStage } from './stages';
import { movePermission, moves, type Move } from './rules';

// Every move of a claim or comparison through the workflow (rules.ts): one transaction
// with its audit event. The verb reports the record's pages and whether readers see the
// move, so that its caller refreshes their pages.

type MoveInput = { version: number; reason: string; publicNote?: string };
type Schema = z.ZodType<MoveInput>;

/** The moves of one kind of record, each a verb `(input, actor)` like every other domain verb. */
export function moveVerbs<Item extends Base, Data, Report>(
  record: WorkflowRecord<Item, Data, Report>,
  schemas: { transition: Schema; retract: Schema },
) {
  type Moved = Report & { version: number; isPublic: boolean };

  async function move(tx: DbTx, kind: Move, input: MoveInput, actor: ActorRef): Promise<Moved> {
    const me = await authorize(tx, actor, movePermission(record.kind, kind));
    const id = (input as MoveInput & Record<string, string>)[record.idField]!;
    const item = await record.load(tx, id);
    if (!item) throw AppError.gone(record.kind);
    // A stale form is refused with who changed it, before any rule is judged on old facts.
    if (item.version !== input.version) await record.write(tx, item.id, input.version, {} as Data);
    const blocker = record.blocker(kind, item, me.id);
    if (blocker) throw new AppError('conflict', { userMessage: blocker });
    const to = moves[kind].to ?? item.stage;
    const published = kind === 'publish' ? { publishedAt: item.publishedAt ?? new Date(), publishedById: me.id } : {};
    await record.write(tx, item.id, input.version, { stage: to, ...published } as Data);
    await recordAudit(tx, {
      actorId: me.id,
      action: `${record.kind}.${kind}`,
      entityType: record.kind,
      entityId: item.id,
      before: { stage: item.stage, ...record.decision(item) },
      after: { stage: to, ...record.decision(item) },
      reason: input.reason || null,
      publicNote: input.publicNote ?? null,
    });
    return { ...record.report(item), version: input.version + 1, isPublic: isPublicStage(to) };
  }

  const verb =
    (kind: Move, schema: Schema, check: (input: MoveInput) => void = () => {}) =>
    async (input: unknown, actor: ActorRef) => {
      const data = parseInput(schema, input);
      check(data);
      return db.$transaction(async (tx) => {
        const moved = await move(tx, kind, data, actor);
        // After the authorized move: a correction of what is withdrawn cannot be published.
        if (kind === 'retract') await dropPendingCorrections(tx, { [record.idField]: item(moved) }, actor);
        return moved;
      });
    };
  const item = (moved: Moved) => (moved as Moved & Record<string, string>)[record.idField]!;

  return {
    submit: verb('submit', schemas.transition),
    withdraw: verb('withdraw', schemas.transition, (data) => {
      if (!data.reason) throw AppError.fields({ reason: `Say why the ${record.kind} goes back to draft.` });
    }),
    approve: verb('approve', schemas.transition),
    publish: verb('publish', schemas.transition),
    /** Withdraws a published item at once (one editor: it asserts nothing new); a pending correction is dropped. */
    retract: verb('retract', schemas.retract),
  };
}

async function dropPendingCorrections(tx: DbTx, item: Record<string, string>, actor: ActorRef) {
  await tx.correction.updateMany({
    where: { ...item, status: 'pending' },
    data: { status: 'discarded', decidedById: actor?.id, decidedAt: new Date(), decisionReason: 'Retracted.' },
  });
}
