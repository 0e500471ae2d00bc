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
  /** The article changed this claim's words after we published it: what they were, and what they are now (null: removed). */
  change: { from: string; now: string | null; at: string } | null;
};

export type PublicArticle = PublicArticleRef & {
  body: string;
  sourceLine: string | null;
  claims: ArticleClaimMark[];
  /** The public comparisons that hold figures of its public claims, newest first. */
  comparisons: { slug: string; question: string; status: PublicStatus }[];
  /** The publisher's newest version, when it came after our first check was published. */
  updated: { at: string; version: number } | null;
};

const markSelect = {
  slug: true,
  spanStart: true,
  spanEnd: true,
  statement: true,
  stage: true,
  demo: true,
  verdict: { select: { key: true, label: true, tone: true } },
} as const;

/** An article with at least one public claim (its own or repeated), and only its public claims. */
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
          ...markSelect,
          publishedAt: true,
          articleChange: true,
          articleChangeFrom: true,
          articleChangeAt: true,
        },
      },
      // Claims checked from another article that this one repeats link to the same check.
      appearances: {
        where: { claim: publicClaimWhere },
        select: { spanStart: true, spanEnd: true, claim: { select: markSelect } },
      },
      versions: { orderBy: { number: 'desc' }, take: 1, select: { number: true, createdAt: true } },
    },
  });
  if (!row) return null;
  const { versions, claims, appearances, ...article } = row;
  const comparisons = await db.comparison.findMany({
    where: {
      ...publicComparisonWhere,
      members: {
        some: {
          figure: {
            claim: {
              ...publicClaimWhere,
              OR: [{ article: { slug } }, { appearances: { some: { article: { slug } } } }],
            },
          },
        },
      },
    },
    orderBy: [{ publishedAt: 'desc' }, { slug: 'asc' }],
    select: { slug: true, question: true, stage: true },
  });
  const firstCheck = Math.min(...claims.map((c) => c.publishedAt?.getTime() ?? Infinity));
  const newest = versions[0];
  return {
    ...article,
    publishedAt: iso(article.publishedAt),
    comparisons: comparisons.map(({ stage, ...c }) => ({ ...c, status: stage as PublicStatus })),
    claims: [
      ...claims.map(({ stage, publishedAt, articleChange, articleChangeFrom, articleChangeAt, ...claim }) => ({
        ...claim,
        status: stage as PublicStatus,
        // Only a change after publication: a claim's words changed before we checked them were checked as they are.
        change:
          articleChangeFrom && articleChangeAt && publishedAt && articleChangeAt > publishedAt
            ? {
                from: articleChangeFrom,
                now:
                  articleChange === 'gone' || claim.spanEnd <= claim.spanStart
                    ? null
                    : row.body.slice(claim.spanStart, claim.spanEnd),
                at: articleChangeAt.toISOString(),
              }
            : null,
      })),
      // A check repeated here: its span in this article links to the one check.
      ...appearances.map(({ claim: { stage, ...claim }, spanStart, spanEnd }) => ({
        ...claim,
        spanStart,
        spanEnd,
        status: stage as PublicStatus,
        change: null,
      })),
    ].sort((a, b) => a.spanStart - b.spanStart),
    updated:
      newest && newest.number > 1 && newest.createdAt.getTime() > firstCheck
        ? { at: newest.createdAt.toISOString(), version: newest.number }
        : null,
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

const homeClaimSelect = {
  slug: true,
  statement: true,
  quote: true,
  kind: true,
  stage: true,
  demo: true,
  spanStart: true,
  spanEnd: true,
  claimant: { select: { name: true } },
  verdict: { select: { label: true, tone: true } },
} as const;

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
      claims: { select: homeClaimSelect },
      appearances: {
        where: { claim: publicClaimWhere },
        select: {
          spanStart: true,
          spanEnd: true,
          quote: true,
          claimant: { select: { name: true } },
          claim: { select: homeClaimSelect },
        },
      },
    },
  });
  return rows.map((article) => {
    // A public check repeated here reads in this article's words and names its claimant.
    const here = [
      ...article.claims,
      ...article.appearances.map((a) => ({
        ...a.claim,
        spanStart: a.spanStart,
        spanEnd: a.spanEnd,
        quote: a.quote,
        claimant: a.claimant,
      })),
    ].sort((a, b) => a.spanStart - b.spanStart || a.spanEnd - b.spanEnd);
    const claims = here.map((c): HomeClaim => {
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
