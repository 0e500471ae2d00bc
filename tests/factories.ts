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
