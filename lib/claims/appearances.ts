import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import { authorize, type ActorRef } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import type { DbTx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { createSourceIn } from '@/lib/sources/create';
import { parseInput } from '@/lib/validation';
import { isPublicStage } from '@/lib/workflow/stages';
import { linkAppearanceSchema, notSameClaimSchema } from './appearance-schemas';
import { updateAtVersion } from './concurrency';
import { spanText, SpanError } from './span';

// A claim made again in another article is one more appearance of the check, not a new
// check (docs/decisions/021-appearances-and-primary-sources.md). The claim's origin stays
// its own article and span (Claim.articleId, spanStart, spanEnd); the rows here are the
// places after it. Linking one changes what readers see of a published claim (the claim
// page lists its appearances, the new article's page marks the span): the caller reports
// the public change, as publishing does.

export const NOT_SAME_ACTION = 'proposal.notSameClaim';

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** Links a span of an article to an existing claim. Refused for a retracted check or a span already taken. */
export async function linkAppearance(input: unknown, actor: ActorRef) {
  const { articleId, start, end, claimId, version, ...data } = parseInput(linkAppearanceSchema, input);
  return db.$transaction(async (tx) => {
    const me = await authorize(tx, actor, 'appearance.link');
    const claim = await tx.claim.findUnique({
      where: { id: claimId },
      select: { id: true, slug: true, stage: true, articleId: true },
    });
    if (!claim) throw AppError.gone('claim');
    if (claim.stage === 'retracted') {
      throw new AppError('conflict', { userMessage: 'That check was retracted: it cannot gain appearances.' });
    }
    const article = await tx.article.findUnique({
      where: { id: articleId },
      select: { body: true, slug: true, publishedAt: true },
    });
    if (!article) throw AppError.gone('article');
    let quote: string;
    try {
      quote = spanText(article.body, { start, end });
    } catch (error) {
      if (!(error instanceof SpanError)) throw error;
      throw AppError.fields({ span: error.message }, error.message);
    }
    if (
      claim.articleId === articleId ||
      (await tx.appearance.findFirst({ where: { claimId, articleId }, select: { id: true } }))
    ) {
      throw new AppError('conflict', { userMessage: 'This check already appears in this article.' });
    }
    await refuseTakenSpan(tx, articleId, { start, end });

    let claimantId: string | null = data.claimantId || null;
    if (claimantId === 'new') {
      claimantId = (await createSourceIn(tx, me, { name: data.newClaimantName!, kind: data.newClaimantKind })).id;
    } else if (claimantId && !(await sourceExists(tx, claimantId))) {
      throw AppError.fields({ claimantId: 'That source does not exist.' });
    }
    if (data.citesSourceId && !(await sourceExists(tx, data.citesSourceId))) {
      throw AppError.fields({ citesSourceId: 'That source does not exist.' });
    }
    const citesSourceId = data.citesSourceId === claimantId ? null : data.citesSourceId;

    // The check gained a place it was made: whoever had it open sees the change.
    await updateAtVersion(tx, claim.id, version, {});
    const appearance = await tx.appearance.create({
      data: {
        claimId: claim.id,
        articleId,
        spanStart: start,
        spanEnd: end,
        quote,
        attribution: data.attribution,
        claimantId,
        citesSourceId,
        reportedAt: article.publishedAt,
        linkedById: me.id,
      },
    });
    await recordAudit(tx, {
      actorId: me.id,
      action: 'claim.linkAppearance',
      entityType: 'claim',
      entityId: claim.id,
      after: { appearanceId: appearance.id, articleId, start, end, claimantId, citesSourceId },
    });
    return {
      appearanceId: appearance.id,
      claimId: claim.id,
      claimSlug: claim.slug,
      articleSlug: article.slug,
      isPublic: isPublicStage(claim.stage),
    };
  });
}

/** The reviewer keeps a matched proposal apart from the check it matched, saying why (audited on the article). */
export async function markNotSameClaim(input: unknown, actor: ActorRef) {
  const { articleId, start, end, claimId, reason } = parseInput(notSameClaimSchema, input);
  return db.$transaction(async (tx) => {
    const me = await authorize(tx, actor, 'claim.create');
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { body: true } });
    if (!article) throw AppError.gone('article');
    if (start < 0 || end > article.body.length || end <= start) {
      throw new AppError('invalid_input', { userMessage: 'That proposal is not a span of this article.' });
    }
    if (!(await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } }))) throw AppError.gone('claim');
    await recordAudit(tx, {
      actorId: me.id,
      action: NOT_SAME_ACTION,
      entityType: 'article',
      entityId: articleId,
      after: { start, end, claimId },
      reason,
    });
  });
}

async function refuseTakenSpan(tx: DbTx, articleId: string, span: { start: number; end: number }) {
  const [claims, appearances] = await Promise.all([
    tx.claim.findMany({ where: { articleId }, select: { spanStart: true, spanEnd: true } }),
    tx.appearance.findMany({ where: { articleId }, select: { spanStart: true, spanEnd: true } }),
  ]);
  if ([...claims, ...appearances].some((c) => overlaps({ start: c.spanStart, end: c.spanEnd }, span))) {
    throw new AppError('conflict', { userMessage: 'This part of the article is already linked to a check.' });
  }
}

const sourceExists = async (tx: DbTx, id: string) =>
  Boolean(await tx.source.findUnique({ where: { id }, select: { id: true } }));

/**
 * Every appearance span of an article, for whoever moves spans when the article's text
 * changes (they hold the same offsets as a claim's origin span).
 */
export function listAppearanceSpans(articleId: string, client: DbTx | typeof db = db) {
  return client.appearance.findMany({
    where: { articleId },
    orderBy: { spanStart: 'asc' },
    select: { id: true, claimId: true, articleId: true, spanStart: true, spanEnd: true, quote: true },
  });
}
