import type { Metadata } from 'next';
import { ComparisonCard } from '@/components/public/comparison-card';
import { ComparisonFiltersForm } from '@/components/public/comparison-filters';
import { Pagination } from '@/components/public/pagination';
import { cachedComparisonList, cachedComparisonSources } from '@/lib/publishing/cache';
import { comparisonFiltersQuery, parseComparisonFilters } from '@/lib/publishing/filters';
import { listingMetadata } from '@/lib/publishing/metadata';
import { paths } from '@/lib/publishing/site';

export const metadata: Metadata = listingMetadata(
  'All comparisons',
  'Every published comparison of casualty figures from different sources: search by place or source.',
  paths.comparisons(),
);

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Reads the query string, so it renders per request; the data comes from the cache, and
// scripts/serve.mjs keeps the answer whole (docs/decisions/017).
export default async function ComparisonsIndexPage({ searchParams }: Props) {
  const parsed = parseComparisonFilters(await searchParams);
  const sources = await cachedComparisonSources();
  if (!parsed.success) {
    return (
      <Layout form={<ComparisonFiltersForm filters={{}} sources={sources} />}>
        <p role="alert" className="rounded border-l-4 border-red-700 bg-red-50 px-3 py-2">
          These filters are not valid: {parsed.error.issues.map((i) => i.message).join(' ')}
        </p>
      </Layout>
    );
  }
  const filters = parsed.data;
  const result = await cachedComparisonList(filters);
  const filtered = Boolean(filters.place || filters.source);
  return (
    <Layout form={<ComparisonFiltersForm filters={filters} sources={sources} />}>
      <p role="status" className="text-slate-700">
        {result.total === 0
          ? filtered
            ? 'No comparisons match these filters.'
            : 'Published comparisons will appear here.'
          : `${result.total} ${result.total === 1 ? 'comparison' : 'comparisons'}${filtered ? ' match' : ''}.`}
      </p>
      <ul className="mt-4 space-y-4">
        {result.comparisons.map((comparison) => (
          <li key={comparison.slug}>
            <ComparisonCard comparison={comparison} />
          </li>
        ))}
      </ul>
      <Pagination
        page={result.page}
        totalPages={result.totalPages}
        href={(page) => `${paths.comparisons()}${comparisonFiltersQuery(filters, { page })}`}
      />
    </Layout>
  );
}

function Layout({ form, children }: { form: React.ReactNode; children: React.ReactNode }) {
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold">All comparisons</h1>
      <p className="text-slate-700">
        Where sources give different counts of the same event, we set their figures side by side and read whether they
        agree.
      </p>
      {form}
      <div>{children}</div>
    </div>
  );
}
