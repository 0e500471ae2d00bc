import { randomUUID } from 'node:crypto';
import { hashPassword } from '@/lib/auth/password';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/generated/prisma/enums';
import { ensureDefaultVerdicts } from '@/lib/verdicts';

// Each test makes its own data with these.
export const PASSWORD = 'the-fixture-password';
let hashed: Promise<string> | undefined;

export async function createUser(role: Role = 'reviewer', extra: Partial<Prisma.UserCreateInput> = {}) {
  hashed ??= hashPassword(PASSWORD);
  const tag = randomUUID().slice(0, 8);
  return db.user.create({
    data: { email: `${role}-${tag}@example.org`, name: `${role} ${tag}`, role, passwordHash: await hashed, ...extra },
  });
}

const body = 'Officials said on Monday that 12 people were killed in the flood.\n\nThe mayor said the river rose fast.';

export async function createArticle(extra: Partial<Prisma.ArticleCreateInput> = {}) {
  const tag = randomUUID().slice(0, 8);
  return db.article.create({
    data: { slug: `article-${tag}`, title: `Article ${tag}`, publisher: 'The Test Times', body, ...extra },
  });
}

/** A claim on a fresh article (the first sentence's "12 people were killed"). */
export async function createClaim(extra: Partial<Prisma.ClaimUncheckedCreateInput> = {}) {
  await ensureDefaultVerdicts(db);
  const article = extra.articleId ? null : await createArticle();
  const start = body.indexOf('12 people');
  const end = body.indexOf(' in the flood');
  return db.claim.create({
    data: {
      slug: `claim-${randomUUID().slice(0, 8)}`,
      articleId: article?.id ?? extra.articleId!,
      spanStart: start,
      spanEnd: end,
      quote: body.slice(start, end),
      statement: '12 people were killed in the flood',
      kind: 'casualty',
      ...extra,
    },
    include: { article: true },
  });
}

/** A figure ("at least `min` civilians killed") on a fresh claim whose claimant is a new source. */
export async function createFigure(extra: Partial<Prisma.FigureUncheckedCreateInput> = {}, claimant = 'Monitor') {
  const tag = randomUUID().slice(0, 8);
  const source = await db.source.create({
    data: { slug: `source-${tag}`, name: `${claimant} ${tag}`, kind: 'monitoring_group', aliases: [] },
  });
  const claim = extra.claimId ? null : await createClaim({ claimantId: source.id });
  return db.figure.create({
    data: {
      claimId: claim?.id ?? extra.claimId!,
      outcome: 'killed',
      victimGroup: 'civilians',
      min: 10,
      max: null,
      qualifier: 'at least',
      ...extra,
    },
  });
}

/** A comparison of `figures` new figures at `stage`, its reading set by `readingSetById`. */
export async function createComparison(extra: Partial<Prisma.ComparisonUncheckedCreateInput> = {}, figures = 2) {
  const members = [];
  for (let i = 0; i < figures; i++) members.push((await createFigure({ min: 10 * (i + 1) })).id);
  return db.comparison.create({
    data: {
      slug: `comparison-${randomUUID().slice(0, 8)}`,
      question: 'How many civilians were killed?',
      members: { create: members.map((figureId, position) => ({ figureId, position })) },
      ...extra,
    },
  });
}
