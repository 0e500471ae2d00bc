import Link from 'next/link';
import type { LoadedComparison } from '@/lib/comparisons/queries';
import { paths } from '@/lib/publishing/site';
import { stages } from '@/lib/workflow/stages';

/** The question, where the comparison stands, and its public page once readers can see it. */
export function ComparisonHeader({ comparison }: Pick<LoadedComparison, 'comparison'>) {
  return (
    <header className="space-y-2">
      <p className="text-sm text-slate-700">
        <Link href="/review/comparisons">Comparisons</Link> · {stages[comparison.stage].label}
        {comparison.demo ? ' · demonstration' : ''}
      </p>
      <h1 className="text-2xl font-semibold">{comparison.question}</h1>
      {stages[comparison.stage].public ? (
        <p>
          <Link href={paths.comparison(comparison.slug)}>The public page</Link>
        </p>
      ) : null}
    </header>
  );
}
