import 'server-only';
import { randomUUID } from 'node:crypto';
import { recordAudit } from '@/lib/audit/record';
import { authorize, type ActorRef } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { slugify } from '@/lib/slug';
import { parseInput } from '@/lib/validation';
import { detectProposals } from './proposals';
import { importArticleSchema } from './schemas';
import { articleText, type Upload } from './text';
import { addArticleVersion, articleFromUrl } from './versions';

export type ImportInput = Record<string, unknown> & { body?: string; file?: Upload | null };

/**
 * Stores a pasted or uploaded article with the claims detection proposes in it. Its text is
 * checked before anything is written; detection runs off the event loop (proposals.ts).
 */
export async function importArticle(input: ImportInput, actor: ActorRef) {
  const data = parseInput(importArticleSchema, input);
  const body = await articleText({ pasted: typeof input.body === 'string' ? input.body : '', file: input.file });
  // Checked before detection too, so that no one else can make the server read a text.
  await authorize(db, actor, 'article.create');
  // The same URL again is a new version of that article, not a second copy (versions.ts).
  const existing = await articleFromUrl(data.url);
  if (existing) return addArticleVersion(existing.id, body, 'reimport', actor, data);
  const proposals = await detectProposals(body, data.publisher);
  return db.$transaction(async (tx) => {
    const me = await authorize(tx, actor, 'article.create');
    let slug = slugify(data.title);
    if (await tx.article.findUnique({ where: { slug }, select: { id: true } })) {
      slug = `${slug}-${randomUUID().slice(0, 6)}`;
    }
    const article = await tx.article.create({
      data: { ...data, slug, body, proposals: proposals as Prisma.InputJsonObject, importedById: me.id },
    });
    await recordAudit(tx, {
      actorId: me.id,
      action: 'article.create',
      entityType: 'article',
      entityId: article.id,
      after: { title: article.title, publisher: article.publisher, url: article.url, length: body.length },
    });
    return { id: article.id, slug: article.slug };
  });
}
