import type { Metadata } from 'next';
import { connection } from 'next/server';
import { ClaimCard } from '@/components/public/claim-card';
import { HomeArticleSection } from '@/components/public/home-article';
import { PublicLink } from '@/components/public/link';
import { cachedClaimList, cachedComparisonList, cachedHomeArticles } from '@/lib/publishing/cache';
import { listingMetadata } from '@/lib/publishing/metadata';
import { paths, site } from '@/lib/publishing/site';

const listing = listingMetadata(
  `${site.name}: fact checks`,
  'Claim-by-claim fact checks of news articles, with sources and corrections in the open.',
  paths.home(),
);

export const metadata: Metadata = {
  ...listing,
  // The layout's title template would repeat the name.
  title: { absolute: `${site.name}: fact checks` },
  alternates: {
    ...listing.alternates,
    types: { 'application/rss+xml': [{ url: paths.feed(), title: `${site.name}: fact checks` }] },
  },
};

export default async function HomePage() {
  // Rendered on request, never at build time (the build has no database); the data comes
  // from the cache that revalidatePublishedClaim refreshes.
  await connection();
  const [latest, comparisons, articles] = await Promise.all([
    cachedClaimList({ perPage: 5 }),
    cachedComparisonList({ perPage: 1 }),
    cachedHomeArticles(),
  ]);

  return (
    <div className="space-y-12">
      <header>
        <h1 className="text-3xl font-semibold">{site.name}: fact checks</h1>
        <p className="mt-2 text-slate-700">
          Claim-by-claim checks of news articles, with our sources and corrections in the open.
        </p>
      </header>

      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading" className="text-2xl font-semibold">
          Latest checks
        </h2>
        {latest.claims.length ? (
          <>
            <ul className="mt-4 grid gap-4 md:grid-cols-2">
              {latest.claims.map((claim) => (
                <li key={claim.slug}>
                  <ClaimCard claim={claim} />
                </li>
              ))}
            </ul>
            <p className="mt-4">
              <PublicLink href={paths.claims()}>All {latest.total} checks</PublicLink>
            </p>
          </>
        ) : (
          <p className="mt-2 text-slate-700">Published checks will appear here.</p>
        )}
        {comparisons.total ? (
          <p className="mt-2">
            <PublicLink href={paths.comparisons()}>
              All {comparisons.total} {comparisons.total === 1 ? 'comparison' : 'comparisons'} of figures from different
              sources
            </PublicLink>
          </p>
        ) : null}
      </section>

      {articles.map((article) => (
        <HomeArticleSection key={article.slug} article={article} />
      ))}
    </div>
  );
}
