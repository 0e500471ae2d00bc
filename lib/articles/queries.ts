import 'server-only';
import { db } from '@/lib/db';
import { publicStages } from '@/lib/workflow/stages';

/**
 * Articles with every claim in reading order, for the public front page. A claim's quote
 * and claimant come from the article itself; its verdict and explanation are shown only
 * once the claim is published (callers use `isPublic`).
 */
export async function listArticlesWithClaims() {
  const articles = await db.article.findMany({
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      slug: true,
      title: true,
      publisher: true,
      publishedAt: true,
      claims: {
        orderBy: { spanStart: 'asc' },
        select: {
          id: true,
          slug: true,
          quote: true,
          kind: true,
          stage: true,
          demo: true,
          claimant: { select: { name: true, kind: true } },
          verdict: { select: { key: true, label: true, tone: true } },
        },
      },
    },
  });
  return articles.map((article) => ({
    ...article,
    claims: article.claims.map(({ verdict, stage, ...claim }) => {
      const isPublic = publicStages.includes(stage);
      return { ...claim, isPublic, verdict: isPublic ? verdict : null };
    }),
  }));
}
