import 'server-only';
import { randomUUID } from 'node:crypto';
import { recordAudit } from '@/lib/audit/record';
import { authorize, type ActorRef } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { slugify } from '@/lib/slug';
import { createSourceIn } from '@/lib/sources/create';
import { parseInput } from '@/lib/validation';
import { createClaimSchema } from './schemas';
import { spanText, SpanError } from './span';

/**
 * A new claim on a span of an article (a detector proposal or a reviewer's selection),
 * with its figures and, if need be, a new source: all or nothing, with its audit event.
 */
export async function createClaim(input: unknown, actor: ActorRef) {
  const { articleId, start, end, figures, ...data } = parseInput(createClaimSchema, input);
  return db.$transaction(async (tx) => {
    const me = await authorize(tx, actor, 'claim.create');
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { body: true } });
    if (!article) throw AppError.gone('article');
    let quote: string;
    try {
      quote = spanText(article.body, { start, end });
    } catch (error) {
      if (!(error instanceof SpanError)) throw error;
      throw AppError.fields({ span: error.message }, error.message);
    }
    if (await tx.claim.findFirst({ where: { articleId, spanStart: start, spanEnd: end }, select: { id: true } })) {
      throw new AppError('conflict', { userMessage: 'This span is already a claim.' });
    }

    let claimantId: string | null = data.claimantId || null;
    if (claimantId === 'new') {
      claimantId = (await createSourceIn(tx, me, { name: data.newClaimantName!, kind: data.newClaimantKind })).id;
    } else if (claimantId && !(await tx.source.findUnique({ where: { id: claimantId }, select: { id: true } }))) {
      throw AppError.fields({ claimantId: 'That source does not exist.' });
    }

    const claim = await tx.claim.create({
      data: {
        slug: `${slugify(data.statement, 50)}-${randomUUID().slice(0, 6)}`,
        articleId,
        spanStart: start,
        spanEnd: end,
        quote,
        statement: data.statement,
        kind: data.kind,
        claimantId,
        attribution: data.attribution,
        createdById: me.id,
      },
    });
    const created: { id: string; victimGroup: string }[] = [];
    for (const [position, { partOf: _partOf, ...figure }] of figures.entries()) {
      created.push(await tx.figure.create({ data: { ...figure, claimId: claim.id, position } }));
    }
    // "49 children" of "250 civilians": the whole is another figure of the same claim.
    for (const [i, figure] of figures.entries()) {
      const whole = figure.partOf
        ? created.find((c, j) => j !== i && c.victimGroup.toLowerCase() === figure.partOf!.toLowerCase())
        : undefined;
      if (whole) await tx.figure.update({ where: { id: created[i]!.id }, data: { partOfId: whole.id } });
    }
    await recordAudit(tx, {
      actorId: me.id,
      action: 'claim.create',
      entityType: 'claim',
      entityId: claim.id,
      after: {
        articleId,
        start,
        end,
        statement: claim.statement,
        kind: claim.kind,
        claimantId,
        attribution: claim.attribution,
        figures: figures.length,
      },
    });
    return { id: claim.id, slug: claim.slug };
  });
}
