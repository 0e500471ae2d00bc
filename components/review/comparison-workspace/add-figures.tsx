import { AddFigureForm } from '@/components/review/comparison-forms';
import type { LoadedComparison, searchFigures } from '@/lib/comparisons/queries';
import { formatRange } from '@/lib/figures';
import { publicScopeFields } from '@/lib/figures/fields';

type Props = Pick<LoadedComparison, 'comparison'> & {
  /** The search as the reviewer typed it, and the figures it found. */
  q: string;
  found: Awaited<ReturnType<typeof searchFigures>>;
};

/** A search over every claim's figures, each found figure with a button to add it. */
export function AddFigures({ comparison, q, found }: Props) {
  return (
    <section aria-labelledby="add-heading" className="space-y-3">
      <h2 id="add-heading" className="text-lg font-semibold">
        Add figures from any claim
      </h2>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col text-sm">
          <span className="font-medium">Find figures by source, claim, article, place or who was counted</span>
          <input type="search" name="q" defaultValue={q} className="rounded border border-slate-400 px-2 py-1" />
        </label>
        <button type="submit" className="rounded border border-slate-700 px-3 py-1">
          Find
        </button>
      </form>
      {q && found.length === 0 ? <p>No other figures match “{q}”.</p> : null}
      {found.length ? (
        <ul className="space-y-2" aria-label="Figures found">
          {found.map((f) => {
            const label = `${f.claim.claimant?.name ?? 'Unattributed'}: ${formatRange(f)} ${f.victimGroup} ${f.outcome}`;
            return (
              <li key={f.id} className="flex flex-wrap items-start justify-between gap-2 border-b pb-2 text-sm">
                <div>
                  <p className="font-medium">{label}</p>
                  <p className="text-slate-700">
                    {publicScopeFields
                      .map((field) => f[field.name])
                      .filter(Boolean)
                      .join(' · ') || 'No scope given'}{' '}
                    — {f.claim.article.title}
                  </p>
                </div>
                <AddFigureForm
                  comparisonId={comparison.id}
                  version={comparison.version}
                  figureId={f.id}
                  label={label}
                />
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
