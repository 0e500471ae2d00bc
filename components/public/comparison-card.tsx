import type { PublicComparisonSummary } from '@/lib/publishing/list';
import { paths } from '@/lib/publishing/site';
import { DateText } from './date-text';
import { DemoTag } from './demo-notice';
import { PublicLink } from './link';

/** One comparison in a list: its question (the link), whose figures, where, when. */
export function ComparisonCard({ comparison }: { comparison: PublicComparisonSummary }) {
  const c = comparison;
  return (
    <article className="rounded border border-slate-200 p-4">
      {c.status === 'retracted' ? (
        <span className="rounded bg-slate-900 px-2 py-0.5 text-sm font-semibold text-white">Retracted</span>
      ) : null}
      <h2 className="mt-2 font-serif text-lg font-semibold">
        <PublicLink href={paths.comparison(c.slug)}>{c.question}</PublicLink>
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        {c.figureCount} {c.figureCount === 1 ? 'figure' : 'figures'} from {c.sources.join(', ') || 'no source'}
        {c.places.length ? ` · ${c.places.join('; ')}` : ''}
        {c.publishedAt ? (
          <>
            {' '}
            · <DateText iso={c.publishedAt} />
          </>
        ) : null}
      </p>
      {c.demo ? (
        <div className="mt-2">
          <DemoTag />
        </div>
      ) : null}
    </article>
  );
}
