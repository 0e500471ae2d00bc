import type { ComparisonFilters } from '@/lib/publishing/filters';
import { paths } from '@/lib/publishing/site';
import { FilterSelect, filterControl } from './claim-filters';

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
      <div className="flex items-end gap-4 sm:col-span-2">
        <button type="submit" className="rounded bg-slate-900 px-4 py-2 font-medium text-white hover:bg-slate-700">
          Show comparisons
        </button>
        <a href={paths.comparisons()}>Clear filters</a>
      </div>
    </form>
  );
}
