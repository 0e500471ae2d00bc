import Link from 'next/link';
import { ComparisonChart } from '@/components/public/comparison-chart';
import { FiguresOverTime } from '@/components/public/time-chart';
import { MemberControls } from '@/components/review/comparison-forms';
import type { LoadedComparison } from '@/lib/comparisons/queries';
import { formatRange } from '@/lib/figures';
import { publicScopeFields } from '@/lib/figures/fields';
import { figureAsWritten } from '@/lib/publishing/figures';
import { stages } from '@/lib/workflow/stages';

/** `overTimeDays`: how many days the figures cover; two or more draw them over time too. */
type Props = Pick<LoadedComparison, 'comparison' | 'figures'> & { editable: boolean; overTimeDays: number };

/** The member figures in a table with their scopes, then on one axis; reordered and removed while editable. */
export function SideBySide({ comparison, figures, editable, overTimeDays }: Props) {
  const item = { comparisonId: comparison.id, version: comparison.version };
  const describe = (f: (typeof figures)[number]) => `${f.source}: ${formatRange(f)} ${f.victimGroup} ${f.outcome}`;
  return (
    <section aria-labelledby="figures-heading" className="space-y-3">
      <h2 id="figures-heading" className="text-lg font-semibold">
        The figures side by side
      </h2>
      {figures.length === 0 ? <p>No figures yet: find some below.</p> : null}
      {figures.length ? (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">Each figure with what it counts, in the order readers see them</caption>
            <thead>
              <tr className="border-b">
                {['Source', 'As reported', 'Range', 'What', ...publicScopeFields.map((f) => f.column), 'Claim'].map(
                  (c) => (
                    <th key={c} scope="col" className="px-2 py-1">
                      {c}
                    </th>
                  ),
                )}
                {editable ? (
                  <th scope="col" className="px-2 py-1">
                    Order
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {figures.map((f, i) => (
                <tr key={f.id} className="border-b align-top" data-testid="comparison-member">
                  <th scope="row" className="px-2 py-1 font-medium">
                    {f.source}
                  </th>
                  <td className="px-2 py-1">{figureAsWritten(f)}</td>
                  <td className="px-2 py-1">{formatRange(f)}</td>
                  <td className="px-2 py-1">
                    {f.victimGroup} {f.outcome}
                  </td>
                  {publicScopeFields.map((field) => (
                    <td key={field.name} className="px-2 py-1">
                      {f[field.name] ?? '—'}
                    </td>
                  ))}
                  <td className="px-2 py-1">
                    <Link href={`/review/claims/${f.claim.id}`}>{f.claim.statement}</Link>
                    <span className="block text-slate-600">
                      {f.claim.article.title} · {stages[f.claim.stage].label}
                    </span>
                  </td>
                  {editable ? (
                    <td className="px-2 py-1">
                      <MemberControls
                        {...item}
                        figureId={f.id}
                        label={describe(f)}
                        first={i === 0}
                        last={i === figures.length - 1}
                      />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {figures.length ? (
        <ComparisonChart
          id="comparison-chart"
          rows={figures.map((f) => ({
            label: f.source,
            min: f.min,
            max: f.max,
            outcome: f.outcome,
            victimGroup: f.victimGroup,
          }))}
        />
      ) : null}
      {overTimeDays >= 2 ? (
        <>
          <h3 className="pt-2 font-semibold">The figures over time</h3>
          <FiguresOverTime
            id="comparison-time-chart"
            figures={figures.map((f) => ({ ...f, asWritten: figureAsWritten(f) }))}
          />
        </>
      ) : null}
    </section>
  );
}
