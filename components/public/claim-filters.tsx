import { claimKindLabels } from '@/lib/claims/kinds';
import { ClaimKind } from '@/lib/generated/prisma/enums';
import type { ClaimFilters } from '@/lib/publishing/filters';
import { paths } from '@/lib/publishing/site';

type Options = { verdicts: { key: string; label: string }[]; claimants: { slug: string; name: string }[] };

export const filterControl = 'block w-full rounded border border-slate-400 px-3 py-2 text-slate-900';

/** A GET form: filtering is a link, bookmarkable and working without JavaScript. */
export function ClaimFiltersForm({ filters, options }: { filters: Partial<ClaimFilters>; options: Options }) {
  return (
    <form method="get" action={paths.claims()} role="search" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
      <div className="sm:col-span-2">
        <label htmlFor="q" className="block text-sm font-medium">
          Search
        </label>
        <input id="q" name="q" type="search" defaultValue={filters.q ?? ''} className={filterControl} />
      </div>
      <FilterSelect name="verdict" label="Verdict" value={filters.verdict}>
        {options.verdicts.map((v) => (
          <option key={v.key} value={v.key}>
            {v.label}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect name="claimant" label="Who made the claim" value={filters.claimant}>
        {options.claimants.map((s) => (
          <option key={s.slug} value={s.slug}>
            {s.name}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect name="kind" label="Kind" value={filters.kind}>
        {Object.values(ClaimKind).map((k) => (
          <option key={k} value={k}>
            {claimKindLabels[k]}
          </option>
        ))}
      </FilterSelect>
      <FilterButtons submit="Show checks" clear={paths.claims()} className="sm:col-span-2 lg:col-span-5" />
    </form>
  );
}

/** The form's button, and a link back to the unfiltered list. */
export function FilterButtons({ submit, clear, className }: { submit: string; clear: string; className: string }) {
  return (
    <div className={`flex items-end gap-4 ${className}`}>
      <button type="submit" className="rounded bg-slate-900 px-4 py-2 font-medium text-white hover:bg-slate-700">
        {submit}
      </button>
      <a href={clear}>Clear filters</a>
    </div>
  );
}

export function FilterSelect({
  name,
  label,
  value,
  children,
}: {
  name: string;
  label: string;
  value?: string;
  children: React.ReactNode;
}) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium">
        {label}
      </label>
      <select id={name} name={name} defaultValue={value ?? ''} className={filterControl}>
        <option value="">Any</option>
        {children}
      </select>
    </div>
  );
}
