import 'server-only';
import { db } from '@/lib/db';
import type { ClaimKind } from '@/lib/generated/prisma/enums';
import { iso } from './summary';
import type { PublicArticleRef, PublicStatus, PublicVerdict } from './types';
import { publicArticleWhere, publicClaimWhere, publicComparisonWhere } from './visibility';

export type ArticleClaimMark = {
  slug: string;
  spanStart: number;
  spanEnd: number;
  statement: string;
  status: PublicStatus;
  demo: boolean;
  verdict: Pick<PublicVerdict, 'key' | 'label' | 'tone'>;
};

export type PublicArticle = PublicArticleRef & {
  body: string;
  sourceLine: string | null;
  claims: ArticleClaimMark[];
  /** The public comparisons that hold figures of its public claims, newest first. */
  comparisons: { slug: string; question: string; status: PublicStatus }[];
};

/** An article with at least one public claim, and only its public claims. */
export async function getPublicArticle(slug: string): Promise<PublicArticle | null> {
  const row = await db.article.findFirst({
    where: { slug, ...publicArticleWhere },
    select: {
      slug: true,
      title: true,
      publisher: true,
      url: true,
      publishedAt: true,
      body: true,
      sourceLine: true,
      claims: {
        where: publicClaimWhere,
        orderBy: { spanStart: 'asc' },
        select: {
          slug: true,
          spanStart: true,
          spanEnd: true,
          statement: true,
          stage: true,
          demo: true,
          verdict: { select: { key: true, label: true, tone: true } },
        },
      },
    },
  });
  if (!row) return null;
  const comparisons = await db.comparison.findMany({
    where: {
      ...publicComparisonWhere,
      members: { some: { figure: { claim: { article: { slug }, ...publicClaimWhere } } } },
    },
    orderBy: [{ publishedAt: 'desc' }, { slug: 'asc' }],
    select: { slug: true, question: true, stage: true },
  });
  return {
    ...row,
    publishedAt: iso(row.publishedAt),
    comparisons: comparisons.map(({ stage, ...c }) => ({ ...c, status: stage as PublicStatus })),
    claims: row.claims.map(({ stage, ...claim }) => ({ ...claim, status: stage as PublicStatus })),
  };
}

export type HomeClaim = {
  quote: string;
  kind: ClaimKind;
  claimant: string | null;
  /** Set only for published and retracted claims. */
  check: {
    slug: string;
    statement: string;
    status: PublicStatus;
    demo: boolean;
    verdict: Pick<PublicVerdict, 'label' | 'tone'>;
  } | null;
};

export type HomeArticle = Omit<PublicArticleRef, 'url'> & { publicCount: number; claims: HomeClaim[] };

/**
 * How many articles the home page shows. Older ones are reached through /claims and each
 * check's link to its article. Unbounded, the home page of an archive of 2,000 articles and
 * 50,000 claims read 16 MB of rows and took the server past 1.5 GB to render it
 * (docs/performance.md, "Memory").
 */
export const HOME_ARTICLES = 5;

/**
 * The newest articles we have published checks on (at most HOME_ARTICLES), each with every
 * claim we found in it in reading order. An unchecked claim shows only what the article
 * itself says: its words and who said them; its slug, statement and verdict stay inside
 * until it is published.
 */
export async function listHomeArticles(): Promise<HomeArticle[]> {
  const rows = await db.article.findMany({
    where: publicArticleWhere,
    orderBy: [{ createdAt: 'desc' }, { slug: 'asc' }],
    take: HOME_ARTICLES,
    select: {
      slug: true,
      title: true,
      publisher: true,
      publishedAt: true,
      claims: {
        orderBy: [{ spanStart: 'asc' }, { spanEnd: 'asc' }],
        select: {
          slug: true,
          statement: true,
          quote: true,
          kind: true,
          stage: true,
          demo: true,
          claimant: { select: { name: true } },
          verdict: { select: { label: true, tone: true } },
        },
      },
    },
  });
  return rows.map((article) => {
    const claims = article.claims.map((c): HomeClaim => {
      const isPublic = publicClaimWhere.stage.in.includes(c.stage);
      return {
        quote: c.quote,
        kind: c.kind,
        claimant: c.claimant?.name ?? null,
        check: isPublic
          ? { slug: c.slug, statement: c.statement, status: c.stage as PublicStatus, demo: c.demo, verdict: c.verdict }
          : null,
      };
    });
    return {
      slug: article.slug,
      title: article.title,
      publisher: article.publisher,
      publishedAt: iso(article.publishedAt),
      publicCount: claims.filter((c) => c.check).length,
      claims,
    };
  });
}
