import { recordAudit } from '@/lib/audit/record';
import { authorize, type Actor } from '@/lib/auth/actor';
import type { DbTx } from '@/lib/db/client';
import type { SourceKind } from '@/lib/generated/prisma/enums';
import { slugify } from '@/lib/slug';

/**
 * A new Source, inside the caller's transaction. An existing source with the same name
 * (any case) is reused rather than duplicated.
 */
export async function createSourceIn(tx: DbTx, actor: Actor, input: { name: string; kind: SourceKind }) {
  await authorize(tx, actor, 'source.create');
  const existing = await tx.source.findFirst({ where: { name: { equals: input.name, mode: 'insensitive' } } });
  if (existing) return existing;
  let slug = slugify(input.name);
  if (await tx.source.findUnique({ where: { slug }, select: { id: true } }))
    slug = `${slug}-${Date.now().toString(36)}`;
  const source = await tx.source.create({ data: { name: input.name, kind: input.kind, slug, aliases: [] } });
  await recordAudit(tx, {
    actorId: actor.id,
    action: 'source.create',
    entityType: 'source',
    entityId: source.id,
    after: { name: source.name, kind: source.kind },
  });
  return source;
}
