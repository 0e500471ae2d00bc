import { randomUUID } from 'node:crypto';
import type { Db } from '@/lib/db/client';
import type { ClaimKind, Stage } from '@/lib/generated/prisma/enums';
import { ensureDefaultVerdicts } from '@/lib/verdicts';
import { textMaker } from './text';

// Deterministic benchmark data: the same seed gives the same articles, claims and users,
// so two runs (or two machines) measure the same work.
export function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const stages: Stage[] = ['draft', 'draft', 'in_review', 'approved', 'published', 'published', 'retracted'];
const kinds: ClaimKind[] = ['casualty', 'quote', 'statement', 'event'];
const verdictKeys = ['unverified', 'verified', 'partly_true', 'disputed', 'false', 'unverifiable'];

export type GenerateOptions = { articles: number; claimsPerArticle: number; seed?: number };

/** Writes users, sources, articles and claims in batches; returns how many claims. */
export async function generate(db: Db, { articles, claimsPerArticle, seed = 42 }: GenerateOptions) {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const { sentence } = textMaker(random);
  await ensureDefaultVerdicts(db);
  const users = Array.from({ length: 20 }, (_, i) => ({
    id: randomUUID(),
    email: `bench-${i}@example.org`,
    name: `Bench User ${i}`,
    role: (['reviewer', 'editor', 'admin'] as const)[i % 3],
  }));
  await db.user.createMany({ data: users, skipDuplicates: true });
  const sources = Array.from({ length: 200 }, (_, i) => ({
    id: randomUUID(),
    slug: `bench-source-${i}`,
    name: `Bench Source ${i}`,
    kind: 'official' as const,
    aliases: [],
  }));
  await db.source.createMany({ data: sources, skipDuplicates: true });
  let total = 0;
  for (let a = 0; a < articles; a++) {
    const paragraphs = Array.from({ length: claimsPerArticle }, () => `${sentence(14 + Math.floor(random() * 20))}.`);
    const body = paragraphs.join('\n\n');
    const articleId = randomUUID();
    await db.article.create({
      data: { id: articleId, slug: `bench-article-${seed}-${a}`, title: sentence(8), publisher: 'Bench Wire', body },
    });
    let offset = 0;
    const claims = paragraphs.map((p, i) => {
      const start = offset;
      offset += p.length + 2;
      const stage = pick(stages);
      return {
        id: randomUUID(),
        slug: `bench-${seed}-${a}-${i}`,
        articleId,
        spanStart: start,
        spanEnd: start + p.length,
        quote: p,
        statement: `${sentence(8 + Math.floor(random() * 12))}.`,
        kind: pick(kinds),
        stage,
        verdictKey: pick(verdictKeys),
        claimantId: pick(sources).id,
        assigneeId: random() < 0.6 ? pick(users).id : null,
        publishedAt: stage === 'published' || stage === 'retracted' ? new Date(1_700_000_000_000 + i * 1000) : null,
      };
    });
    await db.claim.createMany({ data: claims });
    total += claims.length;
  }
  return { claims: total, users: users.map((u) => u.id) };
}
