import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import { authorize, type ActorRef } from '@/lib/auth/actor';
import type { Stage } from '@/lib/generated/prisma/enums';
import { db } from '@/lib/db';
import type { DbTx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { formatRange } from '@/lib/figures/describe';
import { slugify } from '@/lib/slug';
import { parseInput } from '@/lib/validation';
import { editComparison } from '@/lib/workflow/edit';
import {
  createComparisonSchema,
  MAX_MEMBERS,
  memberSchema,
  moveMemberSchema,
  questionSchema,
  readingSchema,
} from './schemas';

// Building a comparison: its question, the figures it sets side by side (from any claims
// and articles), and the reviewer's own reading with a note. Each change names the version
// it was based on, is refused with "changed by NAME at TIME" when someone saved first, and
// is recorded in the comparison's history. Every edit goes through the edit core
// (lib/workflow/edit.ts): a published comparison changes only by a correction or a
// retraction; a change to an approved one sends it back to review, since the approval was
// for what it said before.

export async function createComparison(input: unknown, actor: ActorRef) {
  const data = parseInput(createComparisonSchema, input);
  return db.$transaction(async (tx) => {
    const me = await authorize(tx, actor, 'comparison.create');
    if (data.figureId) await findFigure(tx, data.figureId);
    const comparison = await tx.comparison.create({
      data: {
        slug: await freeSlug(tx, data.question),
        question: data.question,
        createdById: me.id,
        members: data.figureId ? { create: { figureId: data.figureId, position: 0 } } : undefined,
      },
    });
    await recordAudit(tx, {
      actorId: me.id,
      action: 'comparison.create',
      entityType: 'comparison',
      entityId: comparison.id,
      after: { question: data.question, ...(data.figureId ? { figure: await figureWords(tx, data.figureId) } : {}) },
    });
    return { comparisonId: comparison.id };
  });
}

export async function setQuestion(input: unknown, actor: ActorRef) {
  const data = parseInput(questionSchema, input);
  return saving(data, (tx) =>
    editComparison(tx, target(data), actor, async (comparison) => ({
      data: { question: data.question },
      audit: {
        action: 'comparison.question',
        before: { question: comparison.question },
        after: { question: data.question },
      },
    })),
  );
}

export async function addMember(input: unknown, actor: ActorRef) {
  const data = parseInput(memberSchema, input);
  return saving(data, (tx) =>
    editComparison(tx, target(data), actor, async (comparison) => {
      await findFigure(tx, data.figureId);
      const members = await tx.comparisonMember.findMany({
        where: { comparisonId: comparison.id },
        select: { figureId: true, position: true },
      });
      if (members.some((m) => m.figureId === data.figureId)) {
        throw fieldError('figureId', 'This figure is already in the comparison.');
      }
      if (members.length >= MAX_MEMBERS) {
        throw fieldError('figureId', `A comparison sets at most ${MAX_MEMBERS} figures side by side.`);
      }
      const position = Math.max(-1, ...members.map((m) => m.position)) + 1;
      await tx.comparisonMember.create({ data: { comparisonId: comparison.id, figureId: data.figureId, position } });
      return { audit: { action: 'comparison.addFigure', after: { figure: await figureWords(tx, data.figureId) } } };
    }),
  );
}

export async function removeMember(input: unknown, actor: ActorRef) {
  const data = parseInput(memberSchema, input);
  return saving(data, (tx) =>
    editComparison(tx, target(data), actor, async (comparison) => {
      const { count } = await tx.comparisonMember.deleteMany({
        where: { comparisonId: comparison.id, figureId: data.figureId },
      });
      if (count === 0) throw new AppError('not_found', { userMessage: 'This figure is no longer in the comparison.' });
      return {
        audit: { action: 'comparison.removeFigure', before: { figure: await figureWords(tx, data.figureId) } },
      };
    }),
  );
}

/** Moves a figure one place up or down: the order readers see the sources in. */
export async function moveMember(input: unknown, actor: ActorRef) {
  const data = parseInput(moveMemberSchema, input);
  return saving(data, (tx) =>
    editComparison(tx, target(data), actor, async (comparison) => {
      const members = await tx.comparisonMember.findMany({
        where: { comparisonId: comparison.id },
        orderBy: [{ position: 'asc' }, { figureId: 'asc' }],
        select: { figureId: true },
      });
      const from = members.findIndex((m) => m.figureId === data.figureId);
      if (from === -1) throw new AppError('not_found', { userMessage: 'This figure is no longer in the comparison.' });
      const to = data.direction === 'up' ? from - 1 : from + 1;
      if (to < 0 || to >= members.length) {
        throw new AppError('invalid_input', {
          userMessage: `This figure is already ${data.direction === 'up' ? 'first' : 'last'}.`,
        });
      }
      const order = members.map((m) => m.figureId);
      [order[from], order[to]] = [order[to]!, order[from]!];
      for (const [position, figureId] of order.entries()) {
        await tx.comparisonMember.update({
          where: { comparisonId_figureId: { comparisonId: comparison.id, figureId } },
          data: { position },
        });
      }
      return {
        audit: {
          action: 'comparison.reorder',
          after: { figure: await figureWords(tx, data.figureId), moved: data.direction },
        },
      };
    }),
  );
}

/** The reviewer's own reading and its note; whoever sets it cannot publish it. */
export async function setReading(input: unknown, actor: ActorRef) {
  const data = parseInput(readingSchema, input);
  return saving(data, (tx) =>
    editComparison(tx, target(data), actor, async (comparison, me) => ({
      data: {
        reviewerReading: data.reviewerReading,
        reviewerNote: data.reviewerNote,
        readingSetById: me.id,
        readingSetAt: new Date(),
      },
      audit: {
        action: 'comparison.reading',
        before: { reading: comparison.reviewerReading, note: comparison.reviewerNote },
        after: { reading: data.reviewerReading, note: data.reviewerNote },
      },
    })),
  );
}

/** An edit of `input`'s comparison, for the edit core: everything a comparison holds is content. */
function target(input: { comparisonId: string; version: number }) {
  return {
    id: input.comparisonId,
    version: input.version,
    permission: 'comparison.edit',
    content: 'comparison',
  } as const;
}

/** Runs one edit in its own transaction, and reports the comparison's new version and stage. */
async function saving(input: { comparisonId: string }, edit: (tx: DbTx) => Promise<{ version: number; stage: Stage }>) {
  const edited = await db.$transaction(edit);
  return { comparisonId: input.comparisonId, version: edited.version, stage: edited.stage };
}

function fieldError(field: string, message: string) {
  return AppError.fields({ [field]: message }, message);
}

async function findFigure(tx: DbTx, figureId: string) {
  const figure = await tx.figure.findUnique({ where: { id: figureId }, select: { id: true } });
  if (!figure) throw fieldError('figureId', AppError.gone('figure').userMessage);
  return figure;
}

/** "Syrian Observatory: at least 251 civilians killed" for the history. */
async function figureWords(tx: DbTx, figureId: string) {
  const f = await tx.figure.findUnique({
    where: { id: figureId },
    select: {
      min: true,
      max: true,
      victimGroup: true,
      outcome: true,
      claim: { select: { claimant: { select: { name: true } } } },
    },
  });
  if (!f) return figureId;
  return `${f.claim.claimant?.name ?? 'Unattributed'}: ${formatRange(f)} ${f.victimGroup} ${f.outcome}`;
}

async function freeSlug(tx: DbTx, question: string) {
  const base = slugify(question);
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await tx.comparison.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}
