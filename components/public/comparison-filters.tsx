import type { ComparisonFilters } from '@/lib/publishing/filters';
import { paths } from '@/lib/publishing/site';
import { FilterButtons, FilterSelect, filterControl } from './claim-filters';

/** A GET form, like the claim index's: a search is a link, and works without JavaScript. */
export function ComparisonFiltersForm({
  filters,
  sources,
}: {
  filters: Partial<ComparisonFilters>;
  sources: { slug: string; name: string }[];
}) {
  return (
    <form method="get" action={paths.comparisons()} role="search" className="grid gap-4 sm:grid-cols-2">
      <div>
        <label htmlFor="place" className="block text-sm font-medium">
          Place
        </label>
        <input id="place" name="place" type="search" defaultValue={filters.place ?? ''} className={filterControl} />
      </div>
      <FilterSelect name="source" label="Source of a figure" value={filters.source}>
        {sources.map((s) => (
          <option key={s.slug} value={s.slug}>
            {s.name}
          </option>
        ))}
      </FilterSelect>
      <FilterButtons submit="Show comparisons" clear={paths.comparisons()} className="sm:col-span-2" />
    </form>
  );
}
