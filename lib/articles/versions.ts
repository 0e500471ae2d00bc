import 'server-only';
import { z } from 'zod';
import { recordAudit } from '@/lib/audit/record';
import { authorize, type Actor, type ActorRef } from '@/lib/auth/actor';
import { updateAtVersion } from '@/lib/claims/concurrency';
import { db } from '@/lib/db';
import type { DbTx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { revalidatePublishedClaim } from '@/lib/publishing/revalidate';
import { parseInput } from '@/lib/validation';
import { recordId } from '@/lib/validation-text';
import { isPublicStage } from '@/lib/workflow/stages';
import { reanchor, type Anchoring, type SpanHolder } from './anchor';
import { detectProposals } from './proposals';
import { articleText, type Upload } from './text';
import { addressesOf, canonicalArticleUrl } from './url';

// A new version of an article (docs/decisions/022-articles-that-change.md): the same URL
// imported again, or a new text pasted on the article's page. Every version's text is kept
// (ArticleVersion); Article.body becomes the new one, so every reader of spans keeps
// working. Every span holder is re-anchored (anchor.ts): words found again follow their
// text; words that changed or vanished are flagged on their holder, which keeps the words
// as we checked them. A flagged claim moves no further until a reviewer takes the new
// words (resolveArticleChange) or, once published, a correction does (lib/workflow).

export type How = 'reimport' | 'paste';

type Context = { tx: DbTx; me: Actor; version: number; now: Date; body: string };
type Outcome = 'kept' | 'moved' | 'changed' | 'gone';

/** One kind of record that holds spans of an article, and what a new version does to it. */
type HolderKind<H extends SpanHolder> = {
  load(tx: DbTx, articleId: string): Promise<H[]>;
  apply(holder: H, anchoring: Anchoring, ctx: Context): Promise<Outcome>;
  /** The readers' pages to refresh after the version is stored. */
  publicPages(holders: H[], articleSlug: string): { claimSlug: string; articleSlug: string }[];
};

type ClaimHolder = SpanHolder & {
  version: number;
  slug: string;
  stage: Prisma.ClaimGetPayload<object>['stage'];
  checked: string;
  flagged: boolean;
};

const claimHolders: HolderKind<ClaimHolder> = {
  load: async (tx, articleId) => {
    const claims = await tx.claim.findMany({
      where: { articleId },
      select: {
        id: true,
        slug: true,
        version: true,
        stage: true,
        spanStart: true,
        spanEnd: true,
        quote: true,
        articleChange: true,
      },
    });
    return claims.map((c) => ({
      id: c.id,
      kind: 'claim',
      slug: c.slug,
      version: c.version,
      stage: c.stage,
      start: c.spanStart,
      end: c.spanEnd,
      quote: c.quote,
      checked: c.quote,
      flagged: c.articleChange !== null,
    }));
  },
  apply: async (claim, anchoring, { tx, me, version, now, body }) => {
    if (anchoring.status === 'kept') {
      // Words that had changed and now read again as we checked them need nothing more.
      const restored = claim.flagged && anchoring.quote === claim.checked;
      if (anchoring.start === claim.start && anchoring.end === claim.end && !restored) return 'kept';
      // A flagged claim keeps the words we checked; others read the new spacing, if any.
      const quote = claim.flagged && !restored ? claim.checked : anchoring.quote;
      const flag = restored ? { articleChange: null } : {};
      await updateAtVersion(tx, claim.id, claim.version, {
        spanStart: anchoring.start,
        spanEnd: anchoring.end,
        quote,
        // Matching reads the new words again (lib/claims/matching.ts).
        quoteTerms: [],
        ...flag,
      });
      return 'moved';
    }
    const [start, end] =
      anchoring.status === 'changed' ? [anchoring.start, anchoring.end] : [anchoring.at, anchoring.at];
    await updateAtVersion(tx, claim.id, claim.version, {
      spanStart: start,
      spanEnd: end,
      articleChange: anchoring.status,
      articleChangeFrom: claim.checked,
      articleChangeVersion: version,
      articleChangeAt: now,
    });
    await recordAudit(tx, {
      actorId: me.id,
      action: 'claim.articleChange',
      entityType: 'claim',
      entityId: claim.id,
      before: { quote: claim.checked },
      after: { quote: anchoring.status === 'changed' ? body.slice(start, end) : null, articleVersion: version },
      reason:
        anchoring.status === 'changed'
          ? `Version ${version} of the article changed these words.`
          : `Version ${version} of the article no longer has these words.`,
    });
    return anchoring.status;
  },
  publicPages: (claims, articleSlug) =>
    claims.filter((c) => isPublicStage(c.stage)).map((c) => ({ claimSlug: c.slug, articleSlug })),
};

type AppearanceHolder = SpanHolder & { claimId: string; claimSlug: string; claimStage: ClaimHolder['stage'] };

/**
 * A check repeated in this article (lib/claims/appearances.ts). Words found again follow
 * their text. Words that changed or vanished no longer show that the article repeats the
 * check: the appearance is unlinked, its words kept in the audit trail, and a reviewer can
 * link the new words again from the article's proposals.
 */
const appearanceHolders: HolderKind<AppearanceHolder> = {
  load: async (tx, articleId) => {
    const rows = await tx.appearance.findMany({
      where: { articleId },
      select: {
        id: true,
        spanStart: true,
        spanEnd: true,
        quote: true,
        claim: { select: { id: true, slug: true, stage: true } },
      },
    });
    return rows.map((a) => ({
      id: a.id,
      kind: 'appearance',
      start: a.spanStart,
      end: a.spanEnd,
      quote: a.quote,
      claimId: a.claim.id,
      claimSlug: a.claim.slug,
      claimStage: a.claim.stage,
    }));
  },
  apply: async (appearance, anchoring, { tx, me, version }) => {
    if (anchoring.status === 'kept') {
      if (anchoring.start === appearance.start && anchoring.end === appearance.end) return 'kept';
      await tx.appearance.update({
        where: { id: appearance.id },
        data: { spanStart: anchoring.start, spanEnd: anchoring.end, quote: anchoring.quote },
      });
      return 'moved';
    }
    await tx.appearance.delete({ where: { id: appearance.id } });
    await recordAudit(tx, {
      actorId: me.id,
      action: 'claim.unlinkAppearance',
      entityType: 'claim',
      entityId: appearance.claimId,
      before: { appearanceId: appearance.id, quote: appearance.quote },
      after: { articleVersion: version },
      reason:
        anchoring.status === 'changed'
          ? `Version ${version} of the article changed the words that repeated this check.`
          : `Version ${version} of the article no longer has the words that repeated this check.`,
    });
    return anchoring.status;
  },
  publicPages: (appearances, articleSlug) =>
    appearances.filter((a) => isPublicStage(a.claimStage)).map((a) => ({ claimSlug: a.claimSlug, articleSlug })),
};

/**
 * Re-anchors one kind of holder in the new version; the counts and readers' pages go to `tally`.
 */
async function reanchorKind<H extends SpanHolder>(
  kind: HolderKind<H>,
  article: { id: string; slug: string; body: string },
  ctx: Context,
  counts: Record<Outcome, number>,
) {
  const holders = await kind.load(ctx.tx, article.id);
  for (const { holder, anchoring } of reanchor(article.body, ctx.body, holders)) {
    counts[await kind.apply(holder, anchoring, ctx)]++;
  }
  return kind.publicPages(holders, article.slug);
}

export const pasteVersionSchema = z.object({ articleId: recordId('This article no longer exists.') });

type NewVersion = { title?: string; publisher?: string; publishedAt?: Date | null };

/**
 * Stores `body` as the next version of the article, re-anchoring every span in it. Writes
 * nothing when the text is the one we have, or anything is refused.
 */
export async function addArticleVersion(
  articleId: string,
  body: string,
  how: How,
  actor: ActorRef,
  details: NewVersion = {},
) {
  const me = await authorize(db, actor, 'article.create');
  const found = await db.article.findUnique({ where: { id: articleId }, select: { body: true, publisher: true } });
  if (!found) throw AppError.gone('article');
  if (found.body === body) throw sameText();
  const proposals = await detectProposals(body, details.publisher ?? found.publisher);
  let pages: { claimSlug: string; articleSlug: string }[] = [];
  const result = await db
    .$transaction(async (tx) => {
      await authorize(tx, actor, 'article.create');
      const article = await tx.article.findUnique({ where: { id: articleId } });
      if (!article) throw AppError.gone('article');
      if (article.body === body) throw sameText();
      const now = new Date();
      const last = await tx.articleVersion.findFirst({ where: { articleId }, orderBy: { number: 'desc' } });
      if (!last) {
        // Version 1 is the text as first imported, written when a second one comes.
        await tx.articleVersion.create({
          data: {
            articleId,
            number: 1,
            title: article.title,
            body: article.body,
            how: 'import',
            importedById: article.importedById,
            createdAt: article.createdAt,
          },
        });
      }
      const version = (last?.number ?? 1) + 1;
      const title = details.title ?? article.title;
      await tx.articleVersion.create({ data: { articleId, number: version, title, body, how, importedById: me.id } });
      const counts: Record<Outcome, number> = { kept: 0, moved: 0, changed: 0, gone: 0 };
      const ctx: Context = { tx, me, version, now, body };
      pages = [
        ...(await reanchorKind(claimHolders, article, ctx, counts)),
        ...(await reanchorKind(appearanceHolders, article, ctx, counts)),
      ];
      await tx.article.update({
        where: { id: articleId },
        data: {
          body,
          title,
          ...(details.publisher ? { publisher: details.publisher } : {}),
          ...(details.publishedAt !== undefined ? { publishedAt: details.publishedAt } : {}),
          proposals: proposals as Prisma.InputJsonObject,
        },
      });
      await recordAudit(tx, {
        actorId: me.id,
        action: 'article.version',
        entityType: 'article',
        entityId: articleId,
        before: { version: version - 1, length: article.body.length },
        after: { version, how, length: body.length, ...counts },
      });
      return { id: articleId, slug: article.slug, version, ...counts };
    })
    .catch((error: unknown) => {
      // Two new versions at once: the second finds its number taken.
      if ((error as { code?: string }).code === 'P2002') {
        throw new AppError('conflict', {
          userMessage: 'Someone stored another version of this article just now. Reload its page and try again.',
        });
      }
      throw error;
    });
  // Readers' pages show the article's text: they are replaced like after a publication.
  for (const page of pages) await revalidatePublishedClaim(page);
  return result;
}

const SAME_TEXT = 'This is the text we already have: nothing in the article changed.';
const sameText = () => AppError.fields({ body: SAME_TEXT }, SAME_TEXT);

/** The newest article imported from `url`, if any: importing it again makes a new version. */
export function articleFromUrl(url: string | null) {
  if (!url) return null;
  // Any form of the address names the page (./url.ts); an article imported before addresses
  // were kept canonical is found by the address exactly as it was given.
  const forms = [...new Set([url, ...addressesOf(canonicalArticleUrl(url))])];
  return db.article.findFirst({ where: { url: { in: forms } }, orderBy: { createdAt: 'desc' }, select: { id: true } });
}

/** The "paste a new version" form of an article's review page. */
export async function pasteArticleVersion(
  input: Record<string, unknown> & { body?: string; file?: Upload | null },
  actor: ActorRef,
) {
  const { articleId } = parseInput(pasteVersionSchema, input);
  const body = await articleText({ pasted: typeof input.body === 'string' ? input.body : '', file: input.file });
  return addArticleVersion(articleId, body, 'paste', actor);
}
