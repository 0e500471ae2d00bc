import type { Metadata } from 'next';
import { ClaimCard } from '@/components/public/claim-card';
import { ClaimFiltersForm } from '@/components/public/claim-filters';
import { Pagination } from '@/components/public/pagination';
import { cachedClaimList, cachedFilterOptions } from '@/lib/publishing/cache';
import { filtersQuery, parseClaimFilters } from '@/lib/publishing/filters';
import { listingMetadata } from '@/lib/publishing/metadata';
import { paths } from '@/lib/publishing/site';

export const metadata: Metadata = listingMetadata(
  'All checks',
  'Every claim we have checked, with its verdict: filter by verdict, claimant and kind, or search.',
  paths.claims(),
);

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Reads the query string, so it renders per request; the data comes from the cache.
export default async function ClaimsIndexPage({ searchParams }: Props) {
  const parsed = parseClaimFilters(await searchParams);
  const options = await cachedFilterOptions();
  if (!parsed.success) {
    return (
      <Layout form={<ClaimFiltersForm filters={{}} options={options} />}>
        <p role="alert" className="rounded border-l-4 border-red-700 bg-red-50 px-3 py-2">
          These filters are not valid: {parsed.error.issues.map((i) => i.message).join(' ')}
        </p>
      </Layout>
    );
  }
  const filters = parsed.data;
  const result = await cachedClaimList(filters);
  const filtered = Boolean(filters.q || filters.verdict || filters.claimant || filters.kind);
  return (
    <Layout form={<ClaimFiltersForm filters={filters} options={options} />}>
      <p role="status" className="text-slate-700">
        {result.total === 0
          ? 'No checks match these filters.'
          : `${result.total} ${result.total === 1 ? 'check' : 'checks'}${filtered ? ' match' : ''}.`}
      </p>
      <ul className="mt-4 space-y-4">
        {result.claims.map((claim) => (
          <li key={claim.slug}>
            <ClaimCard claim={claim} headingLevel={2} />
          </li>
        ))}
      </ul>
      <Pagination
        page={result.page}
        totalPages={result.totalPages}
        href={(page) => `${paths.claims()}${filtersQuery(filters, { page })}`}
      />
    </Layout>
  );
}

function Layout({ form, children }: { form: React.ReactNode; children: React.ReactNode }) {
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold">All checks</h1>
      {form}
      <div>{children}</div>
    </div>
  );
}
