import Link from 'next/link';
import { NewComparisonForm } from '@/components/review/comparison-forms';
import { DeleteFigureForm, FigureForm } from '@/components/review/figure-form';
import type { Workspace } from '@/lib/claims/workspace';
import { formatRange } from '@/lib/figures';
import { publicScopeFields } from '@/lib/figures/fields';
import { stages } from '@/lib/workflow/stages';

type Props = { claim: Workspace['claim']; wholes: Workspace['wholes']; published: boolean };

/** The claim's figures, each with the comparisons it is in; forms to edit, add and compare them. */
export function Figures({ claim, wholes, published }: Props) {
  // A part's whole may be any figure of the article, named with who gave it.
  const wholeOptions = wholes.map((w) => ({
    id: w.id,
    label: `${formatRange(w)} ${w.victimGroup} ${w.outcome} (${w.claim.claimant?.name ?? w.claim.statement})`,
  }));
  return (
    <section aria-labelledby="figures-heading" className="space-y-3">
      <h3 id="figures-heading" className="font-semibold">
        Figures
      </h3>
      {claim.figures.length === 0 ? <p className="text-sm">No figures yet.</p> : null}
      {claim.figures.map((f) => (
        <details key={f.id} className="rounded border border-slate-300 p-3" data-testid="figure">
          <summary className="cursor-pointer text-sm">
            {formatRange(f)} {f.victimGroup} {f.outcome}
            {f.qualifier !== 'exact' ? ` (written “${f.qualifier}”)` : ''}
            {publicScopeFields.map((field) => (f[field.name] ? `, ${f[field.name]}` : '')).join('')}
            {f.partOf ? ` — part of ${formatRange(f.partOf)} ${f.partOf.victimGroup}` : ''}
          </summary>
          {f.comparisons.length ? (
            <p className="mt-2 text-sm">
              In{' '}
              {f.comparisons.map(({ comparison: c }, i) => (
                <span key={c.id}>
                  {i ? ', ' : ''}
                  <Link href={`/review/comparisons/${c.id}`}>{c.question}</Link> ({stages[c.stage].label.toLowerCase()})
                </span>
              ))}
            </p>
          ) : null}
          {published ? null : (
            <div className="mt-3 space-y-3">
              <FigureForm claimId={claim.id} version={claim.version} figure={f} wholes={wholeOptions} />
              <DeleteFigureForm claimId={claim.id} version={claim.version} figureId={f.id} />
            </div>
          )}
          <div className="mt-3 rounded border border-dashed border-slate-400 p-3">
            <h4 className="text-sm font-medium">Compare this figure with others</h4>
            <NewComparisonForm figureId={f.id} idPrefix={`compare-${f.id}`} />
          </div>
        </details>
      ))}
      {published ? null : (
        <details className="rounded border border-dashed border-slate-400 p-3">
          <summary className="cursor-pointer text-sm font-medium">Add a figure</summary>
          <div className="mt-3">
            <FigureForm claimId={claim.id} version={claim.version} wholes={wholeOptions} />
          </div>
        </details>
      )}
    </section>
  );
}
